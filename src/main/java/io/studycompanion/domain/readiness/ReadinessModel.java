package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.Outline;

import java.time.Clock;
import java.util.List;
import java.util.Random;

/**
 * Turns an answer history into a readiness estimate. Implementation: see {@code IrtReadinessModel}.
 */
public interface ReadinessModel {
    ReadinessEstimate estimate(Outline outline, ExamMetadata metadata, List<AnswerEvent> answers, Clock clock,
                               Random random);
}
