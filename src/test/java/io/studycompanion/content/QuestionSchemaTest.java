package io.studycompanion.content;

import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.ObjectiveId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Question files are checked against the shipped question-file.schema.json by the schema library, beside the
 * checks in code, so a field the schema forbids or a value of the wrong type is refused even where the code
 * never looked; problems still name file, question id and field.
 */
class QuestionSchemaTest {
    @TempDir
    Path dir;

    private final QuestionBankLoader loader = new QuestionBankLoader(Set.of(ObjectiveId.parse("2025-09-30:1.1.1")));

    private static String question(String id, String overrides) {
        return QuestionBankLoaderTest.question(id, overrides);
    }

    @Test
    void whatOnlyTheSchemaForbidsIsReportedWithFileIdAndField() throws Exception {
        var text = "{\"title\": 7, \"questions\": [" + question("schema-001", "")
                .replace("{\"id\": \"B\", \"text\": \"Transformer\", \"rationale\": \"only transform\"}",
                        "{\"id\": \"B\", \"text\": 42, \"rationale\": \"only transform\", \"weight\": 2}")
                .replace("\"title\": \"ML Pipelines\",", "\"title\": \"ML Pipelines\", \"accessed\": \"2025-10-01\",")
                + "]}";
        var file = Files.writeString(dir.resolve("pack.json"), text);

        var result = loader.load(file);

        assertThat(result.problems()).map(ContentProblem::toString).containsExactlyInAnyOrder(
                "pack.json: title: must be text, found a whole number",
                "pack.json: schema-001: choices.B.text: must be text, found a whole number",
                "pack.json: schema-001: choices.B.weight: unknown field",
                "pack.json: schema-001: references[1].accessed: unknown field");
        assertThat(result.questions()).as("a question the schema refuses is not used").isEmpty();
    }

    @Test
    void whereCodeAndSchemaFindTheSameFieldTheCodesWordsAreKeptOnce() throws Exception {
        var text = "{\"questions\": [" + question("twice-001", ", \"extra\": true").replace(
                "\"stem\": \"Which stage type has `fit`?\",", "") + "]}";
        var file = Files.writeString(dir.resolve("twice.json"), text);

        assertThat(loader.load(file).problems()).map(ContentProblem::toString).containsExactlyInAnyOrder(
                "twice.json: twice-001: stem: missing",
                "twice.json: twice-001: extra: unknown field");
    }

    @Test
    void aMultipleAnswerQuestionWithoutChooseBreaksTheSchemasRuleToo() throws Exception {
        var text = "{\"questions\": [" + question("multi-001", "").replace("\"type\": \"single\"", "\"type\": \"multiple\"")
                .replace("\"key\": [\"A\"]", "\"key\": [\"A\", \"B\"]") + "]}";
        var file = Files.writeString(dir.resolve("multi.json"), text);

        assertThat(loader.load(file).problems()).map(ContentProblem::toString)
                .containsExactly("multi.json: multi-001: choose: a multiple-answer question needs 'choose' (2 or more)");
    }

    @Test
    void theShippedBankMeetsTheSchema() {
        var result = new QuestionBankLoader(Set.of()).loadBundled(getClass().getClassLoader(), true);
        assertThat(result.problems()).as("only unknown-objective problems, as no outline is given here")
                .allSatisfy(p -> assertThat(p.message()).startsWith("unknown objective id"));
        assertThat(result.files()).isGreaterThan(10);
    }
}
