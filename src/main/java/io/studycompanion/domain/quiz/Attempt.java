package io.studycompanion.domain.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A quiz being taken or taken before: which questions in which order, the answers, and the clock.
 *
 * @param elapsed   time spent so far (stored as it runs, so a restart resumes with the same time left)
 * @param timeLimit set for exam simulations
 */
public record Attempt(long id, QuizMode mode, String examVersion, String title, Instant startedAt,
                      Optional<Duration> timeLimit, Duration elapsed, List<AttemptItem> items,
                      Optional<Instant> submittedAt) {
    public Attempt {
        items = List.copyOf(items);
    }

    public boolean submitted() {
        return submittedAt.isPresent();
    }

    public Optional<Duration> remaining() {
        return timeLimit.map(limit -> {
            var left = limit.minus(elapsed);
            return left.isNegative() ? Duration.ZERO : left;
        });
    }

    public AttemptItem item(int position) {
        return items.get(position);
    }

    public Attempt withItem(AttemptItem item) {
        var copy = new ArrayList<>(items);
        copy.set(item.position(), item);
        return new Attempt(id, mode, examVersion, title, startedAt, timeLimit, elapsed, copy, submittedAt);
    }

    public Attempt withElapsed(Duration value) {
        return new Attempt(id, mode, examVersion, title, startedAt, timeLimit, value, items, submittedAt);
    }

    public Attempt submittedAt(Instant when) {
        return new Attempt(id, mode, examVersion, title, startedAt, timeLimit, elapsed, items, Optional.of(when));
    }

    public long answeredCount() {
        return items.stream().filter(AttemptItem::answered).count();
    }

    public List<Integer> unansweredPositions() {
        return items.stream().filter(i -> !i.answered()).map(AttemptItem::position).toList();
    }

    public List<Integer> flaggedPositions() {
        return items.stream().filter(AttemptItem::flagged).map(AttemptItem::position).toList();
    }
}
