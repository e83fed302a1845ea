package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.Outline;
import org.apache.commons.statistics.distribution.NormalDistribution;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Readiness from an item-response model of the learner. Why this shape, and the figures it was checked
 * against, are in the README ("Readiness model"); in short:
 *
 * <ol>
 * <li><b>What was asked.</b> An answer is right with probability c + (1 − c)·σ(θ_o(t) − δ_d): c is the
 * question's blind-guess chance (1 in the number of choices; for "choose N", 1 in the number of combinations,
 * since scoring is all or nothing), δ_d the difficulty of its tag. Tag 2 is the reference; tags 1 and 3 sit
 * {@code levelGap} logits below and above it a priori and the learner's own answers move them (shrunk toward the
 * tag by {@code levelGapSd}). A learner who only practised one level gives no evidence about the gap to the
 * others: the prior gap bridges them, so easy-only practice is discounted for the harder questions of the exam
 * rather than read at face value.</li>
 * <li><b>Hierarchy.</b> θ_o = g + u_s + v_o: overall ability, the section's offset, the objective's offset, each
 * shrunk toward the level above it, so an objective with few answers borrows from its section and the learner.</li>
 * <li><b>Where the learner is now.</b> Ability grows with practice: each answer carries the practice still to come
 * after it on its objective and its section (power-law learning curves, see {@link EvidenceGroups}), two learning
 * rates are fitted with the abilities, and the estimate is read at the end of the curves, so a fast learner's
 * early mistakes do not drag it down and an objective left aside is not extrapolated. Older answers also weigh
 * less (half-life {@code halfLifeDays}), for forgetting.</li>
 * <li><b>Weaker evidence.</b> A right answer marked as a guess, or on a question the content lint flags, counts
 * for a fraction of an answer.</li>
 * <li><b>The exam.</b> The abilities' uncertainty (Laplace's normal approximation at the most probable values)
 * is sampled {@code draws} times; each draw gives every objective's chance on a question drawn with the real
 * exam's difficulty mix, each section's the mean of its objectives', and the exact distribution of the exam
 * score given those. The predicted score is its mean; its range holds 80% of the simulated scores (question luck
 * included); the pass probability is the mean chance of reaching the pass mark.</li>
 * </ol>
 * Deterministic for a given clock and random state; keeps no state between calls.
 */
public final class IrtReadinessModel implements ReadinessModel {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final ReadinessParameters parameters;

    public IrtReadinessModel() {
        this(ReadinessParameters.DEFAULTS);
    }

    public IrtReadinessModel(ReadinessParameters parameters) {
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
        var blueprint = Blueprint.of(outline, metadata);
        var groups = EvidenceGroups.of(blueprint, answers, clock.instant(), parameters);
        var fit = new AbilityFit(groups, parameters);
        var draws = new Draws(blueprint, fit, parameters, random);
        var objectives = objectives(blueprint, groups, draws);
        var sections = sections(blueprint, groups, objectives, draws);
        var exam = draws.exam;
        double predicted = draws.predictedScore();
        double passMean = exam.passMean();
        double[] score = CredibleRange.of(predicted, exam.scoreBelow(predicted), exam::scoreQuantile);
        double[] pass = CredibleRange.ofSorted(exam.passChance(), passMean);
        return new ReadinessEstimate(clock.instant(), outline.version(), objectives, sections, predicted, score[0],
                score[1], passMean, pass[0], pass[1], blueprint.passMarkPercent,
                overallEvidence(blueprint, groups, objectives), basis(blueprint, groups));
    }

    /** The sampled abilities: per objective and section, and the exam scores they give. */
    private static final class Draws {
        final double[][] objective;
        /** Each objective's chance with its own state uncertainty added: its range is drawn from these. */
        final double[][] objectiveNow;
        final double[][] section;
        final double[] weightedScore;
        final ExamScores.Result exam;

        Draws(Blueprint blueprint, AbilityFit fit, ReadinessParameters p, Random random) {
            int n = p.draws();
            int objectives = blueprint.objectives.size();
            objective = new double[objectives][n];
            objectiveNow = p.objectiveStateSd() > 0 ? new double[objectives][n] : objective;
            section = new double[blueprint.sectionCount()][n];
            weightedScore = new double[n];
            var scores = new ExamScores(blueprint, n);
            double[] z = new double[fit.dimension()];
            double[] x = new double[fit.dimension()];
            double[] ability = new double[blueprint.sectionCount()];
            double[] mix = p.examMix();
            double c = p.examGuessChance();
            for (int d = 0; d < n; d++) {
                // The overall ability carries most of the uncertainty: stratify its normal draw to cut noise.
                z[0] = STANDARD_NORMAL.inverseCumulativeProbability((d + random.nextDouble()) / n);
                for (int i = 1; i < z.length; i++) {
                    z[i] = random.nextGaussian();
                }
                fit.draw(z, x);
                // exp(δ) per level: σ(θ − δ) = 1 / (1 + exp(δ)·exp(−θ)), one exponential per chance instead of three.
                double[] expDelta = {Math.exp(x[AbilityFit.EASY]), 1, Math.exp(x[AbilityFit.HARD])};
                Arrays.fill(ability, 0);
                for (int o = 0; o < objectives; o++) {
                    int s = blueprint.sectionOf[o];
                    double theta = x[AbilityFit.G] + x[fit.sectionParameter(s)] + x[fit.objectiveParameter(o)];
                    double chance = examChance(theta, expDelta, mix, c);
                    objective[o][d] = chance;
                    if (objectiveNow != objective) {
                        objectiveNow[o][d] = examChance(theta + p.objectiveStateSd() * random.nextGaussian(), expDelta,
                                mix, c);
                    }
                    ability[s] += chance / blueprint.objectivesOf[s].length;
                }
                for (int s = 0; s < ability.length; s++) {
                    section[s][d] = ability[s];
                    weightedScore[d] += blueprint.weight[s] * ability[s];
                }
                scores.add(ability, random.nextDouble());
            }
            exam = scores.result();
        }

        /**
         * The chance of a right answer on an exam question (drawn with the exam's difficulty mix) at ability theta,
         * {@code expDelta} holding exp(δ) of each level.
         */
        private static double examChance(double theta, double[] expDelta, double[] mix, double c) {
            double expMinusTheta = Math.exp(-Math.max(-30, Math.min(30, theta)));
            double chance = 0;
            for (int level = 0; level < 3; level++) {
                chance += mix[level] * (c + (1 - c) / (1 + expDelta[level] * expMinusTheta));
            }
            return chance;
        }

        double predictedScore() {
            return mean(weightedScore);
        }
    }

    private List<ObjectiveMastery> objectives(Blueprint blueprint, EvidenceGroups groups, Draws draws) {
        var result = new ArrayList<ObjectiveMastery>(blueprint.objectives.size());
        for (int o = 0; o < blueprint.objectives.size(); o++) {
            double mean = mean(draws.objective[o]);
            double[] sorted = draws.objectiveNow[o].clone();
            Arrays.sort(sorted);
            double[] range = CredibleRange.ofSorted(sorted, mean);
            result.add(new ObjectiveMastery(blueprint.objectives.get(o).id(), mean, range[0], range[1],
                    groups.effective[o], groups.answers[o], evidenceOf(groups.answers[o], groups.effective[o])));
        }
        return result;
    }

    private Evidence evidenceOf(int answers, double effective) {
        if (answers == 0) {
            return Evidence.NONE;
        }
        return effective < parameters.enoughAnswers() ? Evidence.LITTLE : Evidence.ENOUGH;
    }

    private static List<SectionReadiness> sections(Blueprint blueprint, EvidenceGroups groups,
                                                   List<ObjectiveMastery> objectives, Draws draws) {
        var result = new ArrayList<SectionReadiness>(blueprint.sectionCount());
        for (int s = 0; s < blueprint.sectionCount(); s++) {
            var section = blueprint.sections.get(s);
            double weak = 0;
            for (int o : blueprint.objectivesOf[s]) {
                weak += objectives.get(o).evidence() == Evidence.ENOUGH ? 0 : 1.0 / blueprint.objectivesOf[s].length;
            }
            var evidence = groups.sectionAnswers[s] == 0 ? Evidence.NONE : weak > 0.5 ? Evidence.LITTLE : Evidence.ENOUGH;
            double[] sorted = draws.section[s].clone();
            Arrays.sort(sorted);
            double mean = mean(sorted);
            double[] range = CredibleRange.ofSorted(sorted, mean);
            result.add(new SectionReadiness(section.number(), section.title(), blueprint.weightPercent[s], mean,
                    range[0], range[1], groups.sectionAnswers[s], evidence));
        }
        return result;
    }

    /** NONE without answers; LITTLE while more than half the blueprint weight sits on LITTLE/NONE objectives. */
    private static Evidence overallEvidence(Blueprint blueprint, EvidenceGroups groups, List<ObjectiveMastery> objectives) {
        if (groups.total == 0) {
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

    private Basis basis(Blueprint blueprint, EvidenceGroups groups) {
        var untried = new ArrayList<Integer>();
        for (int s = 0; s < blueprint.sectionCount(); s++) {
            if (groups.sectionAnswers[s] == 0) {
                untried.add(blueprint.sections.get(s).number());
            }
        }
        return new Basis(groups.total, List.of(groups.byDifficulty[0], groups.byDifficulty[1], groups.byDifficulty[2]), groups.examAnswers, groups.guessMarkedRight,
                groups.flaggedRight, groups.repeats, untried, Math.max(0, parameters.passEvidenceAnswers() - groups.total));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
