package io.studycompanion.content;

import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

public class QuestionBankLoaderTest {
    @TempDir
    Path dir;

    private final QuestionBankLoader loader = new QuestionBankLoader(Set.of(
            ObjectiveId.parse("2025-09-30:1.1.1"), ObjectiveId.parse("2025-09-30:1.1.2")));

    public static String question(String id, String overrides) {
        var base = """
                {"id": "%s", "objectives": ["2025-09-30:1.1.1"], "type": "single", "difficulty": 2,
                 "stem": "Which stage type has `fit`?",
                 "choices": [
                   {"id": "A", "text": "Estimator", "rationale": "fit returns a model"},
                   {"id": "B", "text": "Transformer", "rationale": "only transform"},
                   {"id": "C", "text": "Evaluator", "rationale": "scores predictions"}],
                 "key": ["A"], "explanation": "Estimators are fitted.",
                 "references": [{"title": "ML Pipelines", "url": "https://spark.apache.org/docs/latest/ml-pipeline.html"}]
                 %s}""";
        return String.format(base, id, overrides);
    }

    private Path file(String name, String... questions) throws Exception {
        var path = dir.resolve(name);
        Files.writeString(path, "{\"questions\": [" + String.join(",", questions) + "]}");
        return path;
    }

    private Set<String> problems(QuestionBankLoader.Result result) {
        return Set.copyOf(result.problems().stream().map(ContentProblem::toString).toList());
    }

    @Test
    void choicesAreThreeToSixAsTheSchemaSays() throws Exception {
        var seven = question("q-007", "").replace(
                "{\"id\": \"C\", \"text\": \"Evaluator\", \"rationale\": \"scores predictions\"}",
                "{\"id\": \"C\", \"text\": \"Evaluator\", \"rationale\": \"scores predictions\"},"
                        + "{\"id\": \"D\", \"text\": \"Pipeline\", \"rationale\": \"r\"},"
                        + "{\"id\": \"E\", \"text\": \"Param\", \"rationale\": \"r\"},"
                        + "{\"id\": \"F\", \"text\": \"Model\", \"rationale\": \"r\"},"
                        + "{\"id\": \"G\", \"text\": \"Vector\", \"rationale\": \"r\"}");
        var two = question("q-002", "").replaceAll(",\\s*\\{\"id\": \"C\"[^}]*}", "");
        assertThat(problems(loader.load(file("seven.json", seven))))
                .containsExactly("seven.json: q-007: choices: needs 3 to 6 choices (ids A to F); found 7");
        assertThat(problems(loader.load(file("two.json", two))))
                .contains("two.json: q-002: choices: needs 3 to 6 choices (ids A to F); found 2");
    }

    @Test
    void cueNotesNameKnownCuesWithAWrittenReason() throws Exception {
        var ok = loader.load(file("notes.json", question("q-001", ", \"cueNotes\": {\"echo\": \"the API name is the point\"}")));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.questions().get(0).cueNotes()).containsEntry("echo", "the API name is the point");
        var bad = loader.load(file("bad-notes.json",
                question("q-002", ", \"cueNotes\": {\"length\": \"longer on purpose\", \"hedge\": \" \"}")));
        assertThat(problems(bad)).containsExactlyInAnyOrder(
                "bad-notes.json: q-002: cueNotes: \"length\" is not a cue the lint reports; use one of long-key, "
                        + "short-key, absolutes, hedge, echo, all-or-none, near-duplicate",
                "bad-notes.json: q-002: cueNotes: \"hedge\" needs a written reason");
    }

    @Test
    void aValidFileLoads() throws Exception {
        var result = loader.load(file("ok.json", question("q-001", ""), question("q-002",
                ", \"platformNote\": \"renamed in 2026\"").replace("Which stage type has `fit`?",
                "Which call trains it?\\n\\n```python\\nmodel = pipeline.fit(df)\\n```")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(2);
        var q = result.questions().get(0);
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.choose()).isEqualTo(1);
        assertThat(q.key()).containsExactly("A");
        assertThat(q.hasCode()).as("inline code alone is not a code question").isFalse();
        assertThat(result.questions().get(1).hasCode()).isTrue();
        assertThat(result.questions().get(1).platformNote()).contains("renamed in 2026");
    }

    @Test
    void eachProblemNamesFileQuestionAndField() throws Exception {
        var bad = file("bad.json",
                question("q-001", ", \"objectives\": [\"2025-09-30:9.9.9\"]".replace("\"objectives\"", "\"objectives\"")),
                question("q-001", ""),
                question("q-003", "").replace("\"key\": [\"A\"]", "\"key\": [\"A\", \"B\"]"),
                question("q-004", "").replace("\"type\": \"single\"", "\"type\": \"multiple\", \"choose\": 2"),
                question("q-005", "").replace("\"text\": \"Evaluator\"", "\"text\": \"estimator\""),
                question("q-006", "").replace("\"explanation\": \"Estimators are fitted.\"", "\"explanation\": \" \""),
                question("q-007", "").replace("\"rationale\": \"only transform\"", "\"rationale\": \"\""),
                question("q-008", "").replace("https://spark.apache.org/docs/latest/ml-pipeline.html", "javascript:alert(1)"),
                question("q-009", "").replaceAll(",\\s*\"references\": \\[[^\\]]*\\]", ""));
        var result = loader.load(bad);
        assertThat(result.ok()).isFalse();
        assertThat(problems(result)).contains(
                "bad.json: q-001: id: is used by more than one question",
                "bad.json: q-003: key: a single-answer question needs exactly one key, found 2",
                "bad.json: q-004: key: has 1 correct choices but the question says choose 2",
                "bad.json: q-005: choices.C.text: duplicates another choice",
                "bad.json: q-006: explanation: is empty",
                "bad.json: q-007: choices.B.rationale: missing: say why this choice is right or wrong",
                "bad.json: q-008: references: \"javascript:alert(1)\" is not an http(s) URL",
                "bad.json: q-009: references: missing: give the documentation page that settles the question");
        assertThat(result.questions()).extracting(q -> q.id()).doesNotContain("q-003", "q-004", "q-005");
    }

    @Test
    void unknownObjectiveIsReported() throws Exception {
        var result = loader.load(file("unknown.json",
                question("q-001", "").replace("2025-09-30:1.1.1", "2025-09-30:7.1.1")));
        assertThat(problems(result)).containsExactly("unknown.json: q-001: objectives: unknown objective id 2025-09-30:7.1.1");
    }

    @Test
    void brokenJsonAndWrongShapeAreReportedWithTheirPlace() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"questions\": [\n  {\"id\": \"x\",,}\n]}");
        Files.writeString(dir.resolve("shape.json"), "[1, 2, 3]");
        Files.writeString(dir.resolve("ignored.schema.json"), "not even json");
        var result = loader.load(dir);
        assertThat(result.files()).isEqualTo(2);
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0).toString()).startsWith("broken.json: not valid JSON (line 2, column");
        assertThat(result.problems().get(1).toString()).startsWith("shape.json: questions: expected an object");
    }

    @Test
    void duplicateIdsAcrossFilesAreCaught() throws Exception {
        Files.createDirectories(dir.resolve("pack"));
        Files.writeString(dir.resolve("pack/a.json"), "{\"questions\": [" + question("same-id", "") + "]}");
        Files.writeString(dir.resolve("pack/b.json"), "{\"questions\": [" + question("same-id", "") + "]}");
        var result = loader.load(dir.resolve("pack"));
        assertThat(result.problems()).extracting(ContentProblem::questionId).containsExactly("same-id");
    }

    @Test
    void missingPathIsAClearProblem() {
        var result = loader.load(dir.resolve("nope.json"));
        assertThat(result.problems()).extracting(ContentProblem::message).containsExactly("no such file or folder");
    }

    @Test
    void oversizedFileIsRefused() throws Exception {
        var big = dir.resolve("big.json");
        Files.write(big, new byte[(int) QuestionBankLoader.MAX_FILE_BYTES + 1]);
        assertThat(loader.load(big).problems().get(0).message()).startsWith("is larger than 5 MB");
    }
}
