package io.studycompanion.domain.cue;

import io.studycompanion.domain.Choice;
import io.studycompanion.domain.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The cues of one question: length, absolutes, hedges, echo of the stem, "all/none of the above". */
final class ItemCueCheck {
    static final double LONG = 1.5;
    static final double SHORT = 0.67;
    private static final Pattern ALL_OR_NONE = Pattern.compile(
            "\\b(all|none|both|neither) of the (above|choices|options|answers)\\b|\\bboth [a-f] and [a-f]\\b",
            Pattern.CASE_INSENSITIVE);

    private final Question question;
    private final List<Choice> keys;
    private final List<Choice> distractors;

    ItemCueCheck(Question question) {
        this.question = question;
        this.keys = question.choices().stream().filter(c -> question.key().contains(c.id())).toList();
        this.distractors = question.choices().stream().filter(c -> !question.key().contains(c.id())).toList();
    }

    /** Mean key length ÷ mean distractor length, in characters of plain text. */
    double lengthRatio() {
        return meanLength(keys) / Math.max(1, meanLength(distractors));
    }

    boolean keyUniquelyLongest() {
        var key = ChoiceText.length(keys.get(0).text());
        return keys.size() == 1 && distractors.stream().allMatch(d -> ChoiceText.length(d.text()) < key);
    }

    List<ItemCue> cues(StemWords stems) {
        var out = new ArrayList<ItemCue>();
        var ratio = lengthRatio();
        if (ratio > LONG) {
            out.add(cue(CueFlag.LONG_KEY, String.format(Locale.ROOT, "key %.2fx the mean distractor", ratio)));
        } else if (ratio < SHORT) {
            out.add(cue(CueFlag.SHORT_KEY, String.format(Locale.ROOT, "key %.2fx the mean distractor", ratio)));
        }
        var marked = distractors.stream().filter(d -> has(CueWords.ABSOLUTE, d)).count();
        if (marked > 0 && keys.stream().noneMatch(k -> has(CueWords.ABSOLUTE, k))) {
            out.add(cue(CueFlag.ABSOLUTES, "in " + marked + " of " + distractors.size() + " distractors ("
                    + String.join(", ", found(CueWords.ABSOLUTE, distractors)) + "), none in the key"));
        }
        if (keys.stream().anyMatch(k -> has(CueWords.HEDGE, k)) && distractors.stream().noneMatch(d -> has(CueWords.HEDGE, d))) {
            out.add(cue(CueFlag.HEDGE, String.join(", ", found(CueWords.HEDGE, keys)) + " only in the key"));
        }
        var echo = echo(stems);
        if (!echo.isEmpty()) {
            out.add(cue(CueFlag.ECHO, "stem words only in the key: " + String.join(", ", echo)));
        }
        if (question.choices().stream().anyMatch(c -> ALL_OR_NONE.matcher(ChoiceText.plain(c.text())).find())) {
            out.add(cue(CueFlag.ALL_OR_NONE, "a choice points at the other choices"));
        }
        return out;
    }

    /** Distinctive stem words that every key repeats and no distractor does. */
    private Set<String> echo(StemWords stems) {
        var common = new TreeSet<>(ChoiceText.wordSet(question.stem()));
        common.removeIf(w -> !stems.distinctive(w));
        keys.forEach(k -> common.retainAll(ChoiceText.wordSet(k.text())));
        distractors.forEach(d -> common.removeAll(ChoiceText.wordSet(d.text())));
        return common;
    }

    ItemCue cue(CueFlag flag, String detail) {
        return new ItemCue(question.id(), flag, detail, Optional.ofNullable(question.cueNotes().get(flag.code())));
    }

    static boolean has(Set<String> list, Choice choice) {
        return CueWords.containsAny(list, ChoiceText.wordSet(choice.text()));
    }

    private static List<String> found(Set<String> list, List<Choice> choices) {
        var words = new TreeSet<String>();
        choices.forEach(c -> ChoiceText.wordSet(c.text()).stream().filter(list::contains).forEach(words::add));
        return new ArrayList<>(words);
    }

    private static double meanLength(List<Choice> choices) {
        return choices.stream().mapToInt(c -> ChoiceText.length(c.text())).average().orElse(0);
    }
}
