package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Tuning runs, not a test: both simulated populations under parameter variants given as arguments, e.g.
 * {@code "lsd=0.35,hl=90" "gw=1"} (keys: hl half-life, lm/lsd and slm/slsd own and section learning priors, gw guess-mark weight, osd/ssd
 * objective/section spread, tau objective state spread, am ability mean). Prints one line of figures per variant.
 */
public final class IrtTuning {
    /** The world seed: {@code -Dseed=…} (the validation test uses 20251101). */
    static final long WORLD_SEED = Long.getLong("seed", 20251101);
    static final IrtWorld WORLD = new IrtWorld(WORLD_SEED);
    /** {@code -Dmemory=typical|strong}: the pooled worlds' learners remember keys (see {@link KeyMemory}). */
    static final KeyMemory MEMORY = switch (System.getProperty("memory", "off")) {
        case "typical" -> KeyMemory.TYPICAL;
        case "strong" -> KeyMemory.STRONG;
        default -> KeyMemory.OFF;
    };

    public static void main(String[] args) {
        // -Dseeds=1,2,3 pools 400 learners from each of these worlds (diets and the first population stay on WORLD).
        var learners = new ArrayList<IrtLearner>();
        for (var seed : System.getProperty("seeds", Long.toString(WORLD_SEED)).split(",")) {
            var world = MEMORY != KeyMemory.OFF ? new IrtWorld(Long.parseLong(seed), MEMORY)
                    : Long.parseLong(seed) == WORLD_SEED ? WORLD : new IrtWorld(Long.parseLong(seed));
            learners.addAll(IntStream.range(0, Integer.getInteger("learners", 400)).parallel().mapToObj(world::learner).toList());
        }
        if (Boolean.getBoolean("oracle")) {
            var o = IrtValidationReport.of("o", learners, learners.stream().map(IrtLearner::oracle).toList());
            for (var b : o.bins()) {
                System.out.printf("  oracle bin %.1f n=%d predicted %.3f observed %.3f%n", b.from(), b.learners(),
                        b.meanPredicted(), b.observed());
            }
        }
        var diets = new ArrayList<List<IrtLearner>>();
        for (int tag = 1; tag <= 3; tag++) {
            int t = tag;
            diets.add(IntStream.range(0, 100).parallel().mapToObj(i -> WORLD.diet(i, t)).toList());
        }
        var outline = ReadinessFixtures.examOutline();
        var world = new Random(20251101);
        var first = new ArrayList<SyntheticLearner>();
        for (int i = 0; i < 400; i++) {
            first.add(SyntheticLearner.generate(outline, Map.of(1, 44, 2, 44, 3, 12), 5, world));
        }
        System.out.printf("binomial floor of the MAE, >= 100 answers: %.2f points; first population %.2f%n",
                ReadinessFixtures.binomialFloor(learners.stream().map(IrtLearner::history).toList()),
                ReadinessFixtures.binomialFloor(first.stream().map(SyntheticLearner::history).toList()));
        var d = ReadinessParameters.DEFAULTS;
        for (var arg : args.length == 0 ? new String[] {"base"} : args) {
            var p = variant(d, arg);
            var model = new IrtReadinessModel(p);
            var r = IrtValidationReport.of("m", learners, IrtValidation.estimates(model, learners));
            var sb = new StringBuilder();
            for (var diet : diets) {
                sb.append(String.format("%+.1f ", IrtValidationReport.Diet.of(diet.get(0).history().get(0).difficulty(),
                        diet, IrtValidation.estimates(model, diet)).bias()));
            }
            var old = ValidationReport.of(first,
                    ReadinessFixtures.estimates(model, first.stream().map(SyntheticLearner::history).toList()));
            var bins = new StringBuilder();
            for (var b : r.bins()) {
                if (Boolean.getBoolean("bins")) {
                    System.out.printf("  bin %.1f n=%d predicted %.3f observed %.3f true %.3f%n", b.from(),
                            b.learners(), b.meanPredicted(), b.observed(), b.meanTruePass());
                }
                bins.append(String.format("%+.3f ", b.meanPredicted() - b.meanTruePass()));
            }
            System.out.println("  predicted - true pass chance per bin: " + bins);
            var estimates = IrtValidation.estimates(model, learners);
            // Reliability (predicted − pass rate over the oracle sittings, learners) for groups of learners.
            var parts = new java.util.LinkedHashMap<String, java.util.function.IntPredicate>();
            parts.put("sparse", i -> learners.get(i).answers() < 100);
            parts.put("rich", i -> learners.get(i).answers() >= 100);
            parts.put("shown", i -> estimates.get(i).basis().passChanceShown());
            parts.put("60-99", i -> estimates.get(i).basis().passChanceShown() && learners.get(i).answers() < 100);
            parts.forEach((name, member) -> {
                var idx = IntStream.range(0, learners.size()).filter(member).boxed().toList();
                var sub = IrtValidationReport.of(name, idx.stream().map(learners::get).toList(),
                        idx.stream().map(estimates::get).toList());
                var line = new StringBuilder(String.format("  %-7s ", name + ":"));
                sub.bins().forEach(bin -> line.append(String.format("%+.3f(%d) ",
                        bin.meanPredicted() - bin.meanTruePass(), bin.learners())));
                System.out.println(line);
            });
            var bands = new StringBuilder();
            for (double from : new double[] {0, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9}) {
                double to = from == 0 ? 0.6 : from == 0.8 ? 0.9 : from == 0.9 ? 2 : from + 0.05;
                var g = IrtValidationReport.group("", learners, estimates,
                        i -> learners.get(i).trueScore() >= from && learners.get(i).trueScore() < to);
                bands.append(String.format("%.2f:%+.2f(%d) ", from, g.bias(), g.learners()));
            }
            System.out.println("  bias by true score: " + bands);
            System.out.println("  objectives: " + objectiveFigures(learners, estimates));
            if (Boolean.getBoolean("crammers")) {
                var crammers = IntStream.range(0, 40).parallel().mapToObj(i -> WORLD.crammer(i, 2, 3)).toList();
                var ce = IrtValidation.estimates(model, crammers);
                System.out.printf("  crammers (2 per objective, 3 passes, strong memory): practice %.1f%% predicted %.1f%% true %.1f%% pass %.2f (true %.2f)%n",
                        100 * crammers.stream().mapToDouble(IrtLearner::practiceAccuracy).average().orElseThrow(),
                        100 * ce.stream().mapToDouble(ReadinessEstimate::predictedScore).average().orElseThrow(),
                        100 * crammers.stream().mapToDouble(IrtLearner::trueScore).average().orElseThrow(),
                        ce.stream().mapToDouble(ReadinessEstimate::passProbability).average().orElseThrow(),
                        crammers.stream().mapToDouble(IrtLearner::truePassChance).average().orElseThrow());
            }
            System.out.printf("%-22s MAE %.2f/%.2f bias %+.2f thirds %s brier %.4f in %.1f below %.1f above %.1f gap %.3f diets %s| old MAE %.2f bias %+.2f brier %.4f cov %.3f%n",
                    arg, r.rich().mae(), r.sparse().mae(), r.all().bias(), thirds(r), r.brier(), 100 * r.inside(),
                    100 * r.below(), 100 * r.above(), gap(r), sb, old.maeRich(), old.bias(), old.brier(), old.rangeCoverage());
        }
    }

    /** Objectives with at least 10 answers: MAE of the mastery (points) vs raw accuracy's, range coverage. */
    /** The validation's objective figures, then by answers on the objective (10–19, 20–49, 50–149, 150+). */
    static String objectiveFigures(List<IrtLearner> learners, List<ReadinessEstimate> estimates) {
        double[][] band = new double[4][5]; // n, |err|, err, inside, width
        for (int i = 0; i < learners.size(); i++) {
            var objectives = estimates.get(i).objectives();
            for (int o = 0; o < objectives.size(); o++) {
                var m = objectives.get(o);
                if (m.answers() < IrtValidationReport.OBJECTIVE_ANSWERS) {
                    continue;
                }
                double truth = learners.get(i).objectiveTruth()[o];
                var b = band[m.answers() < 20 ? 0 : m.answers() < 50 ? 1 : m.answers() < 150 ? 2 : 3];
                b[0]++;
                b[1] += Math.abs(m.mean() - truth);
                b[2] += m.mean() - truth;
                b[3] += truth >= m.low() && truth <= m.high() ? 1 : 0;
                b[4] += m.high() - m.low();
            }
        }
        var f = IrtValidationReport.Objectives.of(learners, estimates);
        var sb = new StringBuilder(String.format("n=%d MAE %.2f raw %.2f inside80 %.1f%% rank corr %.3f (raw %.3f)",
                f.count(), f.mae(), f.rawMae(), 100 * f.inside(), f.rankCorrelation(), f.rawRankCorrelation()));
        for (var b : band) {
            sb.append(String.format(" | n=%.0f mae %.1f bias %+.1f in %.0f%% width %.1f", b[0], 100 * b[1] / b[0],
                    100 * b[2] / b[0], 100 * b[3] / b[0], 100 * b[4] / b[0]));
        }
        return sb.toString();
    }

    static String thirds(IrtValidationReport r) {
        var sb = new StringBuilder();
        r.speedThirds().forEach(g -> sb.append(String.format("%+.1f ", g.bias())));
        return sb.toString();
    }

    static double gap(IrtValidationReport r) {
        double w = 0;
        int n = 0;
        for (var b : r.bins()) {
            w += b.sittings() * Math.abs(b.meanPredicted() - b.observed());
            n += b.sittings();
        }
        return w / n;
    }

    static ReadinessParameters variant(ReadinessParameters d, String arg) {
        var p = d;
        for (var part : arg.split(",")) {
            var kv = part.split("=");
            if (kv.length < 2) {
                continue;
            }
            double v = Double.parseDouble(kv[1]);
            p = switch (kv[0]) {
                case "hl" -> p.withHalfLife(v);
                case "lsd" -> p.withLearning(p.learningMean(), v, p.sectionLearningMean(), p.sectionLearningSd());
                case "lm" -> p.withLearning(v, p.learningSd(), p.sectionLearningMean(), p.sectionLearningSd());
                case "slsd" -> p.withLearning(p.learningMean(), p.learningSd(), p.sectionLearningMean(), v);
                case "slm" -> p.withLearning(p.learningMean(), p.learningSd(), v, p.sectionLearningSd());
                case "gw" -> p.withGuessMarkWeight(v);
                case "mm" -> p.withMemory(v, p.memorySd(), p.memoryHalfLifeDays());
                case "msd" -> p.withMemory(p.memoryMean(), v, p.memoryHalfLifeDays());
                case "mhl" -> p.withMemory(p.memoryMean(), p.memorySd(), v);
                case "osd" -> p.withSpreads(p.abilityMean(), p.sectionSd(), v, p.objectiveStateSd());
                case "ssd" -> p.withSpreads(p.abilityMean(), v, p.objectiveSd(), p.objectiveStateSd());
                case "am" -> p.withSpreads(v, p.sectionSd(), p.objectiveSd(), p.objectiveStateSd());
                case "tau" -> p.withSpreads(p.abilityMean(), p.sectionSd(), p.objectiveSd(), v);
                default -> throw new IllegalArgumentException(kv[0]);
            };
        }
        return p;
    }
}
