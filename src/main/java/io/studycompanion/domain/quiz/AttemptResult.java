package io.studycompanion.domain.quiz;

import java.time.Duration;
import java.util.List;

/** The outcome of a submitted attempt, computed by {@link Scoring}; screens only draw it. */
public record AttemptResult(ScoreLine overall, int passMarkPercent, boolean passed, int unanswered,
                            List<ScoreLine> sections, List<ScoreLine> subsections, Duration timeUsed) {
    public AttemptResult {
        sections = List.copyOf(sections);
        subsections = List.copyOf(subsections);
    }
}
