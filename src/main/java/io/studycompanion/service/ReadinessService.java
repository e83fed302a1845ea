package io.studycompanion.service;

import io.studycompanion.domain.ExamCatalog;
import java.util.function.Supplier;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.quiz.AnsweredQuestion;
import io.studycompanion.domain.quiz.AttemptTally;
import io.studycompanion.domain.quiz.QuizMode;
import io.studycompanion.domain.readiness.AnswerEvent;
import io.studycompanion.domain.readiness.ExamResultPoint;
import io.studycompanion.domain.readiness.ReadinessModel;
import io.studycompanion.domain.readiness.ReadinessSnapshot;
import io.studycompanion.domain.readiness.ReadinessSnapshots;
import io.studycompanion.domain.readiness.StudyPlan;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.ObjectiveProgressRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Readiness: gathers the answer history and the checklist, runs the model, and builds the snapshot. */
public final class ReadinessService {
    /** Fixed seed: the same history always gives the same figures on screen and in the report. */
    private static final long SEED = 20250930L;

    private final Supplier<ExamCatalog> catalog;
    private final QuizService quiz;
    private final AttemptRepository attempts;
    private final ObjectiveProgressRepository checklist;
    private final ReadinessModel model;
    private final Clock clock;

    public ReadinessService(Supplier<ExamCatalog> catalog, QuizService quiz, AttemptRepository attempts,
                            ObjectiveProgressRepository checklist, ReadinessModel model, Clock clock) {
        this.catalog = catalog;
        this.quiz = quiz;
        this.attempts = attempts;
        this.checklist = checklist;
        this.model = model;
        this.clock = clock;
    }

    /** The snapshot of the current exam version. */
    public ReadinessSnapshot snapshot() {
        var exam = catalog.get().defaultExam();
        var questions = quiz.questions();
        var answers = attempts.finalAnswers();
        var flagged = quiz.flaggedIds();
        var events = events(answers, questions, flagged);
        var estimate = model.estimate(exam.outline(), exam.metadata(), events, clock, new Random(SEED));
        var practice = events.stream().filter(e -> !e.exam()).toList();
        return ReadinessSnapshots.build(LocalDate.now(clock), catalog.get().examTitle(), exam.label(), exam.outline(),
                exam.metadata(), estimate, checklist.findByVersion(exam.version()), examHistory(), practice,
                clock.getZone());
    }

    /** Days left and a daily question target, when the learner has set an exam date. */
    public Optional<StudyPlan> plan(Optional<LocalDate> examDate) {
        var version = catalog.get().defaultExam().version();
        var history = quiz.history();
        var inVersion = quiz.questions().values().stream()
                .filter(q -> q.objectives().stream().anyMatch(o -> o.version().equals(version))).toList();
        var toGo = (int) inVersion.stream().filter(q -> !Boolean.TRUE.equals(history.lastCorrect().get(q.id()))).count();
        return StudyPlan.of(examDate, LocalDate.now(clock), toGo);
    }

    /**
     * The answers as evidence: each question's guess chance, whether it was an exam, marked a guess, flagged. Events
     * carry the bank's own id instance (its hash already computed), not the copy read from the database: the model
     * looks every answer's question up again.
     */
    private static List<AnswerEvent> events(List<AnsweredQuestion> answers, Map<String, Question> questions,
                                            Set<String> flagged) {
        return answers.stream().filter(a -> questions.containsKey(a.questionId())).map(a -> {
            var q = questions.get(a.questionId());
            return new AnswerEvent(q.id(), q.objectives(), a.correct(), a.at(), q.difficulty(),
                    AnswerEvent.guessChance(q.choices().size(), q.key().size()), a.mode() == QuizMode.EXAM,
                    a.markedGuess(), flagged.contains(q.id()));
        }).toList();
    }

    private List<ExamResultPoint> examHistory() {
        var passMark = catalog.get().defaultExam().metadata().passMarkPercent().value();
        return attempts.tallies(QuizMode.EXAM).stream().map(t -> point(t, passMark)).toList();
    }

    private ExamResultPoint point(AttemptTally t, int passMark) {
        var percent = t.total() == 0 ? 0 : 100.0 * t.correct() / t.total();
        return new ExamResultPoint(t.submittedAt().atZone(clock.getZone()).toLocalDate(), t.correct(), t.total(), percent,
                percent >= passMark, t.elapsed().toMinutes());
    }
}
