package io.studycompanion.robustness;

import io.studycompanion.App;
import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.AttemptItem;
import io.studycompanion.domain.quiz.Confidence;
import io.studycompanion.service.QuizService;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Takes exams as fast as it can through the app's real composition root, for {@link CrashSafetyTest} to kill
 * at random moments. Usage: {@code QuizDriver <data folder> <seed>}.
 *
 * <p>It resumes the unfinished attempt if there is one, else starts an exam; answers the questions in turn
 * (now and then going back to change an earlier answer, flagging, setting confidence or saving the timer);
 * submits when all are answered and starts the next exam. Around every call that writes, it prints one line
 * on stdout and flushes:
 * <pre>
 * WILL &lt;op&gt; &lt;attempt&gt; &lt;position&gt; &lt;selected&gt; &lt;flagged&gt; &lt;confidence&gt;   before the call
 * ACK  &lt;op&gt; &lt;attempt&gt; &lt;position&gt; &lt;selected&gt; &lt;flagged&gt; &lt;confidence&gt;   after the call returned
 * </pre>
 * where op is ANSWER, FLAG or CONFIDENCE and the rest is the item's full state after the call (selected
 * choices comma-separated, "-" for none). The state after an ACK is what the app promised to keep; a WILL
 * without its ACK is a write that may or may not have landed when the process died. Attempt-level writes
 * print {@code WILL ELAPSED <attempt> <ms>} / {@code ACK ELAPSED …} and {@code WILL SUBMIT <attempt>} /
 * {@code ACK SUBMIT <attempt>}; {@code BEGIN <attempt> resumed|new <answered>} marks the start of each exam.
 */
public final class QuizDriver {
    static final String VERSION = "2025-09-30";

    private final QuizService quiz;
    private final Random random;
    private final PrintStream out;

    private QuizDriver(QuizService quiz, Random random, PrintStream out) {
        this.quiz = quiz;
        this.random = random;
        this.out = out;
    }

    public static void main(String[] args) {
        var folder = Path.of(args[0]);
        var random = new Random(args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime());
        var out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                java.nio.charset.StandardCharsets.UTF_8);
        try (var app = App.open(folder, Clock.systemUTC())) {
            var driver = new QuizDriver(app.uiServices().quiz(), random, out);
            driver.run(args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE);
        }
        out.flush();
    }

    /** Answers until {@code maxExams} exams were submitted (for a run without a kill) or the process dies. */
    private void run(int maxExams) {
        var unfinished = quiz.unfinished();
        var attempt = unfinished.orElseGet(() -> quiz.startExam(VERSION));
        for (int exams = 0; exams < maxExams; exams++) {
            line("BEGIN " + attempt.id() + (unfinished.isPresent() ? " resumed " : " new ") + attempt.answeredCount());
            attempt = finish(attempt);
            line("WILL SUBMIT " + attempt.id());
            quiz.submit(attempt);
            line("ACK SUBMIT " + attempt.id());
            unfinished = Optional.empty();
            if (exams + 1 < maxExams) {
                attempt = quiz.startExam(VERSION);
            }
        }
    }

    private Attempt finish(Attempt attempt) {
        while (!attempt.unansweredPositions().isEmpty()) {
            var open = attempt.unansweredPositions();
            int position = open.get(0);
            int roll = random.nextInt(100);
            if (roll < 8 && attempt.answeredCount() > 0) {
                // go back and change an earlier answer: the later write must win
                var answered = attempt.items().stream().filter(AttemptItem::answered).toList();
                position = answered.get(random.nextInt(answered.size())).position();
                attempt = answer(attempt, position);
            } else if (roll < 14) {
                attempt = flag(attempt, position);
            } else if (roll < 20) {
                attempt = confidence(attempt, position);
            } else if (roll < 23) {
                var elapsed = attempt.elapsed().plusMillis(1 + random.nextInt(5000));
                line("WILL ELAPSED " + attempt.id() + " " + elapsed.toMillis());
                attempt = quiz.elapsed(attempt, elapsed);
                line("ACK ELAPSED " + attempt.id() + " " + elapsed.toMillis());
            } else {
                attempt = answer(attempt, position);
            }
        }
        return attempt;
    }

    private Attempt answer(Attempt attempt, int position) {
        // A complete answer: as many choices as the question asks for (fewer would be no answer).
        var order = new java.util.ArrayList<>(attempt.item(position).choiceOrder());
        java.util.Collections.shuffle(order, random);
        var choose = quiz.questions().get(attempt.item(position).questionId()).choose();
        var choice = Set.copyOf(order.subList(0, choose));
        var item = attempt.item(position);
        line("WILL " + state("ANSWER", attempt.id(), position, choice, item.flagged(), item.confidence()));
        var updated = quiz.answer(attempt, position, choice);
        var after = updated.item(position);
        line("ACK " + state("ANSWER", updated.id(), position, after.selected(), after.flagged(), after.confidence()));
        return updated;
    }

    private Attempt flag(Attempt attempt, int position) {
        var item = attempt.item(position);
        line("WILL " + state("FLAG", attempt.id(), position, item.selected(), !item.flagged(), item.confidence()));
        var updated = quiz.flag(attempt, position, !item.flagged());
        var after = updated.item(position);
        line("ACK " + state("FLAG", updated.id(), position, after.selected(), after.flagged(), after.confidence()));
        return updated;
    }

    private Attempt confidence(Attempt attempt, int position) {
        var item = attempt.item(position);
        var values = Confidence.values();
        var next = random.nextInt(values.length + 1) == values.length ? Optional.<Confidence>empty()
                : Optional.of(values[random.nextInt(values.length)]);
        line("WILL " + state("CONFIDENCE", attempt.id(), position, item.selected(), item.flagged(), next));
        var updated = quiz.confidence(attempt, position, next);
        var after = updated.item(position);
        line("ACK " + state("CONFIDENCE", updated.id(), position, after.selected(), after.flagged(), after.confidence()));
        return updated;
    }

    /** One item's whole stored state, in the form {@link CrashSafetyTest} compares with the database. */
    static String state(String op, long attempt, int position, Set<String> selected, boolean flagged,
                        Optional<Confidence> confidence) {
        var choices = selected.isEmpty() ? "-" : String.join(",", new TreeSet<>(selected));
        return op + " " + attempt + " " + position + " " + choices + " " + (flagged ? 1 : 0) + " "
                + confidence.map(Enum::name).orElse("-");
    }

    private void line(String text) {
        out.println(text);
        out.flush();
    }
}
