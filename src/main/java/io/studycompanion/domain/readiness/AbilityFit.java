package io.studycompanion.domain.readiness;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The learner's abilities fitted to the grouped answers: the most probable values given the prior (MAP by Fisher
 * scoring) and a normal approximation of the uncertainty around them (the inverse of the information matrix,
 * Laplace's approximation), from which {@link #draw} samples.
 *
 * <p>Parameters, in logits: overall ability g, two learning rates β (per unit of ln(1 + answers) on the objective
 * and on its section), the difficulty of tags 1 and 3 relative to tag 2 (δ₁, δ₃; tag 2 is the reference, absorbed
 * in g), the learner's key memory μ, one offset per section u and one per objective v. An answer on objective o of section s with tag d and
 * blind-guess chance c, with practice x_o and x_s still to come after it (see {@link EvidenceGroups}), is right
 * with probability c + (1 − c)·σ(g + u_s + v_o − β_o·x_o − β_s·x_s − δ_d): the three-parameter logistic item
 * response with the guess floor known from the question's shape, on learning curves read at their newest point.
 * An answer to a question seen before has a higher floor, c + (1 − c)·σ(μ)·r, r the freshness of the memory of its
 * key ({@link EvidenceGroups#recall}): right answers there say less about ability, wrong ones as much as ever.
 */
final class AbilityFit {
    static final int G = 0;
    static final int LEARN_OWN = 1;
    static final int LEARN_SECTION = 2;
    static final int EASY = 3;
    static final int HARD = 4;
    /** The learner's key memory μ: a fresh repeat is right from memory with chance σ(μ). */
    static final int MEMORY = 5;
    static final int FIRST_SECTION = 6;
    private static final int MAX_ITERATIONS = 60;
    private static final double TOLERANCE = 1e-6;
    /** Log-posterior gain of a step below which the fit has converged. */
    private static final double FLAT = 1e-5;

    private final EvidenceGroups groups;
    private final int sections;
    private final int dimension;
    private final double[] priorMean;
    private final double[] priorPrecision;
    final double[] mode;
    /** Fisher-scoring steps the fit took (at most {@code MAX_ITERATIONS}). */
    int iterations;
    private final double[][] spread;

    AbilityFit(EvidenceGroups groups, ReadinessParameters p) {
        this.groups = groups;
        this.sections = groups.blueprint.sectionCount();
        this.dimension = FIRST_SECTION + sections + groups.blueprint.objectives.size();
        this.priorMean = new double[dimension];
        this.priorPrecision = new double[dimension];
        prior(p);
        this.mode = priorMean.clone();
        fit();
        this.spread = choleskyOfCovariance(information(mode, new double[dimension]));
    }

    int objectiveParameter(int o) {
        return FIRST_SECTION + sections + o;
    }

    int sectionParameter(int s) {
        return FIRST_SECTION + s;
    }

    private void prior(ReadinessParameters p) {
        set(G, p.abilityMean(), p.abilitySd());
        set(LEARN_OWN, p.learningMean(), p.learningSd());
        set(LEARN_SECTION, p.sectionLearningMean(), p.sectionLearningSd());
        set(EASY, -p.levelGap(), p.levelGapSd());
        set(HARD, p.levelGap(), p.levelGapSd());
        set(MEMORY, p.memoryMean(), p.memorySd());
        for (int s = 0; s < sections; s++) {
            set(sectionParameter(s), 0, p.sectionSd());
        }
        for (int o = 0; o < groups.blueprint.objectives.size(); o++) {
            set(objectiveParameter(o), 0, p.objectiveSd());
        }
    }

    private void set(int i, double mean, double sd) {
        priorMean[i] = mean;
        priorPrecision[i] = 1 / (sd * sd);
    }

    /**
     * Fisher scoring: each step solves information · Δ = score, then a line search along Δ. Scoring alone
     * overshoots the key memory when little of it shows (the expected information is a poor guide there), and
     * would swing about its optimum for dozens of steps. A step that gains less than half of what the quadratic
     * model promised is searched: the log posterior at 1, ½ and the parabola's peak through them picks the length;
     * if none improves, the step is halved until one does.
     */
    private void fit() {
        double[] score = new double[dimension];
        double[] next = new double[dimension];
        double current = logPosterior(mode);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            iterations = iteration + 1;
            var info = information(mode, score);
            double[] step = new CholeskyDecomposition(info).getSolver()
                    .solve(new org.apache.commons.math3.linear.ArrayRealVector(score, false)).toArray();
            double whole = along(step, 1, next);
            double expected = 0;
            for (int i = 0; i < dimension; i++) {
                expected += 0.5 * score[i] * step[i];
            }
            double scale = 1;
            double value = whole;
            // A step that gains at least half what the quadratic model promised is taken as it is.
            double half = whole - current >= 0.5 * expected ? whole : along(step, 0.5, next);
            if (half > whole) {
                scale = 0.5;
                value = half;
            }
            // The parabola through (0, current), (½, half), (1, whole): its peak, when it has one within reach.
            double curvature = 2 * (whole - 2 * half + current);
            double slope = whole - current - curvature;
            if (half != whole && curvature < 0) {
                double peak = -slope / (2 * curvature);
                if (peak > 0 && peak <= 2 && Math.abs(peak - scale) > 1e-3) {
                    double atPeak = along(step, peak, next);
                    if (atPeak > value) {
                        value = atPeak;
                        scale = peak;
                    }
                }
            }
            while (value < current - 1e-12 && scale > 1e-4) {
                scale = Math.min(scale, 0.5) / 2;
                value = along(step, scale, next);
            }
            double largest = 0;
            for (int i = 0; i < dimension; i++) {
                mode[i] += scale * step[i];
                largest = Math.max(largest, Math.abs(scale * step[i]));
            }
            double gained = value - current;
            current = value;
            // Stop once the steps are tiny, or the log posterior no longer moves (what is left changes no estimate).
            if (largest < TOLERANCE || gained >= 0 && gained < FLAT) {
                return;
            }
        }
    }

    /** The log posterior at mode + scale · step ({@code next} is scratch space for that point). */
    private double along(double[] step, double scale, double[] next) {
        for (int i = 0; i < dimension; i++) {
            next[i] = mode[i] + scale * step[i];
        }
        return logPosterior(next);
    }

    /** The linear predictor of group k at parameters x. */
    private double eta(double[] x, int k) {
        int o = groups.objective[k];
        double e = x[G] + x[LEARN_OWN] * groups.own[k] + x[LEARN_SECTION] * groups.section[k]
                + x[sectionParameter(groups.blueprint.sectionOf[o])]
                + x[objectiveParameter(o)];
        int tag = groups.level[k];
        if (tag == 0) {
            e -= x[EASY];
        } else if (tag == 2) {
            e -= x[HARD];
        }
        return Math.max(-30, Math.min(30, e));
    }

    /** The floor of group k: a blind guess, or (for a repeat) the key remembered, {@code memory} = σ(μ). */
    private double floor(int k, double memory) {
        double c = groups.guess[k];
        return groups.recall[k] == 0 ? c : c + (1 - c) * memory * groups.recall[k];
    }

    private double logPosterior(double[] x) {
        double sum = 0;
        double memory = sigmoid(x[MEMORY]);
        for (int k = 0; k < groups.size; k++) {
            double sigma = sigmoid(eta(x, k));
            double c = floor(k, memory);
            if (groups.right[k] > 0) {
                sum += groups.right[k] * Math.log(c + (1 - c) * sigma);
            }
            if (groups.wrong[k] > 0) {
                sum += groups.wrong[k] * Math.log((1 - c) * (1 - sigma));
            }
        }
        for (int i = 0; i < dimension; i++) {
            double d = x[i] - priorMean[i];
            sum -= 0.5 * priorPrecision[i] * d * d;
        }
        return sum;
    }

    /** Expected information (prior included) at x; fills {@code score} with the gradient of the log posterior. */
    private RealMatrix information(double[] x, double[] score) {
        double[][] info = new double[dimension][dimension];
        int[] index = new int[7];
        double[] coefficient = new double[7];
        for (int i = 0; i < dimension; i++) {
            info[i][i] = priorPrecision[i];
            score[i] = -priorPrecision[i] * (x[i] - priorMean[i]);
        }
        double memory = sigmoid(x[MEMORY]);
        double memorySlope = memory * (1 - memory);
        for (int k = 0; k < groups.size; k++) {
            double n = groups.right[k] + groups.wrong[k];
            if (n <= 0) {
                continue;
            }
            double sigma = sigmoid(eta(x, k));
            double c = floor(k, memory);
            double p = c + (1 - c) * sigma;
            double q = (1 - c) * (1 - sigma);
            double residual = groups.right[k] / p - groups.wrong[k] / q;
            double weight = n / (p * q);
            int m = terms(k, index, coefficient);
            // ∂p/∂η for the ability terms; for a repeat also ∂p/∂μ, through the floor.
            coefficient[m] = groups.recall[k] == 0 ? 0
                    : (1 - groups.guess[k]) * groups.recall[k] * memorySlope * (1 - sigma);
            double slope = (1 - c) * sigma * (1 - sigma);
            for (int a = 0; a < m; a++) {
                coefficient[a] *= slope;
            }
            if (coefficient[m] != 0) {
                index[m++] = MEMORY;
            }
            for (int a = 0; a < m; a++) {
                score[index[a]] += coefficient[a] * residual;
                for (int b = 0; b < m; b++) {
                    info[index[a]][index[b]] += coefficient[a] * coefficient[b] * weight;
                }
            }
        }
        return new Array2DRowRealMatrix(info, false);
    }

    /** The parameters group k's predictor depends on, with their coefficients. */
    private int terms(int k, int[] index, double[] coefficient) {
        int o = groups.objective[k];
        int m = 0;
        index[m] = G;
        coefficient[m++] = 1;
        index[m] = LEARN_OWN;
        coefficient[m++] = groups.own[k];
        index[m] = LEARN_SECTION;
        coefficient[m++] = groups.section[k];
        index[m] = sectionParameter(groups.blueprint.sectionOf[o]);
        coefficient[m++] = 1;
        index[m] = objectiveParameter(o);
        coefficient[m++] = 1;
        if (groups.level[k] != 1) {
            index[m] = groups.level[k] == 0 ? EASY : HARD;
            coefficient[m++] = -1;
        }
        return m;
    }

    /** L with L·Lᵀ = information⁻¹, so mode + L·z for standard normal z is a draw from the approximation. */
    private static double[][] choleskyOfCovariance(RealMatrix information) {
        var covariance = new CholeskyDecomposition(information).getSolver().getInverse();
        // Symmetrise: the inverse is symmetric up to rounding, which the decomposition checks.
        var symmetric = covariance.add(covariance.transpose()).scalarMultiply(0.5);
        return new CholeskyDecomposition(symmetric, 1e-9, 1e-12).getL().getData();
    }

    /** One draw of all parameters into {@code out}, from the standard normals {@code z}. */
    void draw(double[] z, double[] out) {
        for (int i = 0; i < dimension; i++) {
            double sum = mode[i];
            double[] row = spread[i];
            for (int j = 0; j <= i; j++) {
                sum += row[j] * z[j];
            }
            out[i] = sum;
        }
    }

    int dimension() {
        return dimension;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
