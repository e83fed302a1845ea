package io.studycompanion.storage;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveProgress;
import io.studycompanion.domain.ObjectiveStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectiveProgressRepositoryTest {
    @TempDir
    Path dir;
    private Database db;
    private ObjectiveProgressRepository repository;

    @BeforeEach
    void open() {
        db = Database.openIn(dir);
        repository = new ObjectiveProgressRepository(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savesUpdatesAndFindsByVersionOnly() {
        var current = ObjectiveId.parse("2025-09-30:1.1.1");
        var retired = ObjectiveId.parse("until-2025-09-29:1.1.1");
        repository.save(new ObjectiveProgress(current, true, ObjectiveStatus.LEARNING, "first"));
        repository.save(new ObjectiveProgress(current, false, ObjectiveStatus.CONFIDENT, "ünïcode ≥ note"));
        repository.save(new ObjectiveProgress(retired, true, ObjectiveStatus.NOT_STARTED, ""));

        var found = repository.findByVersion("2025-09-30");
        assertThat(found).containsOnlyKeys(current);
        assertThat(found.get(current)).isEqualTo(new ObjectiveProgress(current, false, ObjectiveStatus.CONFIDENT, "ünïcode ≥ note"));
        assertThat(repository.findByVersion("until-2025-09-29")).containsOnlyKeys(retired);
    }

    @Test
    void versionPatternCharactersAreMatchedLiterally() {
        repository.save(new ObjectiveProgress(ObjectiveId.parse("v_1:1.1.1"), true, ObjectiveStatus.LEARNING, ""));
        assertThat(repository.findByVersion("vx1")).isEmpty();
        assertThat(repository.findByVersion("v_1")).hasSize(1);
    }

    @Test
    void unknownObjectiveIsUntouched() {
        var id = ObjectiveId.parse("2025-09-30:3.2.1");
        assertThat(repository.find(id)).isEqualTo(ObjectiveProgress.untouched(id));
    }

    @Test
    void settingsRoundTrip() {
        var settings = new SettingRepository(db);
        assertThat(settings.find("ui.theme")).isEmpty();
        settings.save("ui.theme", "DARK");
        settings.save("ui.theme", "LIGHT");
        assertThat(settings.find("ui.theme")).contains("LIGHT");
    }
}
