package io.studycompanion.bench;

import io.studycompanion.App;
import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.domain.readiness.AnswerEvent;
import io.studycompanion.domain.readiness.IrtReadinessModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures the hot paths on a data folder holding 100,000 stored answers: saving one answer (durably, through
 * the real service), the readiness recompute, the dashboard's and the Quiz screen's data loads and the PDF report.
 * Not a unit test:
 * run it with {@code packaging/bench-hotpaths.sh}; it prints medians and p99s, and a summary line.
 */
public final class HotPathBenchmark {
    private static final int ANSWERS = 100_000;

    public static void main(String[] args) throws Exception {
        var dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("hotpaths");
        List<String> ids;
        try (var app = App.open(dir, Clock.systemUTC())) {
            ids = List.copyOf(app.uiServices().quiz().questions().keySet());
        }
        // Seeded between two runs of the app: while it runs it holds its database exclusively.
        seed(dir.resolve("study-companion.db"), ids, new Random(1));
        System.out.println("seeded " + ANSWERS + " answers in " + dir);
        try (var app = App.open(dir, Clock.systemUTC())) {
            var quiz = app.uiServices().quiz();

            var attempt = quiz.startPractice("2025-09-30", new QuizScope.Everything(), 331);
            var save = new double[2000];
            for (int i = 0; i < save.length; i++) {
                var item = attempt.item(i % attempt.items().size());
                long t = System.nanoTime();
                attempt = quiz.answer(attempt, item.position(), Set.of(item.choiceOrder().get(i % 2)));
                save[i] = (System.nanoTime() - t) / 1e6;
            }
            report("save one answer", save);

            var readiness = app.uiServices().readiness();
            var catalog = new ExamCatalogLoader(HotPathBenchmark.class.getClassLoader()).load();
            var exam = catalog.defaultExam();
            var events = events(quiz.questions(), ids, new Random(2));
            var model = new IrtReadinessModel();
            report("readiness recompute (model, 100k answers)", time(20, () -> model.estimate(exam.outline(),
                    exam.metadata(), events, Clock.systemUTC(), new Random(3))));
            report("dashboard data load (snapshot from SQLite)", time(10, readiness::snapshot));
            // What the Quiz screen reads when it opens: the unfinished quiz, the past quizzes, the scope's count.
            report("quiz screen data (2,000 past quizzes + count)", time(10, () -> {
                quiz.unfinished();
                quiz.pastAttempts().forEach(quiz::passed);
                return quiz.count("2025-09-30", new QuizScope.Everything());
            }));
            var report = app.report();
            var pdf = dir.resolve("report.pdf");
            report("PDF report", time(5, () -> { report.writePdf(pdf); return pdf; }));
        }
    }

    private static void seed(Path db, List<String> ids, Random random) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            var start = Instant.now().minusSeconds(90L * 24 * 3600);
            int attempts = ANSWERS / 50;
            try (var a = c.prepareStatement("INSERT INTO attempt (mode, exam_version, title, started_at, elapsed_ms, submitted_at) VALUES (?,?,?,?,?,?)");
                 var i = c.prepareStatement("INSERT INTO attempt_item (attempt_id, position, question_id, choice_order, selected, answered_at, correct) VALUES (?,?,?,?,?,?,?)")) {
                for (int n = 0; n < attempts; n++) {
                    var when = start.plusSeconds(n * 3888L).toString();
                    a.setString(1, n % 10 == 0 ? "EXAM" : "PRACTICE");
                    a.setString(2, "2025-09-30");
                    a.setString(3, "seeded");
                    a.setString(4, when);
                    a.setLong(5, 600_000);
                    a.setString(6, when);
                    a.executeUpdate();
                    for (int p = 0; p < 50; p++) {
                        i.setInt(1, n + 1);
                        i.setInt(2, p);
                        i.setString(3, ids.get(random.nextInt(ids.size())));
                        i.setString(4, "A,B,C,D");
                        i.setString(5, "A");
                        i.setString(6, when);
                        i.setInt(7, random.nextDouble() < 0.7 ? 1 : 0);
                        i.addBatch();
                    }
                    i.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static List<AnswerEvent> events(java.util.Map<String, io.studycompanion.domain.Question> questions,
                                            List<String> ids, Random random) {
        var list = new ArrayList<AnswerEvent>(ANSWERS);
        var start = Instant.now().minusSeconds(90L * 24 * 3600);
        for (int n = 0; n < ANSWERS; n++) {
            var q = questions.get(ids.get(random.nextInt(ids.size())));
            list.add(new AnswerEvent(q.id(), q.objectives(), random.nextDouble() < 0.7, start.plusSeconds(n * 77L), q.difficulty()));
        }
        return list;
    }

    private static double[] time(int runs, Supplier<?> work) {
        work.get(); // warm-up
        var ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static void report(String what, double[] ms) {
        var sorted = ms.clone();
        Arrays.sort(sorted);
        var median = sorted[sorted.length / 2];
        var p99 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
        System.out.printf("%-45s n=%4d median=%8.2f ms  p99=%8.2f ms  max=%8.2f ms%n", what, ms.length, median, p99,
                sorted[sorted.length - 1]);
    }
}
