package io.studycompanion.domain.readiness;

import java.util.List;
import java.util.Locale;

/** The IRT validation as Markdown: targets, the model next to the raw-accuracy baseline, reliability, diets. */
final class IrtMarkdown {
    private final StringBuilder out = new StringBuilder();

    private IrtMarkdown() {
    }

    static String render(String setup, IrtValidation v) {
        var md = new IrtMarkdown();
        md.line("# Readiness validation on an independent IRT population\n").line(setup).line("");
        md.targets("Targets: " + v.model().predictor(), v.checks());
        md.targets("The same targets scored by the oracle, which states the true score, pass chance and 80% range",
                v.oracleChecks());
        md.figures(v.model(), v.raw(), v.oracle()).reliability(v.model()).bands(v.model(), v.raw(), v.oracle())
                .objectives(v.objectives()).diets(v.modelDiets(), v.rawDiets());
        return md.out.toString();
    }

    private IrtMarkdown targets(String title, List<IrtTargets.Check> checks) {
        long met = checks.stream().filter(IrtTargets.Check::met).count();
        line("## " + title + " (" + met + " of " + checks.size() + " met)\n");
        line("| Target | Measured | Met |").line("|---|---|---|");
        checks.forEach(c -> line("| " + c.target() + " | " + c.measured() + " | " + (c.met() ? "yes" : "**no**") + " |"));
        return line("");
    }

    private IrtMarkdown figures(IrtValidationReport model, IrtValidationReport raw, IrtValidationReport oracle) {
        line("## Score and pass-chance accuracy\n");
        line("Errors in points (predicted − true score); learners counted in the first column. The oracle states"
                + " the truth, so its score errors are zero; its Brier score is the floor no model can beat.\n");
        line("| Learners | Figure | " + model.predictor() + " | " + raw.predictor() + " | " + oracle.predictor() + " |")
                .line("|---|---|---|---|---|");
        group(model.all(), raw.all());
        group(model.rich(), raw.rich());
        group(model.sparse(), raw.sparse());
        for (int i = 0; i < model.speedThirds().size(); i++) {
            group(model.speedThirds().get(i), raw.speedThirds().get(i));
        }
        for (int i = 0; i < model.styles().size(); i++) {
            group(model.styles().get(i), raw.styles().get(i));
        }
        line(f("| %d sittings | Brier of pass probability | %.4f | %.4f | %.4f |", model.sittings(), model.brier(),
                raw.brier(), oracle.brier()));
        line(f("| | Sittings inside / below / above the 80%% range | %s | %s | %s |", range(model), range(raw),
                range(oracle)));
        return line("");
    }

    private void group(IrtValidationReport.Group model, IrtValidationReport.Group raw) {
        line(f("| %d | MAE, %s | %.2f | %.2f | 0 |", model.learners(), model.label(), model.mae(), raw.mae()));
        line(f("| | bias, %s | %+.2f | %+.2f | 0 |", model.label(), model.bias(), raw.bias()));
    }

    private static String range(IrtValidationReport report) {
        return f("%.1f / %.1f / %.1f%%", 100 * report.inside(), 100 * report.below(), 100 * report.above());
    }

    private IrtMarkdown reliability(IrtValidationReport model) {
        line("## Reliability of the pass probability (" + model.predictor() + ")\n");
        line("Observed: share of the 5 sittings per learner passed. Pass rate over " + IrtWorld.ORACLE_SITTINGS
                + " sittings: the same measured with " + IrtWorld.ORACLE_SITTINGS + " sittings per learner (the"
                + " oracle's chance); the target compares the mean predicted with it, on the " + model.shown()
                + " learners the app shows a pass chance to (every section tried and "
                + ReadinessParameters.DEFAULTS.passEvidenceAnswers() + " answers). The other "
                + (model.learners() - model.shown()) + " are told \"not enough evidence yet\"; the second table"
                + " shows what the withheld figure would have been.\n");
        binTable(model.shownBins());
        line("All " + model.learners() + " learners, withheld figures included:\n");
        return binTable(model.bins());
    }

    private IrtMarkdown binTable(List<IrtValidationReport.Bin> bins) {
        line("| Predicted pass probability | Learners | Sittings | Mean predicted | Observed pass rate"
                + " | Pass rate over " + IrtWorld.ORACLE_SITTINGS + " sittings |").line("|---|---|---|---|---|---|");
        for (var bin : bins) {
            line(f("| %.1f–%.1f | %d | %d | %.3f | %.3f | %.3f |", bin.from(), bin.from() + 0.1, bin.learners(),
                    bin.sittings(), bin.meanPredicted(), bin.observed(), bin.meanTruePass()));
        }
        return line("");
    }

    private IrtMarkdown bands(IrtValidationReport model, IrtValidationReport raw, IrtValidationReport oracle) {
        line("## By number of answers\n");
        line("Constant: every learner gets the population's mean true score and the pass rate of all sittings"
                + " (known only in hindsight, so a generous baseline).\n");
        line("| Answers | Learners | MAE model | MAE raw accuracy | MAE constant | Brier model | Brier raw accuracy"
                + " | Brier constant | Brier oracle |").line("|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < model.bands().size(); i++) {
            var m = model.bands().get(i);
            var r = raw.bands().get(i);
            line(f("| %s | %d | %.2f | %.2f | %.2f | %.4f | %.4f | %.4f | %.4f |", m.label(), m.learners(), m.mae(),
                    r.mae(), m.constantMae(), m.brier(), r.brier(), m.constantBrier(), oracle.bands().get(i).brier()));
        }
        return line("");
    }

    private IrtMarkdown objectives(IrtValidationReport.Objectives o) {
        line("## Objective mastery\n");
        line(f("Objectives with at least %d answers (%d learner-objectives), against the objective's true chance on"
                + " typical questions.\n", IrtValidationReport.OBJECTIVE_ANSWERS, o.count()));
        line("| Figure | Model | Raw accuracy on the objective |").line("|---|---|---|");
        line(f("| MAE (points) | %.2f | %.2f |", o.mae(), o.rawMae()));
        line(f("| Bias (points) | %+.2f | |", o.bias()));
        line(f("| True chance inside the 80%% range | %.1f%% | |", 100 * o.inside()));
        line(f("| Rank correlation with the true order of a learner's objectives (%d learners) | %.3f | %.3f |",
                o.rankedLearners(), o.rankCorrelation(), o.rawRankCorrelation()));
        return line("");
    }

    private IrtMarkdown diets(List<IrtValidationReport.Diet> model, List<IrtValidationReport.Diet> raw) {
        line("## Difficulty diets\n");
        line("The same learners re-run practising only one difficulty tag (" + IrtWorld.DIET_ANSWERS
                + " answers, no exam simulations); the truth is measured on the whole exam pool.\n");
        line("| Diet | Learners | Mean true score | Model: predicted − true | Raw accuracy: predicted − true |")
                .line("|---|---|---|---|---|");
        for (int i = 0; i < model.size(); i++) {
            var m = model.get(i);
            line(f("| difficulty %d only | %d | %.1f%% | %+.2f | %+.2f |", m.tag(), m.learners(), 100 * m.meanTrue(),
                    m.bias(), raw.get(i).bias()));
        }
        return line("");
    }

    private IrtMarkdown line(String text) {
        out.append(text).append('\n');
        return this;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
