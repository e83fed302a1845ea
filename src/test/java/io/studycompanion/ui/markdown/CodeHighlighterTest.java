package io.studycompanion.ui.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycompanion.ui.markdown.CodeHighlighter.Token;
import io.studycompanion.ui.markdown.CodeHighlighter.TokenKind;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.studycompanion.ui.markdown.CodeHighlighter.TokenKind.COMMENT;
import static io.studycompanion.ui.markdown.CodeHighlighter.TokenKind.FUNCTION;
import static io.studycompanion.ui.markdown.CodeHighlighter.TokenKind.KEY;
import static io.studycompanion.ui.markdown.CodeHighlighter.TokenKind.KEYWORD;
import static io.studycompanion.ui.markdown.CodeHighlighter.TokenKind.NUMBER;
import static io.studycompanion.ui.markdown.CodeHighlighter.TokenKind.PLAIN;
import static io.studycompanion.ui.markdown.CodeHighlighter.TokenKind.STRING;
import static io.studycompanion.ui.markdown.CodeHighlighter.TokenKind.VARIABLE;
import static org.assertj.core.api.Assertions.assertThat;

/** The highlighter never changes the code, and colours each language's main constructs. */
class CodeHighlighterTest {

    /** A fenced block found in the shipped question files. */
    record Snippet(String where, String language, String code) {
    }

    @Test
    void everyCodeBlockInTheQuestionFilesSurvivesTokenizingUnchanged() throws IOException {
        List<Snippet> snippets = shippedSnippets();
        assertThat(snippets).hasSizeGreaterThan(50);
        assertThat(snippets).extracting(Snippet::language).contains("python", "sql", "yaml", "bash", "json");
        for (Snippet snippet : snippets) {
            List<Token> tokens = CodeHighlighter.tokenize(snippet.code(), snippet.language());
            assertThat(join(tokens)).as(snippet.where()).isEqualTo(snippet.code());
            assertThat(tokens).as(snippet.where()).allSatisfy(token -> assertThat(token.text()).isNotEmpty());
            assertThat(tokens).as("%s is coloured", snippet.where()).extracting(Token::kind).isNotEqualTo(List.of(PLAIN));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "sql", "yaml", "bash", "json"})
    void awkwardCodeSurvivesTokenizingUnchanged(String language) {
        for (String code : List.of("x = \"unterminated\nnext = 'also", "\"\"\"open triple\n", "a\\", "\\\"",
                "#", "--", "'", "\"", "$", "${", "@", "-", "1e", "0x", "  \t\r\n", "naïve = '日本' # ü",
                "q = \"" + "a\\\"".repeat(5_000) + "\"", "a: b: c\r\nd:\n")) {
            assertThat(join(CodeHighlighter.tokenize(code, language))).as(code).isEqualTo(code);
        }
    }

    @Test
    void emptyCodeGivesNoTokensAndUnknownLanguagesOnePlainToken() {
        assertThat(CodeHighlighter.tokenize("", "python")).isEmpty();
        assertThat(CodeHighlighter.tokenize("def f(): pass", "cobol"))
                .containsExactly(new Token("def f(): pass", PLAIN));
        assertThat(CodeHighlighter.tokenize("x = 1", "")).containsExactly(new Token("x = 1", PLAIN));
    }

    @Test
    void languageNamesAreCaseInsensitiveAndCommonAliasesWork() {
        assertThat(kind("import os", "Python", "import")).isEqualTo(KEYWORD);
        assertThat(kind("import os", "py", "import")).isEqualTo(KEYWORD);
        assertThat(kind("a: 1", "yml", "a")).isEqualTo(KEY);
        assertThat(kind("echo hi", "sh", "echo")).isEqualTo(FUNCTION);
    }

    @Test
    void python() {
        String code = """
                import mlflow
                from a.b import c as d
                @udf("string")
                def classify(path, lr=1e-3):  # per row
                    doc = \"\"\"multi
                    line\"\"\"
                    if path is None and not f"{x}":
                        return model.predict(path)[:, 1]
                    return self.import_x
                """;
        assertThat(kinds(code, "python")).contains(
                "KEYWORD:import", "PLAIN:mlflow", "KEYWORD:from", "KEYWORD:as", "FUNCTION:@udf", "STRING:\"string\"",
                "KEYWORD:def", "FUNCTION:classify", "NUMBER:1e-3", "COMMENT:# per row",
                "STRING:\"\"\"multi\n    line\"\"\"", "KEYWORD:if", "KEYWORD:is", "KEYWORD:None", "KEYWORD:and",
                "KEYWORD:not", "STRING:f\"{x}\"", "KEYWORD:return", "FUNCTION:predict", "NUMBER:1",
                "PLAIN:import_x");
        assertThat(kind("class EtaModel(mlflow.pyfunc.PythonModel):", "python", "EtaModel")).isEqualTo(FUNCTION);
        assertThat(kinds("s = 'it\\'s' # c", "python")).containsExactly("PLAIN:s", "STRING:'it\\'s'", "COMMENT:# c");
    }

    @Test
    void sql() {
        String code = """
                select count(*) AS n -- rows
                FROM logistics.monitoring.drift
                WHERE drift_type = 'BASE''LINE'
                  AND window.start >= :since AND x < 0.01
                """;
        assertThat(kinds(code, "sql")).contains(
                "KEYWORD:select", "FUNCTION:count", "KEYWORD:AS", "COMMENT:-- rows", "KEYWORD:FROM",
                "KEYWORD:WHERE", "STRING:'BASE''LINE'", "KEYWORD:AND", "VARIABLE::since", "NUMBER:0.01");
        assertThat(kinds(code, "sql")).doesNotContain("KEYWORD:start", "KEYWORD:monitoring");
    }

    @Test
    void yaml() {
        String code = """
                # prod target
                targets:
                  prod:
                    mode: production
                    host: https://prod.cloud.databricks.com
                    default: true
                    entity_version: "7"
                    workers: 4  # enough
                    catalog_name: ${bundle.target}
                    tag: a#b
                    - run: databricks bundle deploy -t test
                """;
        assertThat(kinds(code, "yaml")).contains(
                "COMMENT:# prod target", "KEY:targets", "KEY:prod", "KEY:mode", "PLAIN:production", "KEY:host",
                "KEY:default", "KEYWORD:true", "STRING:\"7\"", "NUMBER:4", "COMMENT:# enough",
                "VARIABLE:${bundle.target}", "KEY:run");
        assertThat(kinds(code, "yaml")).doesNotContain("KEY:https", "COMMENT:#b");
    }

    @Test
    void bash() {
        String code = """
                # deploy, then run
                databricks bundle deploy -t staging --var="x=1"  # (1)
                curl -n -H "Authorization: Bearer $TOKEN" "https://$HOST/api" | jq '.name'
                echo ${HOME} issue#3
                """;
        assertThat(kinds(code, "bash")).contains(
                "COMMENT:# deploy, then run", "FUNCTION:databricks", "PLAIN:bundle", "KEY:-t", "KEY:--var",
                "STRING:\"x=1\"", "COMMENT:# (1)", "FUNCTION:curl", "KEY:-H",
                "STRING:\"Authorization: Bearer $TOKEN\"", "FUNCTION:jq", "STRING:'.name'", "FUNCTION:echo",
                "VARIABLE:${HOME}");
        assertThat(kinds(code, "bash")).doesNotContain("COMMENT:#3");
    }

    @Test
    void json() {
        String code = """
                {"name": "claims", "version": -3.5e2, "on": true, "off": false, "x": null, "t": TRAFFIC}
                """;
        assertThat(kinds(code, "json")).contains(
                "KEY:\"name\"", "STRING:\"claims\"", "KEY:\"version\"", "NUMBER:-3.5e2", "KEYWORD:true",
                "KEYWORD:false", "KEYWORD:null", "PLAIN:TRAFFIC");
    }

    @Test
    void styleClassesFollowTheKind() {
        assertThat(KEYWORD.styleClass()).isEqualTo("tok-keyword");
        assertThat(VARIABLE.styleClass()).isEqualTo("tok-variable");
        assertThat(COMMENT.styleClass()).isEqualTo("tok-comment");
        assertThat(NUMBER.styleClass()).isEqualTo("tok-number");
        assertThat(STRING.styleClass()).isEqualTo("tok-string");
    }

    /** Every fenced code block in the stems, choices, rationales and explanations of content/questions. */
    static List<Snippet> shippedSnippets() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content", "questions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode questions = new ObjectMapper().readTree(file.toFile()).path("questions");
                for (JsonNode question : questions) {
                    for (String markdown : markdownOf(question)) {
                        snippets.addAll(fencedBlocks(file.getFileName() + " " + question.path("id").asText(), markdown));
                    }
                }
            }
        }
        return snippets;
    }

    /** The Markdown fields of one question. */
    static List<String> markdownOf(JsonNode question) {
        List<String> fields = new ArrayList<>(List.of(question.path("stem").asText(), question.path("explanation").asText()));
        for (JsonNode choice : question.path("choices")) {
            fields.add(choice.path("text").asText());
            fields.add(choice.path("rationale").asText());
        }
        return fields;
    }

    private static List<Snippet> fencedBlocks(String where, String markdown) {
        List<Snippet> found = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                found.add(new Snippet(where, block.getInfo().strip(), block.getLiteral()));
            }
        });
        return found;
    }

    private static String join(List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.joining());
    }

    /**
     * "KIND:text" for each token that is not just whitespace. Plain tokens are merged runs ("bundle deploy"),
     * so they are listed word by word.
     */
    private static List<String> kinds(String code, String language) {
        List<Token> tokens = CodeHighlighter.tokenize(code, language);
        assertThat(join(tokens)).isEqualTo(code);
        return tokens.stream().filter(token -> !token.text().isBlank())
                .flatMap(token -> token.kind() == PLAIN
                        ? Stream.of(token.text().split("\\W+")).filter(word -> !word.isEmpty()).map(word -> "PLAIN:" + word)
                        : Stream.of(token.kind() + ":" + token.text().strip()))
                .toList();
    }

    private static TokenKind kind(String code, String language, String text) {
        return CodeHighlighter.tokenize(code, language).stream().filter(token -> token.text().equals(text))
                .map(Token::kind).findFirst().orElseThrow(() -> new AssertionError("no token " + text));
    }
}
