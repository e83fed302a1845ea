package io.studycompanion.content;

import io.studycompanion.domain.ExamVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The outlines shipped in content/exam are exactly what the importer makes of the shipped guide text. */
class ShippedExamTest {
    private final ExamCatalogLoader loader = new ExamCatalogLoader(getClass().getClassLoader());

    @Test
    void shippedOutlinesAreRegeneratedFromTheShippedGuide() throws Exception {
        var outlines = new OutlineImporter().parse(loader.guideText());
        assertThat(outlines).extracting(o -> o.summary()).containsExactly(
                "until-2025-09-29: sections=4 subsections=12 objectives=57",
                "2025-09-30: sections=3 subsections=11 objectives=47");
        var json = new OutlineJson();
        for (var outline : outlines) {
            var shipped = Files.readString(Path.of("content/exam/outline-" + outline.version() + ".json"), StandardCharsets.UTF_8);
            assertThat(json.write(outline)).as("content/exam/outline-%s.json is stale: rerun 'outline import'", outline.version())
                    .isEqualTo(shipped);
        }
    }

    @Test
    void catalogDefaultsToTheCurrentExamAndKeepsTheRetiredOne() {
        var catalog = loader.load();
        assertThat(catalog.defaultExam().version()).isEqualTo("2025-09-30");
        assertThat(catalog.defaultExam().metadata().current()).isTrue();
        assertThat(catalog.versions()).extracting(ExamVersion::version).containsExactly("2025-09-30", "until-2025-09-29");
        assertThat(catalog.find("until-2025-09-29").orElseThrow().label()).isEqualTo("Retired exam (until 2025-09-29)");
        assertThat(catalog.defaultExam().label()).isEqualTo("Current exam (from 2025-09-30)");
    }

    @Test
    void metadataCarriesItsSourcesAndFlagsWhatIsUnofficial() {
        var current = loader.load().defaultExam().metadata();
        assertThat(current.questionCount().value()).isEqualTo(60);
        assertThat(current.minutes().value()).isEqualTo(120);
        assertThat(current.passMarkPercent().value()).isEqualTo(70);
        assertThat(current.passMarkPercent().unofficial()).isTrue();
        assertThat(current.passMarkPercent().source()).contains("Not published");
        assertThat(current.sectionWeights()).hasSize(3);
        assertThat(current.weightOf(1).orElseThrow().value()).isEqualTo(44);
        assertThat(current.weightOf(3).orElseThrow().value()).isEqualTo(12);
        assertThat(current.sectionWeights().values()).allMatch(w -> w.unofficial() && !w.source().isBlank());
        var retired = loader.load().find("until-2025-09-29").orElseThrow().metadata();
        assertThat(retired.sectionWeights().values().stream().mapToInt(w -> w.value()).sum()).isEqualTo(100);
        assertThat(current.sectionWeights().values().stream().mapToInt(w -> w.value()).sum()).isEqualTo(100);
    }
}
