package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.Outline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Readiness from the answer history with Beta posteriors and a Monte Carlo exam simulation. Figures below are the
 * {@link ReadinessParameters#DEFAULTS}.
 *
 * <ol>
 * <li><b>Recency.</b> Each answer weighs 0.5^(age / 21 days): an answer three weeks old counts half, one two months
 * old about a seventh, so the estimate follows what the learner knows now rather than what they knew.</li>
 * <li><b>Prior.</b> The learner's overall accuracy (all weighted answers) is shrunk toward 50% by 4 pseudo-answers;
 * that level, kept within 10–90%, is the prior mean m of every objective, held with a strength of 3 pseudo-answers.
 * An objective with weighted r right and w wrong answers thus has mastery Beta(r + 3m, w + 3(1 − m)), shown as its
 * mean with an 80% range ({@link CredibleRange}: the 10th–90th percentile, slid just enough to hold the mean).
 * An answer counts for every objective of the current outline it lists; ids of other outline versions are
 * ignored.</li>
 * <li><b>Evidence.</b> NONE without answers, LITTLE below 4 effective (weighted) answers, else ENOUGH. Sections and
 * the whole estimate are LITTLE while more than half their blueprint weight rests on LITTLE/NONE objectives.</li>
 * <li><b>Exam.</b> 4,000 draws from the seeded random source: draw the overall level from its posterior, then the
 * objectives' abilities around it (so unpractised objectives rise and fall together), give each section weight ×
 * question-count questions spread evenly over its objectives, and compute the exact score distribution given those
 * abilities. The predicted score is the blueprint-weighted mean mastery; its range is the 80% range of the
 * simulated exam score (question luck included). The pass probability is the average over draws of
 * P(score ≥ pass mark); its range is the 80% range of that per-draw chance, i.e. how far the pass chance
 * could still move given what the history does not yet tell about the learner.</li>
 * </ol>
 * Deterministic for a given clock and random state; keeps no state between calls. About 10 ms for 100,000 answers.
 */
public final class BetaReadinessModel implements ReadinessModel {
    /** See {@link #objectivePriorMean(double)}. */
    static final double PRIOR_FLOOR = 0.1;

    private final ReadinessParameters parameters;

    public BetaReadinessModel() {
        this(ReadinessParameters.DEFAULTS);
    }

    public BetaReadinessModel(ReadinessParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public ReadinessParameters parameters() {
        return parameters;
    }

    /**
     * Estimates mastery per objective and section, the predicted exam score and the pass probability, each with
     * an 80% range. Answers on objectives outside {@code outline} (e.g. another guide version) are ignored.
     *
     * @throws IllegalArgumentException if the outline has no objectives
     */
    @Override
    public ReadinessEstimate estimate(Outline outline, ExamMetadata metadata, List<AnswerEvent> answers, Clock clock,
                                      Random random) {
        Instant now = clock.instant();
        var blueprint = Blueprint.of(outline, metadata);
        var tally = AnswerTally.of(blueprint, answers, now, parameters.halfLifeDays());
        var learner = learnerLevel(tally);
        var objectives = objectives(blueprint, tally, objectivePriorMean(learner.mean()));
        var simulation = new ExamSimulator(blueprint, tally, learner, parameters.objectivePriorStrength())
                .run(parameters.draws(), random);
        var sections = sections(blueprint, tally, objectives, simulation);
        double predicted = 0;
        for (int s = 0; s < sections.size(); s++) {
            predicted += blueprint.weight[s] * sections.get(s).mean();
        }
        double passMean = simulation.passMean();
        double[] score = CredibleRange.of(predicted, simulation.scoreBelow(predicted), simulation::scoreQuantile);
        double[] pass = CredibleRange.ofSorted(simulation.passChance(), passMean);
        return new ReadinessEstimate(now, outline.version(), objectives, sections, predicted, score[0], score[1],
                passMean, pass[0], pass[1], blueprint.passMarkPercent, overallEvidence(blueprint, tally, objectives));
    }

    /** The learner's overall accuracy: weighted answers on top of the learner prior. */
    private BetaDistribution learnerLevel(AnswerTally tally) {
        double n = parameters.learnerPriorStrength();
        double m = parameters.learnerPriorMean();
        return new BetaDistribution(n * m + tally.totalRight, n * (1 - m) + tally.totalWrong);
    }

    /**
     * The centre of an objective's prior: the learner's overall level, kept within
     * [{@value #PRIOR_FLOOR}, 1 − {@value #PRIOR_FLOOR}]. Objectives differ, so doing well elsewhere cannot
     * make an objective near-certain: unclamped, 200 right answers overall put the prior at Beta(2.97, 0.03),
     * and five right answers on an objective then read 99.6%. Clamped, they read 96%.
     */
    static double objectivePriorMean(double level) {
        return Math.min(1 - PRIOR_FLOOR, Math.max(PRIOR_FLOOR, level));
    }

    private List<ObjectiveMastery> objectives(Blueprint blueprint, AnswerTally tally, double priorMean) {
        double strength = parameters.objectivePriorStrength();
        var result = new ArrayList<ObjectiveMastery>(blueprint.objectives.size());
        for (int o = 0; o < blueprint.objectives.size(); o++) {
            var posterior = new BetaDistribution(tally.right[o] + strength * priorMean,
                    tally.wrong[o] + strength * (1 - priorMean));
            double effective = tally.effective(o);
            double[] range = CredibleRange.of(posterior);
            result.add(new ObjectiveMastery(blueprint.objectives.get(o).id(), posterior.mean(), range[0], range[1],
                    effective, tally.answers[o],
                    evidenceOf(tally.answers[o], effective)));
        }
        return result;
    }

    private Evidence evidenceOf(int answers, double effective) {
        if (answers == 0) {
            return Evidence.NONE;
        }
        return effective < parameters.enoughAnswers() ? Evidence.LITTLE : Evidence.ENOUGH;
    }

    private List<SectionReadiness> sections(Blueprint blueprint, AnswerTally tally, List<ObjectiveMastery> objectives,
                                            ExamSimulator.Result simulation) {
        var result = new ArrayList<SectionReadiness>(blueprint.sectionCount());
        for (int s = 0; s < blueprint.sectionCount(); s++) {
            var section = blueprint.sections.get(s);
            double mean = 0;
            double weak = 0;
            for (int o : blueprint.objectivesOf[s]) {
                mean += objectives.get(o).mean() / blueprint.objectivesOf[s].length;
                weak += objectives.get(o).evidence() == Evidence.ENOUGH ? 0 : 1.0 / blueprint.objectivesOf[s].length;
            }
            var evidence = tally.sectionAnswers[s] == 0 ? Evidence.NONE : weak > 0.5 ? Evidence.LITTLE : Evidence.ENOUGH;
            double[] range = CredibleRange.ofSorted(simulation.sectionAbility()[s], mean);
            result.add(new SectionReadiness(section.number(), section.title(), blueprint.weightPercent[s], mean,
                    range[0], range[1], tally.sectionAnswers[s], evidence));
        }
        return result;
    }

    /** NONE without answers; LITTLE while more than half the blueprint weight sits on LITTLE/NONE objectives. */
    private static Evidence overallEvidence(Blueprint blueprint, AnswerTally tally, List<ObjectiveMastery> objectives) {
        if (tally.total == 0) {
            return Evidence.NONE;
        }
        double weak = 0;
        for (int o = 0; o < objectives.size(); o++) {
            if (objectives.get(o).evidence() != Evidence.ENOUGH) {
                weak += blueprint.objectiveWeight(o);
            }
        }
        return weak > 0.5 ? Evidence.LITTLE : Evidence.ENOUGH;
    }
}
