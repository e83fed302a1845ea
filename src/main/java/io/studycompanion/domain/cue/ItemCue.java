package io.studycompanion.domain.cue;

import java.util.Optional;

/**
 * One cue found in one question, with what was measured, and the written reason the question file gives for
 * keeping it ({@code cueNotes}), if any.
 */
public record ItemCue(String questionId, CueFlag flag, String detail, Optional<String> reason) {
    public boolean explained() {
        return reason.isPresent();
    }
}
