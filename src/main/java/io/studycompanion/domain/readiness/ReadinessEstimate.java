package io.studycompanion.domain.readiness;

import java.time.Instant;
import java.util.List;

/**
 * Everything the readiness model says at one moment. Scores are fractions 0–1; ranges are 80% intervals.
 *
 * @param predictedScore expected exam score weighted by the blueprint
 * @param passProbability probability that the exam score reaches the pass mark
 * @param evidence        overall: NONE with no answers, LITTLE while the prediction rests mostly on the prior
 * @param basis           what the estimate rests on, and whether the pass chance may be shown
 */
public record ReadinessEstimate(Instant at, String examVersion, List<ObjectiveMastery> objectives,
                                List<SectionReadiness> sections, double predictedScore, double scoreLow,
                                double scoreHigh, double passProbability, double passLow, double passHigh,
                                int passMarkPercent, Evidence evidence, Basis basis) {
    public ReadinessEstimate {
        objectives = List.copyOf(objectives);
        sections = List.copyOf(sections);
    }

    /** An estimate without a recorded basis (every section counted as tried). */
    public ReadinessEstimate(Instant at, String examVersion, List<ObjectiveMastery> objectives,
                             List<SectionReadiness> sections, double predictedScore, double scoreLow, double scoreHigh,
                             double passProbability, double passLow, double passHigh, int passMarkPercent,
                             Evidence evidence) {
        this(at, examVersion, objectives, sections, predictedScore, scoreLow, scoreHigh, passProbability, passLow,
                passHigh, passMarkPercent, evidence, Basis.EMPTY);
    }
}
