package io.studycompanion.report;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.domain.readiness.Basis;
import io.studycompanion.domain.readiness.CoverageCounts;
import io.studycompanion.domain.readiness.Evidence;
import io.studycompanion.domain.readiness.ExamResultPoint;
import io.studycompanion.domain.readiness.ObjectiveMastery;
import io.studycompanion.domain.readiness.ObjectiveRow;
import io.studycompanion.domain.readiness.ReadinessEstimate;
import io.studycompanion.domain.readiness.ReadinessSnapshot;
import io.studycompanion.domain.readiness.ReadinessSnapshots;
import io.studycompanion.domain.readiness.SectionReadiness;
import io.studycompanion.domain.readiness.TrendPoint;
import io.studycompanion.domain.readiness.UntriedObjective;
import io.studycompanion.domain.readiness.WeakObjective;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Snapshots for the report tests: a rich one (47 objectives, 3 sections, history) and empty ones. */
final class ReportFixtures {
    static final String VERSION = "2025-09-30";
    static final String TITLE = "Databricks Certified Machine Learning Professional";
    static final String LABEL = "Current exam (from 2025-09-30)";
    static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

    /** Objective texts of the 2025-09-30 outline, by section and subsection. */
    static final String[][][] OUTLINE = {
        {
            {"Identify when SparkML is recommended based on the data, model, and use case requirements.",
                "Construct an ML pipeline using SparkML.", "Apply the appropriate estimator and/or transformer given a use case.",
                "Tune a SparkML model using MLlib.", "Evaluate a SparkML model.",
                "Score a Spark ML model for a batch or streaming use case.",
                "Select SparkML model or single node model for an inference based on type: batch, real-time, streaming."},
            {"Scale distributed training pipelines using SparkML and pandas Function APIs/UDFs.",
                "Perform distributed hyperparameter tuning using Optuna and integrate it with MLflow.",
                "Perform distributed hyperparameter tuning using Ray.",
                "Evaluate the trade-offs between vertical and horizontal scaling for machine learning workloads in Databricks environments.",
                "Evaluate and select appropriate parallelization (model parallelism, data parallelism) strategies for large-scale ML training.",
                "Compare Ray and Spark for distributing ML training workloads",
                "Use the Pandas Function API to parallelize group-specific model training and perform inference"},
            {"Utilize nested runs using MLflow for tracking complex experiments.",
                "Log custom metrics, parameters, and artifacts programmatically in MLflow to track advanced experimentation workflows.",
                "Create custom model objects using real-time feature engineering."},
            {"Ensure point-in-time correctness in feature lookups to prevent data leakage during model training and inference.",
                "Build automated pipelines for feature computation using the FeatureEngineering Client",
                "Configure online tables for low-latency applications using Databricks SDK.",
                "Design scalable solutions for ingesting and processing streaming data to generate features in real time.",
                "Develop on-demand features using feature serving for consistent use across training and production environments."}
        },
        {
            {"Describe and implement the architecture components of model lifecycle pipelines used to manage environment transitions in the deploy code strategy.",
                "Map Databricks features to activities of the model lifecycle management process."},
            {"Implement unit tests for individual functions in Databricks notebooks to ensure they produce expected outputs when given specific inputs.",
                "Identify types of testing performed (unit and integration) in various environment stages (dev, test, prod, etc.).",
                "Design an integration test for machine learning systems that incorporates common pipelines: feature engineering, training, evaluation, deployment, and inference.",
                "Compare the benefits and challenges of approaches for organizing functions and unit tests."},
            {"Design and implement scalable Databricks environments for machine learning projects using best practices.",
                "Define and configure Databricks ML assets using DABs (Databricks Asset Bundles): model serving endpoints, MLflow experiments, ML registered models."},
            {"Implement automated retraining workflows that can be triggered by data drift detection or performance degradation alerts.",
                "Develop a strategy for selecting top-performing models during automated retraining."},
            {"Apply any statistical tests from the drift metrics table in Lakehouse Monitoring to detect drift in numerical and categorical data and evaluate the significance of observed changes.",
                "Identify the data table type and Lakehouse Monitoring feature that will resolve a use case need and explain why.",
                "Build a monitor for a snapshot, time series, or inference table using Lakehouse Monitoring.",
                "Identify the key components of common monitoring pipelines: logging, drift detection, model performance, model health, etc.",
                "Design and configure alerting mechanisms to notify stakeholders when drift metrics exceed predefined thresholds.",
                "Detect data drift by comparing current data distributions to a known baseline or between successive time windows.",
                "Evaluate model performance trends over time using an inference table.",
                "Define custom metrics in Lakehouse Monitoring metrics tables.",
                "Evaluate metrics based on different data granularities and feature slicing.",
                "Monitor endpoint health by tracking infrastructure metrics such as latency, request rate, error rate, CPU usage, and memory usage."}
        },
        {
            {"Compare deployment strategies (e.g. blue-green and canary) and evaluate their suitability for high-traffic applications.",
                "Implement a model rollout strategy using Databricks Model Serving."},
            {"Register a custom PyFunc model and log custom artifacts in Unity Catalog.",
                "Query custom models via REST API or MLflow Deployments SDK.",
                "Deploy custom model objects using MLflow deployments SDK, REST API or user interface."}
        }
    };
    static final String[] SECTION_TITLES = {"Model Development", "MLOps", "Model Deployment"};
    static final int[] WEIGHTS = {44, 44, 12};

    private ReportFixtures() {
    }

    /** 47 objectives with mixed evidence, 8 weakest, 3 mismatches, 6 exam simulations, 20 practice points. */
    static ReadinessSnapshot rich() {
        var rows = rows();
        var estimate = new ReadinessEstimate(Instant.parse("2025-11-20T09:00:00Z"), VERSION,
                rows.stream().map(ObjectiveRow::mastery).toList(), sections(Evidence.ENOUGH),
                0.68, 0.61, 0.75, 0.41, 0.27, 0.56, 70, Evidence.ENOUGH,
                new Basis(312, List.of(200, 80, 32), 120, 4, 0, 20, List.of(), 0));
        var mismatches = rows.stream().filter(r -> r.status() == ObjectiveStatus.CONFIDENT
                && r.mastery().evidence() == Evidence.ENOUGH).limit(3).toList();
        return new ReadinessSnapshot(TODAY, TITLE, LABEL, estimate, rows, weakest(rows), untried(rows), mismatches,
                coverage(rows), exams(), practice());
    }

    /** The outline's objectives, no answers and no history: {@link Evidence#NONE} everywhere. */
    static ReadinessSnapshot empty() {
        var rows = new ArrayList<ObjectiveRow>();
        forEachObjective((id, text, i) -> rows.add(new ObjectiveRow(id, text, false, ObjectiveStatus.NOT_STARTED,
                new ObjectiveMastery(id, 0.5, 0.1, 0.9, 0, 0, Evidence.NONE))));
        var estimate = new ReadinessEstimate(Instant.parse("2025-11-20T09:00:00Z"), VERSION,
                rows.stream().map(ObjectiveRow::mastery).toList(), sections(Evidence.NONE),
                0.5, 0.3, 0.7, 0.2, 0.05, 0.45, 70, Evidence.NONE);
        return new ReadinessSnapshot(TODAY, TITLE, LABEL, estimate, rows, List.of(), untried(rows), List.of(),
                new CoverageCounts(rows.size(), 0, 0, 0), List.of(), List.of());
    }

    /** A snapshot with no objectives and no sections at all. */
    static ReadinessSnapshot bare() {
        var estimate = new ReadinessEstimate(Instant.EPOCH, VERSION, List.of(), List.of(), 0, 0, 0, 0, 0, 0, 70,
                Evidence.NONE);
        return new ReadinessSnapshot(TODAY, TITLE, LABEL, estimate, List.of(), List.of(), List.of(), List.of(),
                new CoverageCounts(0, 0, 0, 0), List.of(), List.of());
    }

    interface ObjectiveVisitor {
        void visit(ObjectiveId id, String text, int index);
    }

    static void forEachObjective(ObjectiveVisitor visitor) {
        int index = 0;
        for (int s = 0; s < OUTLINE.length; s++) {
            for (int u = 0; u < OUTLINE[s].length; u++) {
                for (int o = 0; o < OUTLINE[s][u].length; o++) {
                    visitor.visit(new ObjectiveId(VERSION, s + 1, u + 1, o + 1), OUTLINE[s][u][o], index++);
                }
            }
        }
    }

    static List<String> positions() {
        var positions = new ArrayList<String>();
        forEachObjective((id, text, i) -> positions.add(id.position()));
        return positions;
    }

    private static List<ObjectiveRow> rows() {
        var rows = new ArrayList<ObjectiveRow>();
        var statuses = ObjectiveStatus.values();
        forEachObjective((id, text, i) -> rows.add(new ObjectiveRow(id, text, i % 3 != 0, statuses[i % 3], mastery(id, i))));
        return rows;
    }

    private static ObjectiveMastery mastery(ObjectiveId id, int i) {
        int answers = (i * 7) % 13;
        var evidence = answers == 0 ? Evidence.NONE : answers < 5 ? Evidence.LITTLE : Evidence.ENOUGH;
        double mean = 0.35 + ((i * 37) % 60) / 100.0;
        return new ObjectiveMastery(id, mean, Math.max(0, mean - 0.14), Math.min(1, mean + 0.11), answers * 0.8,
                answers, evidence);
    }

    private static List<SectionReadiness> sections(Evidence evidence) {
        double[][] figures = {{0.74, 0.66, 0.81}, {0.63, 0.55, 0.71}, {0.52, 0.38, 0.66}};
        var list = new ArrayList<SectionReadiness>();
        for (int s = 0; s < 3; s++) {
            list.add(new SectionReadiness(s + 1, SECTION_TITLES[s], WEIGHTS[s], figures[s][0], figures[s][1],
                    figures[s][2], evidence == Evidence.NONE ? 0 : 40 - 10 * s, evidence));
        }
        return list;
    }

    private static List<WeakObjective> weakest(List<ObjectiveRow> rows) {
        return rows.stream().filter(r -> r.mastery().answers() > 0 && r.mastery().mean() < 0.8).map(r -> {
            double weight = weight(r);
            double gap = 0.8 - r.mastery().mean();
            return new WeakObjective(r.id(), r.text(), weight, gap, weight * gap);
        }).sorted(Comparator.comparingDouble(WeakObjective::priority).reversed()).limit(8).toList();
    }

    private static double weight(ObjectiveRow row) {
        return WEIGHTS[row.id().section() - 1] / 100.0 / 20;
    }

    /** The rows without answers, as untried objectives. */
    static List<UntriedObjective> untried(List<ObjectiveRow> rows) {
        return rows.stream().filter(r -> r.mastery().answers() == 0)
                .map(r -> new UntriedObjective(r.id(), r.text(), weight(r))).toList();
    }

    private static CoverageCounts coverage(List<ObjectiveRow> rows) {
        int ticked = (int) rows.stream().filter(ObjectiveRow::ticked).count();
        int practised = (int) rows.stream().filter(r -> r.mastery().answers() > 0).count();
        int mastered = (int) rows.stream().filter(r -> ReadinessSnapshots.mastered(r.mastery())).count();
        return new CoverageCounts(rows.size(), ticked, practised, mastered);
    }

    private static List<ExamResultPoint> exams() {
        int[] correct = {33, 37, 40, 44, 41, 46};
        var list = new ArrayList<ExamResultPoint>();
        for (int i = 0; i < correct.length; i++) {
            double percent = 100.0 * correct[i] / 60;
            list.add(new ExamResultPoint(LocalDate.of(2025, 10, 2).plusDays(9L * i), correct[i], 60, percent,
                    percent >= 70, 95 + 4L * i));
        }
        return list;
    }

    private static List<TrendPoint> practice() {
        var list = new ArrayList<TrendPoint>();
        for (int i = 0; i < 20; i++) {
            double percent = 48 + i * 1.3 + (i % 4) * 3.5;
            list.add(new TrendPoint(LocalDate.of(2025, 10, 5).plusDays(2L * i + i % 2), percent, i + "/" + (i + 10)));
        }
        return list;
    }
}
