package io.studycompanion.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one question file (the format of {@code question-file.schema.json}) and checks every question on
 * its own: required fields, keys against choices, rationales, references. Cross-file checks (duplicate ids,
 * objectives of the outline) are {@link QuestionBankValidator}'s.
 */
final class QuestionFileParser {
    private static final Set<String> FILE_FIELDS = Set.of("$schema", "title", "questions");

    private final ObjectMapper mapper = new ObjectMapper();

    /** The questions that passed, and the problems found; a file with problems should be refused whole. */
    record Result(List<Question> questions, List<ContentProblem> problems) {
    }

    Result parse(String fileName, String text) {
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
        root.fieldNames().forEachRemaining(name -> {
            if (!FILE_FIELDS.contains(name)) {
                problems.add(new ContentProblem(fileName, "", name, "unknown field"));
            }
        });
        var questions = new ArrayList<Question>();
        int index = 0;
        for (var node : root.get("questions")) {
            index++;
            var reader = new QuestionReader(fileName, node, index);
            reader.read().ifPresent(questions::add);
            problems.addAll(reader.problems());
        }
        return new Result(questions, problems);
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
