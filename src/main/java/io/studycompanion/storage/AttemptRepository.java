package io.studycompanion.storage;

import io.studycompanion.domain.quiz.AnsweredQuestion;
import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.AttemptTally;
import io.studycompanion.domain.quiz.AttemptItem;
import io.studycompanion.domain.quiz.AttemptSummary;
import io.studycompanion.domain.quiz.Confidence;
import io.studycompanion.domain.quiz.QuestionHistory;
import io.studycompanion.domain.quiz.QuizMode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Attempts and their answers. Every change is written the moment it happens (one statement, or one
 * transaction opened by the service), so a killed process loses nothing that was acknowledged. Writes to an
 * attempt name the row they expect and fail when it is not there.
 */
public final class AttemptRepository {
    private final Database database;

    public AttemptRepository(Database database) {
        this.database = database;
    }

    /**
     * Runs repository calls (of this and of the repositories on the same database) as one transaction: the
     * answer and its review schedule, the submission and the schedule of every question, are stored together.
     */
    public <T> T inOneTransaction(String what, java.util.function.Supplier<T> work) {
        return database.transaction(what, work);
    }

    /** Stores a new attempt with its questions and choice order in one transaction; returns it with its id. */
    public Attempt create(Attempt attempt) {
        var sql = "INSERT INTO attempt (mode, exam_version, title, started_at, time_limit_seconds, elapsed_ms) VALUES (?,?,?,?,?,?)";
        return database.inTransaction(c -> {
            long id;
            try (var ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, attempt.mode().name());
                ps.setString(2, attempt.examVersion());
                ps.setString(3, attempt.title());
                ps.setString(4, attempt.startedAt().toString());
                ps.setObject(5, attempt.timeLimit().map(Duration::toSeconds).orElse(null));
                ps.setLong(6, attempt.elapsed().toMillis());
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (var ps = c.prepareStatement("INSERT INTO attempt_item (attempt_id, position, question_id, choice_order) VALUES (?,?,?,?)")) {
                for (var item : attempt.items()) {
                    ps.setLong(1, id);
                    ps.setInt(2, item.position());
                    ps.setString(3, item.questionId());
                    ps.setString(4, String.join(",", item.choiceOrder()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return new Attempt(id, attempt.mode(), attempt.examVersion(), attempt.title(), attempt.startedAt(),
                    attempt.timeLimit(), attempt.elapsed(), attempt.items(), attempt.submittedAt());
        }, "Starting the quiz");
    }

    /** A write that found no row: the quiz it was meant for is not in the data any more (or is finished). */
    private static final String GONE = "This quiz is no longer in your data (a backup was restored or it was "
            + "finished elsewhere), so the change was not saved.";
    /**
     * The attempt a write expects (parameters: its id and start): same id, same start, still open. The start is
     * compared with julianday, which reads stored times with and without fractions of a second alike.
     */
    private static final String OPEN = "id = ? AND julianday(started_at) = julianday(?) AND submitted_at IS NULL";

    /**
     * Saves one item's selection, answer, flag and confidence, into the open attempt it belongs to and nowhere
     * else: the row must still hold the same question of the same, unsubmitted attempt.
     *
     * @throws StorageException when no such row exists (e.g. the data was replaced by a backup meanwhile)
     */
    public void saveItem(Attempt attempt, AttemptItem item) {
        var sql = "UPDATE attempt_item SET selected = ?, flagged = ?, confidence = ?, answered_at = ?, correct = ? "
                + "WHERE attempt_id = ? AND position = ? AND question_id = ? "
                + "AND EXISTS (SELECT 1 FROM attempt WHERE " + OPEN + ")";
        expectOne(database.update(sql, "Saving your answer", String.join(",", new TreeSet<>(item.selected())),
                item.flagged() ? 1 : 0, item.confidence().map(Enum::name).orElse(null),
                item.answeredAt().map(Instant::toString).orElse(null),
                item.correct().map(b -> b ? 1 : 0).orElse(null), attempt.id(), item.position(), item.questionId(),
                attempt.id(), attempt.startedAt().toString()));
    }

    /** Saves the time spent on the open attempt. */
    public void saveElapsed(Attempt attempt, Duration elapsed) {
        expectOne(database.update("UPDATE attempt SET elapsed_ms = ? WHERE " + OPEN, "Saving the timer",
                elapsed.toMillis(), attempt.id(), attempt.startedAt().toString()));
    }

    /** Marks the open attempt submitted; a second submission, or one into replaced data, is an error. */
    public void markSubmitted(Attempt attempt, Instant when, Duration elapsed) {
        expectOne(database.update("UPDATE attempt SET submitted_at = ?, elapsed_ms = ? WHERE " + OPEN,
                "Submitting the quiz", when.toString(), elapsed.toMillis(), attempt.id(), attempt.startedAt().toString()));
    }

    /**
     * Finishes the open attempt with only its answered questions, numbered 0, 1, 2, … in their order: the
     * unanswered rest is removed, in one transaction with the submission (which fails if the attempt is gone).
     */
    public void finishWithAnswered(Attempt attempt, Instant when) {
        database.transaction("Keeping your answers", () -> {
            markSubmitted(attempt, when, attempt.elapsed());
            database.update("DELETE FROM attempt_item WHERE attempt_id = ? AND correct IS NULL", "Keeping your answers",
                    attempt.id());
            int next = 0;
            for (var item : attempt.items()) {
                if (item.correct().isPresent()) {
                    database.update("UPDATE attempt_item SET position = ? WHERE attempt_id = ? AND position = ?",
                            "Keeping your answers", next++, attempt.id(), item.position());
                }
            }
            return null;
        });
    }

    private static void expectOne(int changed) {
        if (changed != 1) {
            throw new StorageException(GONE);
        }
    }

    public Optional<Attempt> find(long id) {
        return database.query("SELECT * FROM attempt WHERE id = ?", "Reading the quiz", this::attempts, id)
                .stream().findFirst();
    }

    /** The most recent attempt that was started but never submitted, if any. */
    public Optional<Attempt> unfinished() {
        return database.query("SELECT * FROM attempt WHERE submitted_at IS NULL ORDER BY id DESC LIMIT 1",
                "Looking for an unfinished quiz", this::attempts).stream().findFirst();
    }

    /**
     * Submitted attempts of one mode in brief, oldest first, counted in one query from the stored per-answer
     * results (which {@code Scoring} computed when each answer was given). An attempt submitted with nothing
     * answered (an exam left to time out) is no result and is left out.
     */
    public List<AttemptTally> tallies(QuizMode mode) {
        return database.query("SELECT a.id, a.submitted_at, a.elapsed_ms, COUNT(i.position), SUM(COALESCE(i.correct, 0)) "
                        + "FROM attempt a JOIN attempt_item i ON i.attempt_id = a.id "
                        + "WHERE a.submitted_at IS NOT NULL AND a.mode = ? GROUP BY a.id "
                        + "HAVING SUM(CASE WHEN i.selected <> '' THEN 1 ELSE 0 END) > 0 ORDER BY a.id",
                "Reading past quizzes", rs -> {
                    var list = new ArrayList<AttemptTally>();
                    while (rs.next()) {
                        list.add(new AttemptTally(rs.getLong(1), Instant.parse(rs.getString(2)),
                                Duration.ofMillis(rs.getLong(3)), rs.getInt(4), rs.getInt(5)));
                    }
                    return list;
                }, mode.name());
    }

    /** Submitted attempts of one mode, oldest first (the exam-simulation history reads only these). */
    public List<Attempt> submitted(QuizMode mode) {
        return database.query("SELECT * FROM attempt WHERE submitted_at IS NOT NULL AND mode = ? ORDER BY id",
                "Reading past quizzes", this::attempts, mode.name());
    }

    /**
     * Submitted attempts in brief, newest first: one aggregate query (reading every attempt with its answers took
     * 0.3–1.2 s at 2,000 attempts and 100,000 answers).
     */
    public List<AttemptSummary> summaries() {
        return database.query("SELECT a.id, a.mode, a.exam_version, a.title, a.submitted_at, COUNT(i.position), "
                        + "COALESCE(SUM(i.correct), 0) FROM attempt a LEFT JOIN attempt_item i ON i.attempt_id = a.id "
                        + "WHERE a.submitted_at IS NOT NULL GROUP BY a.id ORDER BY a.id DESC",
                "Reading past quizzes", rs -> {
                    var list = new ArrayList<AttemptSummary>();
                    while (rs.next()) {
                        list.add(new AttemptSummary(rs.getLong(1), QuizMode.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), Instant.parse(rs.getString(5)), rs.getInt(7), rs.getInt(6)));
                    }
                    return list;
                });
    }

    /** Submitted attempts, newest first. */
    public List<Attempt> submitted() {
        return database.query("SELECT * FROM attempt WHERE submitted_at IS NOT NULL ORDER BY id DESC",
                "Reading past quizzes", this::attempts);
    }

    /** Every attempt, oldest first. */
    public List<Attempt> all() {
        return database.query("SELECT * FROM attempt ORDER BY id", "Reading your quizzes", this::attempts);
    }

    /** Last answer per question and the questions flagged in their latest attempt. */
    public QuestionHistory history() {
        // Right or wrong comes from the one query of final answers (as readiness and the trend read them), so a
        // running or abandoned exam never shows as "missed before" or "seen"; the latest answer wins.
        var last = new HashMap<String, Boolean>();
        finalAnswers().forEach(a -> last.put(a.questionId(), a.correct()));
        // A question is flagged when its latest flagged item (by attempt, then position) has no later item that
        // answered it without a flag. Asked of SQLite, which finds the later items by the question index: reading
        // every item in order and replaying the flags took about 45 ms at 100,000 answers.
        var flagged = new HashSet<String>(database.query("SELECT question_id FROM attempt_item i WHERE flagged = 1 "
                        + "AND NOT EXISTS (SELECT 1 FROM attempt_item j WHERE j.question_id = i.question_id "
                        + "AND j.flagged = 0 AND j.correct IS NOT NULL "
                        + "AND (j.attempt_id > i.attempt_id OR (j.attempt_id = i.attempt_id AND j.position > i.position)))",
                "Reading your flags", rs -> {
                    var ids = new ArrayList<String>();
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                    return ids;
                }));
        return new QuestionHistory(last, flagged);
    }

    /**
     * Every final answer, oldest first: practice and review answers (locked once checked) and the answers of
     * submitted exams. Answers in an exam still running can change, so they are left out.
     */
    public List<AnsweredQuestion> finalAnswers() {
        // The hot path of the dashboard (100,000 answers: see packaging/bench-hotpaths.sh). Times come as epoch
        // milliseconds from a column SQLite stores with each row (migration 003; parsing the ISO text on every
        // load, in Java or in SQLite, was most of the cost). Which attempts count (all but unsubmitted exam
        // simulations) and their modes come from one small query, so the answers are read without a join; each
        // column read is a native call, so right (1), marked as a guess (2) and the attempt (times 4) come folded
        // into one. Rows come in storage order (nearly chronological) and are sorted here, which costs less than
        // SQLite sorting the whole table.
        var counted = database.query("SELECT id, mode FROM attempt WHERE mode <> 'EXAM' OR submitted_at IS NOT NULL",
                "Reading your answers", rs -> {
                    var modes = new HashMap<Long, QuizMode>();
                    while (rs.next()) {
                        modes.put(rs.getLong(1), QuizMode.valueOf(rs.getString(2)));
                    }
                    return List.of(modes);
                }).get(0);
        return database.query("SELECT question_id, correct + 2 * (confidence IS 'GUESS') + 4 * attempt_id, answered_ms "
                + "FROM attempt_item WHERE correct IS NOT NULL AND answered_at IS NOT NULL",
                "Reading your answers", rs -> {
                    var list = new ArrayList<AnsweredQuestion>();
                    while (rs.next()) {
                        long folded = rs.getLong(2);
                        var mode = counted.get(folded >> 2);
                        if (mode != null) {
                            list.add(new AnsweredQuestion(rs.getString(1), (folded & 1) == 1,
                                    Instant.ofEpochMilli(rs.getLong(3)), mode, (folded & 2) != 0));
                        }
                    }
                    list.sort(Comparator.comparing(AnsweredQuestion::at));
                    return list;
                });
    }

    /** Deletes the open attempt with its answers. */
    public void delete(Attempt attempt) {
        database.update("DELETE FROM attempt WHERE " + OPEN, "Deleting the quiz", attempt.id(),
                attempt.startedAt().toString());
    }

    private List<Attempt> attempts(ResultSet rs) throws SQLException {
        var result = new ArrayList<Attempt>();
        while (rs.next()) {
            result.add(attempt(rs));
        }
        return result.stream().map(a -> withItems(a)).toList();
    }

    /** The attempt on the result set's current row, without its items. */
    static Attempt attempt(ResultSet rs) throws SQLException {
        var limit = rs.getObject("time_limit_seconds") == null ? Optional.<Duration>empty()
                : Optional.of(Duration.ofSeconds(rs.getLong("time_limit_seconds")));
        var submitted = Optional.ofNullable(rs.getString("submitted_at")).map(Instant::parse);
        return new Attempt(rs.getLong("id"), QuizMode.valueOf(rs.getString("mode")), rs.getString("exam_version"),
                rs.getString("title"), Instant.parse(rs.getString("started_at")), limit,
                Duration.ofMillis(rs.getLong("elapsed_ms")), List.of(), submitted);
    }

    private Attempt withItems(Attempt a) {
        var items = database.query("SELECT * FROM attempt_item WHERE attempt_id = ? ORDER BY position",
                "Reading the quiz's answers", AttemptRepository::items, a.id());
        return new Attempt(a.id(), a.mode(), a.examVersion(), a.title(), a.startedAt(), a.timeLimit(), a.elapsed(),
                items, a.submittedAt());
    }

    private static List<AttemptItem> items(ResultSet rs) throws SQLException {
        var items = new ArrayList<AttemptItem>();
        while (rs.next()) {
            items.add(item(rs));
        }
        return items;
    }

    /** The item on the result set's current row. */
    static AttemptItem item(ResultSet rs) throws SQLException {
        var selected = rs.getString("selected");
        return new AttemptItem(rs.getInt("position"), rs.getString("question_id"),
                Arrays.asList(rs.getString("choice_order").split(",")),
                selected.isEmpty() ? Set.of() : Set.of(selected.split(",")), rs.getInt("flagged") == 1,
                Optional.ofNullable(rs.getString("confidence")).map(Confidence::valueOf),
                Optional.ofNullable(rs.getString("answered_at")).map(Instant::parse),
                rs.getObject("correct") == null ? Optional.empty() : Optional.of(rs.getInt("correct") == 1));
    }
}
