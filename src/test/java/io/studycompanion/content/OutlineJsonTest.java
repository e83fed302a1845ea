package io.studycompanion.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.studycompanion.domain.Outline;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON form of outlines: exact round trip and a stable, diff-friendly layout. */
class OutlineJsonTest {

    private final OutlineJson json = new OutlineJson();

    static Stream<Outline> everyOutline() {
        return ExamGuides.DATABRICKS.stream().flatMap(name -> ExamGuides.parse(name).stream());
    }

    private static Outline currentMlProfessional() {
        return ExamGuides.parse(ExamGuides.ML_PROFESSIONAL).get(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOutline")
    void roundTripIsExact(Outline outline) {
        var written = json.write(outline);
        assertThat(json.read(written)).isEqualTo(outline);
        assertThat(json.write(json.read(written))).isEqualTo(written);
    }

    @Test
    void goldenObjectiveOfTheCurrentMlProfessionalOutline() {
        var objective = String.join("\n",
                "            {",
                "              \"id\": \"2025-09-30:2.5.10\",",
                "              \"text\": \"Monitor endpoint health by tracking infrastructure metrics such as "
                        + "latency, request rate, error rate, CPU usage, and memory usage.\"",
                "            }");
        assertThat(json.write(currentMlProfessional())).contains(objective);
    }

    @Test
    void layoutIsStable() {
        var written = json.write(currentMlProfessional());
        assertThat(written).startsWith("""
                {
                  "examTitle": "Databricks Certified Machine Learning Professional",
                  "version": "2025-09-30",
                  "effectiveFrom": "2025-09-30",
                  "sections": [
                    {
                      "number": 1,
                      "title": "Model Development",
                      "subsections": [
                        {
                          "number": 1,
                          "title": "Using Spark ML",
                          "objectives": [
                            {
                              "id": "2025-09-30:1.1.1",
                """);
        assertThat(written).endsWith("}\n").doesNotContain("\r").doesNotContain("effectiveUntil")
                .doesNotContain("weightPercent");
    }

    @Test
    void absentStartDateIsLeftOut() {
        var written = json.write(ExamGuides.parse(ExamGuides.ML_PROFESSIONAL).get(0));
        assertThat(written).contains("\"version\": \"until-2025-09-29\",\n  \"effectiveUntil\": \"2025-09-29\",\n")
                .doesNotContain("effectiveFrom");
    }

    @Test
    void weightsAndImplicitSubsectionsAreWritten() {
        var written = json.write(ExamGuides.single("databricks-de-associate-2026-05.txt"));
        assertThat(written).contains("\"title\": \"Data Ingestion and Loading\",\n      \"weightPercent\": 21,\n")
                .contains("\"number\": 0,\n          \"title\": \"\",\n");
    }

    @Test
    void nonAsciiTextIsWrittenAsIsAndSurvives() {
        var outline = ExamGuides.single("databricks-de-associate-2026-05.txt");
        var written = json.write(outline);
        assertThat(written).contains("Unity‑Catalog–governed tables").contains("Platform’s compute services");
        assertThat(json.read(written)).isEqualTo(outline);
    }

    @Test
    void missingFieldIsReportedWithItsLine() {
        var e = catchThrowableOfType(OutlineFormatException.class,
                () -> json.read("{\n  \"examTitle\": \"X\",\n  \"sections\": []\n}\n"));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.detail()).startsWith("expected outline JSON, found a problem: Missing required creator "
                + "property 'version'");
    }

    @Test
    void objectiveIdMustMatchItsPlace() {
        var written = json.write(currentMlProfessional()).replace("\"2025-09-30:2.5.10\"", "\"2025-09-30:2.5.11\"");
        var e = catchThrowableOfType(OutlineFormatException.class, () -> json.read(written));
        assertThat(e.getMessage()).isEqualTo("expected objective id \"2025-09-30:2.5.10\" for the objective in that "
                + "place, found \"2025-09-30:2.5.11\"");
    }

    @Test
    void malformedDate() {
        var e = catchThrowableOfType(OutlineFormatException.class, () -> json.read(
                "{\"examTitle\": \"X\", \"version\": \"v\", \"effectiveFrom\": \"30/09/2025\", \"sections\": []}"));
        assertThat(e.getMessage()).isEqualTo("expected effectiveFrom as a date like \"2025-09-30\", found \"30/09/2025\"");
    }

    @Test
    void notJsonAtAll() {
        var e = catchThrowableOfType(OutlineFormatException.class, () -> json.read("Section 1: not JSON"));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.detail()).startsWith("expected outline JSON, found a problem: Unrecognized token 'Section'");
    }
}
