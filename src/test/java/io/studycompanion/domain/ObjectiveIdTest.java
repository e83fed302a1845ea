package io.studycompanion.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectiveIdTest {
    @Test
    void parsesAndPrintsTheVersionedPosition() {
        var id = ObjectiveId.parse("2025-09-30:2.5.10");
        assertThat(id.version()).isEqualTo("2025-09-30");
        assertThat(id.section()).isEqualTo(2);
        assertThat(id.subsection()).isEqualTo(5);
        assertThat(id.objective()).isEqualTo(10);
        assertThat(id.position()).isEqualTo("2.5.10");
        assertThat(id).hasToString("2025-09-30:2.5.10");
        assertThat(ObjectiveId.parse("until-2025-09-29:1.0.3").subsection()).isZero();
    }

    @Test
    void rejectsTextThatIsNotAnId() {
        assertThatThrownBy(() -> ObjectiveId.parse("1.2.3")).hasMessageContaining("'1.2.3' is not an objective id");
        assertThatThrownBy(() -> ObjectiveId.parse("v:1.2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectiveId.parse("v:0.1.1")).isInstanceOf(IllegalArgumentException.class);
    }
}
