package io.studycompanion.domain.cue;

import java.util.Arrays;
import java.util.Optional;

/**
 * A cue in one question that lets a reader who does not know the answer find it from the wording. Its
 * {@link #code()} is what a question file names in {@code cueNotes} to keep the item with a written reason.
 */
public enum CueFlag {
    LONG_KEY("long-key", "the key is more than 1.5x as long as the mean distractor"),
    SHORT_KEY("short-key", "the key is less than 0.67x as long as the mean distractor"),
    ABSOLUTES("absolutes", "absolute words (always, only, never, must, cannot…) in distractors but not in the key"),
    HEDGE("hedge", "a hedge (usually, can, may, typically…) in the key but in no distractor"),
    ECHO("echo", "a distinctive word of the stem is repeated in the key and in no distractor"),
    ALL_OR_NONE("all-or-none", "an \"all of the above\" or \"none of the above\" choice"),
    NEAR_DUPLICATE("near-duplicate", "the stem nearly repeats another question's stem");

    private final String code;
    private final String meaning;

    CueFlag(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<CueFlag> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
