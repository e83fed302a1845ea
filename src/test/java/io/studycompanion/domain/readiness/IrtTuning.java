package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Tuning runs, not a test: both simulated populations under parameter variants given as arguments, e.g.
 * {@code "lsd=0.35,hl=90" "gw=1"} (keys: hl half-life, lm/lsd and slm/slsd own and section learning priors, gw guess-mark weight, osd/ssd
 * objective/section spread, gap level gap, am ability mean). Prints one line of figures per variant.
 */
public final class IrtTuning {
    /** The world seed: {@code -Dseed=…} (the validation test uses 20251101). */
    static final IrtWorld WORLD = new IrtWorld(Long.getLong("seed", 20251101));

    public static void main(String[] args) {
        var learners = IntStream.range(0, 400).parallel().mapToObj(WORLD::learner).toList();
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
        double floor = 0;
        int rich = 0;
        for (var l : learners) {
            int n = l.history().size();
            if (n >= 100) {
                double a = l.history().stream().filter(AnswerEvent::correct).count() / (double) n;
                floor += 100 * Math.sqrt(2 / Math.PI) * Math.sqrt(a * (1 - a) / n);
                rich++;
            }
        }
        System.out.printf("binomial floor of the MAE, >= 100 answers: %.2f points (%d learners)%n", floor / rich, rich);
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
            for (var b : r.bins()) {
                System.out.printf("  bin %.1f n=%d predicted %.3f observed %.3f true %.3f%n", b.from(), b.learners(),
                        b.meanPredicted(), b.observed(), b.meanTruePass());
            }
            System.out.printf("%-22s MAE %.2f/%.2f bias %+.2f thirds %s brier %.4f in %.1f below %.1f above %.1f gap %.3f diets %s| old MAE %.2f bias %+.2f brier %.4f cov %.3f%n",
                    arg, r.rich().mae(), r.sparse().mae(), r.all().bias(), thirds(r), r.brier(), 100 * r.inside(),
                    100 * r.below(), 100 * r.above(), gap(r), sb, old.maeRich(), old.bias(), old.brier(), old.rangeCoverage());
        }
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
                case "osd" -> new ReadinessParameters(p.abilityMean(), p.abilitySd(), p.sectionSd(), v, p.levelGap(),
                        p.levelGapSd(), p.learningMean(), p.learningSd(), p.sectionLearningMean(), p.sectionLearningSd(), p.halfLifeDays(), p.guessMarkWeight(),
                        p.flaggedWeight(), p.examMix(), p.examGuessChance(), p.enoughAnswers(), p.passEvidenceAnswers(), p.draws());
                case "ssd" -> new ReadinessParameters(p.abilityMean(), p.abilitySd(), v, p.objectiveSd(), p.levelGap(),
                        p.levelGapSd(), p.learningMean(), p.learningSd(), p.sectionLearningMean(), p.sectionLearningSd(), p.halfLifeDays(), p.guessMarkWeight(),
                        p.flaggedWeight(), p.examMix(), p.examGuessChance(), p.enoughAnswers(), p.passEvidenceAnswers(), p.draws());
                case "gap" -> new ReadinessParameters(p.abilityMean(), p.abilitySd(), p.sectionSd(), p.objectiveSd(), v,
                        p.levelGapSd(), p.learningMean(), p.learningSd(), p.sectionLearningMean(), p.sectionLearningSd(), p.halfLifeDays(), p.guessMarkWeight(),
                        p.flaggedWeight(), p.examMix(), p.examGuessChance(), p.enoughAnswers(), p.passEvidenceAnswers(), p.draws());
                case "am" -> new ReadinessParameters(v, p.abilitySd(), p.sectionSd(), p.objectiveSd(), p.levelGap(),
                        p.levelGapSd(), p.learningMean(), p.learningSd(), p.sectionLearningMean(), p.sectionLearningSd(), p.halfLifeDays(), p.guessMarkWeight(),
                        p.flaggedWeight(), p.examMix(), p.examGuessChance(), p.enoughAnswers(), p.passEvidenceAnswers(), p.draws());
                default -> throw new IllegalArgumentException(kv[0]);
            };
        }
        return p;
    }
}
