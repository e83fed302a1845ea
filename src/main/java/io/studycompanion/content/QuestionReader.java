package io.studycompanion.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.studycompanion.domain.Choice;
import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.QuestionType;
import io.studycompanion.domain.Reference;

import io.studycompanion.domain.cue.CueFlag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks one question object, collecting every problem rather than stopping at the first. Which
 * fields exist is the schema's to say ({@link QuestionSchema}); this class checks what a schema cannot: keys
 * among the choices, choice ids in order, the count of keys against 'choose', cue names, non-blank text.
 */
final class QuestionReader {
    private static final int MIN_CHOICES = 3;
    private static final int MAX_CHOICES = 6;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);

    private final String file;
    private final JsonNode node;
    private final String id;
    private final List<ContentProblem> problems = new ArrayList<>();

    QuestionReader(String file, JsonNode node, int index) {
        this.file = file;
        this.node = node;
        this.id = idOf(node, index);
    }

    /** How problems name a question: its id, or its place in the file when it has none. */
    static String idOf(JsonNode node, int index) {
        var idNode = node.path("id");
        return idNode.isTextual() && !idNode.asText().isBlank() ? idNode.asText() : "question #" + index;
    }

    List<ContentProblem> problems() {
        return problems;
    }

    Optional<Question> read() {
        if (!node.isObject()) {
            problem("", "expected a question object");
            return Optional.empty();
        }
        if (!ID.matcher(text("id")).matches() && !text("id").isEmpty()) {
            problem("id", "use lower-case letters, digits and dashes, e.g. sparkml-001");
        }
        var objectives = objectives();
        var type = type();
        var difficulty = node.path("difficulty");
        if (!difficulty.isInt() || difficulty.asInt() < 1 || difficulty.asInt() > 3) {
            problem("difficulty", "must be 1, 2 or 3");
        }
        var stem = text("stem");
        var choices = choices();
        var key = key(choices);
        var choose = choose(type, key);
        var explanation = text("explanation");
        var references = references();
        var note = node.path("platformNote");
        if (!note.isMissingNode() && (!note.isTextual() || note.asText().isBlank())) {
            problem("platformNote", "must be non-empty text when present");
        }
        var cueNotes = cueNotes();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(id, objectives, type.orElseThrow(), choose, difficulty.asInt(), stem, choices,
                key, explanation, references, note.isTextual() ? Optional.of(note.asText()) : Optional.empty(),
                cueNotes));
    }

    /** Written reasons for keeping a cue the lint flags: {"echo": "why"}; each name must be a known cue. */
    private Map<String, String> cueNotes() {
        var notes = new LinkedHashMap<String, String>();
        var node = this.node.path("cueNotes");
        if (node.isMissingNode()) {
            return notes;
        }
        if (!node.isObject()) {
            problem("cueNotes", "must be an object such as {\"echo\": \"why the key repeats the stem's word\"}");
            return notes;
        }
        node.fields().forEachRemaining(e -> {
            if (CueFlag.ofCode(e.getKey()).isEmpty()) {
                problem("cueNotes", "\"" + e.getKey() + "\" is not a cue the lint reports; use one of "
                        + Arrays.stream(CueFlag.values()).map(CueFlag::code).collect(Collectors.joining(", ")));
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                problem("cueNotes", "\"" + e.getKey() + "\" needs a written reason");
            } else {
                notes.put(e.getKey(), e.getValue().asText());
            }
        });
        return notes;
    }

    private List<ObjectiveId> objectives() {
        var list = new ArrayList<ObjectiveId>();
        var array = node.path("objectives");
        if (!array.isArray() || array.isEmpty()) {
            problem("objectives", "list at least one objective id, e.g. 2025-09-30:1.2.3");
            return list;
        }
        for (var item : array) {
            try {
                var objective = ObjectiveId.parse(item.asText());
                if (list.contains(objective)) {
                    problem("objectives", "lists " + objective + " twice");
                }
                list.add(objective);
            } catch (IllegalArgumentException e) {
                problem("objectives", e.getMessage());
            }
        }
        return list;
    }

    private Optional<QuestionType> type() {
        var value = node.path("type").asText("");
        try {
            return Optional.of(QuestionType.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problem("type", "must be \"single\" or \"multiple\", found \"" + value + "\"");
            return Optional.empty();
        }
    }

    private List<Choice> choices() {
        var list = new ArrayList<Choice>();
        var array = node.path("choices");
        // As the schema says: 3 to 6 choices, ids A to F (the player has keys and letters for six).
        if (!array.isArray() || array.size() < MIN_CHOICES || array.size() > MAX_CHOICES) {
            problem("choices", "needs " + MIN_CHOICES + " to " + MAX_CHOICES + " choices (ids A to F); found "
                    + (array.isArray() ? array.size() : 0));
            if (!array.isArray()) {
                return list;
            }
        }
        var texts = new HashSet<String>();
        char expected = 'A';
        for (var item : array) {
            var choiceId = item.path("id").asText("");
            if (!choiceId.equals(String.valueOf(expected))) {
                problem("choices", "choice ids must run A, B, C… in order; found \"" + choiceId + "\" where "
                        + expected + " was expected");
            }
            expected++;
            var text = item.path("text").asText("").strip();
            var rationale = item.path("rationale").asText("").strip();
            if (text.isEmpty()) {
                problem("choices." + choiceId + ".text", "is empty");
            } else if (!texts.add(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
                problem("choices." + choiceId + ".text", "duplicates another choice");
            }
            if (rationale.isEmpty()) {
                problem("choices." + choiceId + ".rationale", "missing: say why this choice is right or wrong");
            }
            list.add(new Choice(choiceId, text, rationale));
        }
        return list;
    }

    private Set<String> key(List<Choice> choices) {
        var key = new LinkedHashSet<String>();
        var array = node.path("key");
        if (!array.isArray() || array.isEmpty()) {
            problem("key", "list the correct choice id(s), e.g. [\"B\"]");
            return key;
        }
        for (var item : array) {
            var k = item.asText("");
            if (!key.add(k)) {
                problem("key", "names " + k + " twice");
            }
            if (choices.stream().noneMatch(c -> c.id().equals(k))) {
                problem("key", "names choice \"" + k + "\", which does not exist");
            }
        }
        return key;
    }

    private int choose(Optional<QuestionType> type, Set<String> key) {
        var choose = node.path("choose");
        if (type.isEmpty()) {
            return 0;
        }
        if (type.get() == QuestionType.SINGLE) {
            if (!choose.isMissingNode() && choose.asInt() != 1) {
                problem("choose", "a single-answer question picks exactly one choice; remove 'choose'");
            }
            if (key.size() != 1) {
                problem("key", "a single-answer question needs exactly one key, found " + key.size());
            }
            return 1;
        }
        if (!choose.isInt() || choose.asInt() < 2) {
            problem("choose", "a multiple-answer question needs 'choose' (2 or more)");
            return 0;
        }
        if (choose.asInt() != key.size()) {
            problem("key", "has " + key.size() + " correct choices but the question says choose " + choose.asInt());
        }
        return choose.asInt();
    }

    private List<Reference> references() {
        var list = new ArrayList<Reference>();
        var array = node.path("references");
        if (!array.isArray() || array.isEmpty()) {
            problem("references", "missing: give the documentation page that settles the question");
            return list;
        }
        for (var item : array) {
            var title = item.path("title").asText("").strip();
            var url = item.path("url").asText("").strip();
            if (title.isEmpty()) {
                problem("references", "a reference has no title");
            }
            if (!URL.matcher(url).matches()) {
                problem("references", "\"" + url + "\" is not an http(s) URL");
            }
            list.add(new Reference(title, url));
        }
        return list;
    }

    private String text(String field) {
        var value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(field, value.isMissingNode() ? "missing" : "is empty");
            return "";
        }
        return value.asText().strip();
    }

    private void problem(String field, String message) {
        problems.add(new ContentProblem(file, id, field, message));
    }
}
