package io.studycompanion.storage;

import io.studycompanion.domain.quiz.ReviewState;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The review schedule of missed questions. */
public final class ReviewRepository {
    private final Database database;

    public ReviewRepository(Database database) {
        this.database = database;
    }

    public Optional<ReviewState> find(String questionId) {
        return database.query("SELECT * FROM review_state WHERE question_id = ?", "Reading the review schedule",
                ReviewRepository::states, questionId).stream().findFirst();
    }

    /** Stores the new state, or removes the question from the schedule when there is none. */
    public void save(String questionId, Optional<ReviewState> state) {
        if (state.isEmpty()) {
            database.update("DELETE FROM review_state WHERE question_id = ?", "Updating the review schedule", questionId);
            return;
        }
        var s = state.get();
        database.update("INSERT INTO review_state (question_id, box, due_on, last_answered) VALUES (?,?,?,?) "
                        + "ON CONFLICT (question_id) DO UPDATE SET box = excluded.box, due_on = excluded.due_on, "
                        + "last_answered = excluded.last_answered", "Updating the review schedule",
                questionId, s.box(), s.due().toString(), s.lastAnswered().toString());
    }

    /** Questions due on or before the day, earliest first. */
    public List<ReviewState> due(LocalDate today) {
        return database.query("SELECT * FROM review_state WHERE due_on <= ? ORDER BY due_on, question_id",
                "Reading the questions due for review", ReviewRepository::states, today.toString());
    }

    public List<ReviewState> all() {
        return database.query("SELECT * FROM review_state ORDER BY due_on", "Reading the review schedule",
                ReviewRepository::states);
    }

    private static List<ReviewState> states(ResultSet rs) throws SQLException {
        var list = new ArrayList<ReviewState>();
        while (rs.next()) {
            list.add(state(rs));
        }
        return list;
    }

    /** The state on the result set's current row. */
    static ReviewState state(ResultSet rs) throws SQLException {
        return new ReviewState(rs.getString("question_id"), rs.getInt("box"),
                LocalDate.parse(rs.getString("due_on")), LocalDate.parse(rs.getString("last_answered")));
    }
}
