package io.studycompanion.storage;

import io.studycompanion.domain.quiz.AnsweredQuestion;
import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.AttemptItem;
import io.studycompanion.domain.quiz.AttemptSummary;
import io.studycompanion.domain.quiz.QuizMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer history the readiness model reads: every final answer, oldest first, with its attempt's mode. */
class AttemptRepositoryFinalAnswersTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    @TempDir
    Path dir;
    private Database db;
    private AttemptRepository repository;

    @BeforeEach
    void open() {
        db = Database.openIn(dir);
        repository = new AttemptRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void chronologicalAcrossAttemptsWithModesAndWithoutAnUnsubmittedExam() {
        // Stored out of time order: the later practice first; times with and without fractions of a second
        // (ISO text order would put "…:00.5Z" before "…:00Z").
        var practice = attempt(QuizMode.PRACTICE, "q-1", "q-2");
        answer(practice, 0, T0.plusSeconds(60), true);
        answer(practice, 1, T0.plusMillis(500), false);
        var exam = attempt(QuizMode.EXAM, "q-3");
        answer(exam, 0, T0, true);
        repository.markSubmitted(exam, T0.plusSeconds(120), Duration.ofMinutes(2));
        var review = attempt(QuizMode.REVIEW, "q-4", "q-5");
        answer(review, 0, T0.plusSeconds(30), false);   // q-5 left unanswered: not an answer
        var openExam = attempt(QuizMode.EXAM, "q-6");
        answer(openExam, 0, T0.plusSeconds(10), true);   // exam not submitted yet: not counted

        assertThat(repository.finalAnswers()).containsExactly(
                new AnsweredQuestion("q-3", true, T0, QuizMode.EXAM),
                new AnsweredQuestion("q-2", false, T0.plusMillis(500), QuizMode.PRACTICE),
                new AnsweredQuestion("q-4", false, T0.plusSeconds(30), QuizMode.REVIEW),
                new AnsweredQuestion("q-1", true, T0.plusSeconds(60), QuizMode.PRACTICE));
    }

    @Test
    void anAnswerMarkedAsAGuessSaysSo() {
        var practice = attempt(QuizMode.PRACTICE, "q-1", "q-2", "q-3");
        answer(practice, 0, T0, true);
        var guessed = practice.items().get(1).withAnswer(Set.of("A"), true, T0.plusSeconds(1))
                .withConfidence(Optional.of(io.studycompanion.domain.quiz.Confidence.GUESS));
        repository.saveItem(practice, guessed);
        var unsure = practice.items().get(2).withAnswer(Set.of("A"), false, T0.plusSeconds(2))
                .withConfidence(Optional.of(io.studycompanion.domain.quiz.Confidence.UNSURE));
        repository.saveItem(practice, unsure);

        assertThat(repository.finalAnswers()).containsExactly(
                new AnsweredQuestion("q-1", true, T0, QuizMode.PRACTICE, false),
                new AnsweredQuestion("q-2", true, T0.plusSeconds(1), QuizMode.PRACTICE, true),
                new AnsweredQuestion("q-3", false, T0.plusSeconds(2), QuizMode.PRACTICE, false));
    }

    @Test
    void noAnswersNoHistory() {
        attempt(QuizMode.PRACTICE, "q-1");
        assertThat(repository.finalAnswers()).isEmpty();
    }

    @Test
    void pastQuizzesInBriefCountAsScoringDoesNewestFirstAndOnlySubmitted() {
        var practice = attempt(QuizMode.PRACTICE, "q-1", "q-2", "q-3");
        answer(practice, 0, T0, true);
        answer(practice, 1, T0.plusSeconds(1), false);
        answer(practice, 2, T0.plusSeconds(2), true);
        repository.markSubmitted(practice, T0.plusSeconds(3), Duration.ofMinutes(1));
        var exam = attempt(QuizMode.EXAM, "q-4", "q-5", "q-6", "q-7");
        answer(exam, 1, T0.plusSeconds(10), true);   // three left unanswered: wrong, as Scoring counts them
        repository.markSubmitted(exam, T0.plusSeconds(20), Duration.ofMinutes(2));
        var empty = attempt(QuizMode.EXAM, "q-8");
        repository.markSubmitted(empty, T0.plusSeconds(30), Duration.ofMinutes(3));
        attempt(QuizMode.PRACTICE, "q-9");           // never submitted: not a past quiz

        var summaries = repository.summaries();
        assertThat(summaries).extracting(AttemptSummary::id).containsExactly(empty.id(), exam.id(), practice.id());
        assertThat(summaries).extracting(AttemptSummary::mode).containsExactly(QuizMode.EXAM, QuizMode.EXAM, QuizMode.PRACTICE);
        assertThat(summaries.get(1).submittedAt()).isEqualTo(T0.plusSeconds(20));
        for (var summary : summaries) {
            var full = repository.find(summary.id()).orElseThrow();
            var scored = io.studycompanion.domain.quiz.Scoring.score(full, java.util.Map.of(),
                    new io.studycompanion.domain.Outline("t", "2025-09-30", Optional.empty(), Optional.empty(), List.of()), 70);
            assertThat(summary.overall()).as("attempt " + summary.id()).isEqualTo(scored.overall());
        }
        assertThat(summaries).extracting(s -> s.correct() + "/" + s.total()).containsExactly("0/1", "1/4", "2/3");
    }

    @Test
    void aQuestionIsFlaggedWhenItsLatestFlagIsNotFollowedByAnUnflaggedAnswer() {
        // Random histories, checked against replaying every item in order: a flag adds the question, an answer
        // without a flag removes it, an untouched item changes nothing.
        var random = new java.util.Random(11);
        for (int round = 0; round < 30; round++) {
            db.update("DELETE FROM attempt", "test");
            var expected = new java.util.HashSet<String>();
            for (int a = 0; a < 6; a++) {
                var questions = new String[4 + random.nextInt(4)];
                for (int i = 0; i < questions.length; i++) {
                    questions[i] = "q-" + random.nextInt(6);
                }
                var attempt = attempt(random.nextBoolean() ? QuizMode.PRACTICE : QuizMode.EXAM, questions);
                for (var item : attempt.items()) {
                    boolean flag = random.nextInt(3) == 0;
                    boolean answered = random.nextBoolean();
                    var changed = answered ? item.withAnswer(Set.of("A"), random.nextBoolean(), T0) : item;
                    repository.saveItem(attempt, changed.withFlag(flag));
                    if (flag) {
                        expected.add(item.questionId());
                    } else if (answered) {
                        expected.remove(item.questionId());
                    }
                }
            }
            assertThat(repository.history().flagged()).as("round " + round).isEqualTo(expected);
        }
    }

    private Attempt attempt(QuizMode mode, String... questions) {
        var items = new java.util.ArrayList<AttemptItem>();
        for (int i = 0; i < questions.length; i++) {
            items.add(AttemptItem.unanswered(i, questions[i], List.of("A", "B")));
        }
        return repository.create(new Attempt(0, mode, "2025-09-30", mode.name(), T0.minusSeconds(600),
                Optional.empty(), Duration.ZERO, items, Optional.empty()));
    }

    private void answer(Attempt attempt, int position, Instant at, boolean correct) {
        var item = attempt.items().get(position).withAnswer(Set.of("A"), correct, at);
        repository.saveItem(attempt, item);
    }
}
