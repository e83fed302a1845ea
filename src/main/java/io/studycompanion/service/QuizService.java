package io.studycompanion.service;

import io.studycompanion.domain.Choice;
import io.studycompanion.domain.ExamCatalog;
import java.util.function.Supplier;
import io.studycompanion.domain.ExamVersion;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.SectionWeights;
import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.AttemptItem;
import io.studycompanion.domain.quiz.AttemptResult;
import io.studycompanion.domain.quiz.AttemptSummary;
import io.studycompanion.domain.quiz.BlueprintSampler;
import io.studycompanion.domain.quiz.Confidence;
import io.studycompanion.domain.quiz.QuestionHistory;
import io.studycompanion.domain.quiz.QuestionSelector;
import io.studycompanion.domain.quiz.ScopeCount;
import io.studycompanion.domain.quiz.QuizMode;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.domain.quiz.ReviewSchedule;
import io.studycompanion.domain.quiz.Scoring;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.ReviewRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Quiz sessions: starts practice quizzes, exam simulations and reviews, and stores every answer, flag,
 * confidence and timer change the moment it happens.
 */
public final class QuizService {
    private final Supplier<ExamCatalog> catalog;
    private final QuestionBankService bank;
    private final AttemptRepository attempts;
    private final ReviewRepository reviews;
    private final Clock clock;
    private final Random random;

    public QuizService(Supplier<ExamCatalog> catalog, QuestionBankService bank, AttemptRepository attempts,
                       ReviewRepository reviews, Clock clock, Random random) {
        this.catalog = catalog;
        this.bank = bank;
        this.attempts = attempts;
        this.reviews = reviews;
        this.clock = clock;
        this.random = random;
    }

    /** Every question by id, including imported packs (the bank keeps the one copy). */
    public Map<String, Question> questions() {
        return bank.byId();
    }

    /** Ids of imported questions the content lint flags (see {@link QuestionBankService#flaggedIds()}). */
    public Set<String> flaggedIds() {
        return bank.flaggedIds();
    }

    public ExamVersion exam(String version) {
        return catalog.get().find(version).orElse(catalog.get().defaultExam());
    }

    public ExamVersion defaultExam() {
        return catalog.get().defaultExam();
    }

    public QuestionHistory history() {
        return attempts.history();
    }

    /** The questions in the scope and how many of them were never answered (a practice quiz takes those first). */
    public ScopeCount count(String version, QuizScope scope) {
        return QuestionSelector.count(List.copyOf(questions().values()), version, scope, history());
    }

    public Attempt startPractice(String version, QuizScope scope, int count) {
        var picked = QuestionSelector.select(List.copyOf(questions().values()), version, scope, history(), count, random);
        return start(QuizMode.PRACTICE, version, "Practice · " + scope.label(), picked, Optional.empty());
    }

    /** Questions drawn to the blueprint: section weight × question count, with the exam's time limit. */
    public Attempt startExam(String version) {
        var exam = exam(version);
        var weights = SectionWeights.percents(exam.outline(), exam.metadata());
        var bySection = questions().values().stream()
                .filter(q -> QuestionSelector.sectionOf(q, version) > 0)
                .collect(Collectors.groupingBy(q -> QuestionSelector.sectionOf(q, version)));
        var picked = BlueprintSampler.sample(bySection, weights, exam.metadata().questionCount().value(), history(),
                random);
        return start(QuizMode.EXAM, version, "Exam simulation", picked,
                Optional.of(Duration.ofMinutes(exam.metadata().minutes().value())));
    }

    /** The questions due in the review schedule today (all of them, due first). */
    public Attempt startReview(String version) {
        var picked = reviews.due(LocalDate.now(clock)).stream().map(s -> questions().get(s.questionId()))
                .filter(q -> q != null).toList();
        return start(QuizMode.REVIEW, version, "Due for review", picked, Optional.empty());
    }

    public int dueForReview() {
        return reviews.due(LocalDate.now(clock)).size();
    }

    private Attempt start(QuizMode mode, String version, String title, List<Question> picked, Optional<Duration> limit) {
        var items = new ArrayList<AttemptItem>();
        for (var q : picked) {
            var order = new ArrayList<>(q.choices().stream().map(Choice::id).toList());
            Collections.shuffle(order, random);
            items.add(AttemptItem.unanswered(items.size(), q.id(), order));
        }
        return attempts.create(new Attempt(0, mode, version, title, clock.instant(), limit, Duration.ZERO, items,
                Optional.empty()));
    }

    /**
     * Stores a selection. A complete one (as many choices as the question asks for) is an answer, scored now;
     * in practice and review it also moves the question in the review schedule, in the same transaction. An
     * incomplete or cleared selection is kept for the learner but is no answer.
     *
     * @throws IllegalStateException when the question is no longer in the bank
     */
    public Attempt answer(Attempt attempt, int position, Set<String> selected) {
        var item = attempt.item(position);
        var question = Optional.ofNullable(questions().get(item.questionId()))
                .orElseThrow(() -> new IllegalStateException("This question is no longer in your bank."));
        if (selected.size() != question.choose()) {
            var draft = item.withDraft(selected);
            attempts.saveItem(attempt, draft);
            return attempt.withItem(draft);
        }
        var correct = Scoring.isCorrect(question, selected);
        var updated = item.withAnswer(selected, correct, clock.instant());
        attempts.inOneTransaction("Saving your answer", () -> {
            attempts.saveItem(attempt, updated);
            if (attempt.mode().feedbackAfterEachAnswer()) {
                schedule(question.id(), correct);
            }
            return null;
        });
        return attempt.withItem(updated);
    }

    public Attempt flag(Attempt attempt, int position, boolean flagged) {
        var updated = attempt.item(position).withFlag(flagged);
        attempts.saveItem(attempt, updated);
        return attempt.withItem(updated);
    }

    public Attempt confidence(Attempt attempt, int position, Optional<Confidence> confidence) {
        var updated = attempt.item(position).withConfidence(confidence);
        attempts.saveItem(attempt, updated);
        return attempt.withItem(updated);
    }

    /** Stores the time spent so far, so a restart resumes with the same time left. */
    public Attempt elapsed(Attempt attempt, Duration elapsed) {
        attempts.saveElapsed(attempt, elapsed);
        return attempt.withElapsed(elapsed);
    }

    /**
     * Ends the attempt, in one transaction. An exam's unanswered questions become wrong answers and every
     * question enters the review schedule now, since it had no feedback before; an exam submitted with nothing
     * answered (left to time out) records no answers and is no result. Submitting twice is an error.
     */
    public Attempt submit(Attempt attempt) {
        var now = clock.instant();
        var exam = !attempt.mode().feedbackAfterEachAnswer();
        var evidence = attempt.items().stream().anyMatch(i -> i.answered());
        var items = attempt.items().stream()
                .map(i -> exam && evidence && !i.answered() ? i.skipped(now) : i).toList();
        var done = new Attempt(attempt.id(), attempt.mode(), attempt.examVersion(), attempt.title(),
                attempt.startedAt(), attempt.timeLimit(), attempt.elapsed(), items, Optional.of(now));
        attempts.inOneTransaction("Submitting the quiz", () -> {
            for (int p = 0; p < items.size(); p++) {
                if (items.get(p) != attempt.items().get(p)) {
                    attempts.saveItem(attempt, items.get(p));
                }
            }
            attempts.markSubmitted(attempt, now, attempt.elapsed());
            if (exam && evidence) {
                items.forEach(i -> schedule(i.questionId(), i.right()));
            }
            return null;
        });
        return done;
    }

    public AttemptResult result(Attempt attempt) {
        var exam = exam(attempt.examVersion());
        return Scoring.score(attempt, questions(), exam.outline(), exam.metadata().passMarkPercent().value());
    }

    public Optional<Attempt> unfinished() {
        return attempts.unfinished();
    }

    /** Submitted attempts in brief, newest first. */
    public List<AttemptSummary> pastAttempts() {
        return attempts.summaries();
    }

    /** A stored attempt with its answers. */
    public Optional<Attempt> attempt(long id) {
        return attempts.find(id);
    }

    /** Whether a past attempt's overall result reaches its exam version's pass mark (as {@link #result} says). */
    public boolean passed(AttemptSummary summary) {
        return Scoring.passes(summary.overall(), exam(summary.examVersion()).metadata().passMarkPercent().value());
    }

    /**
     * Leaves an unfinished attempt. An exam simulation is abandoned without a score (its answers never counted).
     * A practice or review keeps the answers that were already checked, and so final, as a finished attempt of
     * those questions; only the unanswered rest goes. With nothing answered the attempt is removed.
     */
    public void discard(Attempt attempt) {
        var answered = attempt.items().stream().anyMatch(i -> i.answered());
        if (!attempt.mode().feedbackAfterEachAnswer() || !answered) {
            attempts.delete(attempt);
            return;
        }
        attempts.finishWithAnswered(attempt, clock.instant());
    }

    private void schedule(String questionId, boolean correct) {
        var today = LocalDate.now(clock);
        reviews.save(questionId, ReviewSchedule.next(reviews.find(questionId), questionId, correct, today));
    }
}
