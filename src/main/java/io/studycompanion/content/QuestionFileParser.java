package io.studycompanion.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one question file and checks it against the shipped {@code question-file.schema.json} (through the
 * schema library: fields, types, forms) and question by question in code (keys against choices, rationales,
 * references). Where both find something wrong with the same field, the code's more specific words are kept.
 * Cross-file checks (duplicate ids, objectives of the outline) are {@link QuestionBankLoader}'s.
 */
final class QuestionFileParser {
    /** The schema library's parser (Jackson 3) nests at most this deep; the file's is held to the same. */
    static final int MAX_NESTING = 500;

    // Text after the file's one JSON value is an error, not something to ignore (the schema library agrees).
    private final ObjectMapper mapper = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING).build()).build())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The questions that passed, and the problems found; a file with problems should be refused whole. */
    record Result(List<Question> questions, List<ContentProblem> problems) {
    }

    /** {@code schema}: apply question-file.schema.json too (to files from outside the app). */
    Result parse(String fileName, String text, boolean schema) {
        var problems = new ArrayList<ContentProblem>();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            var where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            problems.add(new ContentProblem(fileName, "", "", "not valid JSON" + where + ": " + e.getOriginalMessage()));
            return new Result(List.of(), problems);
        }
        if (root == null || !root.isObject() || !root.path("questions").isArray()) {
            problems.add(new ContentProblem(fileName, "", "questions",
                    "expected an object with a 'questions' array (see question-file.schema.json)"));
            return new Result(List.of(), problems);
        }
        var questions = new ArrayList<Question>();
        int index = 0;
        for (var node : root.get("questions")) {
            index++;
            var reader = new QuestionReader(fileName, node, index);
            reader.read().ifPresent(questions::add);
            problems.addAll(reader.problems());
        }
        if (!schema) {
            return new Result(questions, problems);
        }
        var found = List.copyOf(problems);
        QuestionSchema.check(fileName, root).stream().filter(v -> found.stream().noneMatch(f -> covers(f, v)))
                .map(QuestionSchema.Violation::problem).forEach(problems::add);
        if (!problems.isEmpty()) {
            // a question the schema refuses is not usable even when the code's checks passed it
            var refused = problems.stream().map(ContentProblem::questionId).collect(java.util.stream.Collectors.toSet());
            questions.removeIf(q -> refused.contains(q.id()));
        }
        return new Result(questions, problems);
    }

    /**
     * Whether the code's problem {@code found} already speaks of what the schema's violation is about: the same
     * field, or (for a broken value, not an unknown field or a wrong type, which the code does not look for) a
     * field that holds it ("references" holds "references[2].url").
     */
    private static boolean covers(ContentProblem found, QuestionSchema.Violation violation) {
        var schema = violation.problem();
        if (!found.questionId().equals(schema.questionId())) {
            return false;
        }
        var f = found.field();
        var s = schema.field();
        var inside = s.startsWith(f + ".") || s.startsWith(f + "[");
        return f.isEmpty() || s.equals(f) || inside && !violation.structural();
    }

    static boolean isObjectiveId(String text) {
        try {
            ObjectiveId.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
