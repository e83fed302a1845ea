package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One validation run: the model, the raw-accuracy baseline and the oracle (the truth itself) scored on the same
 * learners and diets, with the targets checked for the model and, to show what is reachable, the oracle.
 */
record IrtValidation(IrtValidationReport model, IrtValidationReport raw, IrtValidationReport oracle,
                     List<IrtValidationReport.Diet> modelDiets, List<IrtValidationReport.Diet> rawDiets,
                     IrtValidationReport.Objectives objectives, List<IrtTargets.Check> checks, List<IrtTargets.Check> oracleChecks) {

    /** @param world the world whose learners run the difficulty diets */
    static IrtValidation run(IrtWorld world, ReadinessModel model, String modelName, List<IrtLearner> learners,
                             int dietLearners, int... dietTags) {
        var raw = new RawAccuracyBaseline();
        var modelEstimates = estimates(model, learners);
        var modelReport = IrtValidationReport.of(modelName, learners, modelEstimates);
        var objectives = IrtValidationReport.Objectives.of(learners, modelEstimates);
        var rawReport = IrtValidationReport.of("raw accuracy", learners, estimates(raw, learners));
        var oracleReport = IrtValidationReport.of("oracle", learners,
                learners.stream().map(IrtLearner::oracle).toList());
        var modelDiets = new ArrayList<IrtValidationReport.Diet>();
        var rawDiets = new ArrayList<IrtValidationReport.Diet>();
        var oracleDiets = new ArrayList<IrtValidationReport.Diet>();
        for (int tag : dietTags) {
            var dieters = IntStream.range(0, dietLearners).parallel().mapToObj(i -> world.diet(i, tag)).toList();
            modelDiets.add(IrtValidationReport.Diet.of(tag, dieters, estimates(model, dieters)));
            rawDiets.add(IrtValidationReport.Diet.of(tag, dieters, estimates(raw, dieters)));
            oracleDiets.add(IrtValidationReport.Diet.of(tag, dieters, dieters.stream().map(IrtLearner::oracle).toList()));
        }
        return new IrtValidation(modelReport, rawReport, oracleReport, modelDiets, rawDiets, objectives,
                IrtTargets.check(modelReport, rawReport, modelDiets, objectives),
                IrtTargets.check(oracleReport, rawReport, oracleDiets, null));
    }

    static List<ReadinessEstimate> estimates(ReadinessModel model, List<IrtLearner> learners) {
        return ReadinessFixtures.estimates(model, learners.stream().map(IrtLearner::history).toList());
    }
}
