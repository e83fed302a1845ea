package io.studycompanion.storage;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveProgress;
import io.studycompanion.domain.ObjectiveStatus;

import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Persists the learner's checklist records, one row per objective touched. */
public final class ObjectiveProgressRepository {
    private static final String UPSERT = """
            INSERT INTO objective_progress (objective_id, ticked, status, note, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (objective_id) DO UPDATE SET
                ticked = excluded.ticked, status = excluded.status,
                note = excluded.note, updated_at = excluded.updated_at""";

    private final Database database;
    private final Clock clock;

    public ObjectiveProgressRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every stored record whose objective id belongs to the given outline version. */
    public Map<ObjectiveId, ObjectiveProgress> findByVersion(String version) {
        var sql = "SELECT objective_id, ticked, status, note FROM objective_progress WHERE objective_id LIKE ? ESCAPE '\\'";
        var result = new HashMap<ObjectiveId, ObjectiveProgress>();
        try (var ps = database.connection().prepareStatement(sql)) {
            ps.setString(1, version.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%");
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    var id = ObjectiveId.parse(rs.getString(1));
                    result.put(id, new ObjectiveProgress(id, rs.getInt(2) == 1,
                            ObjectiveStatus.valueOf(rs.getString(3)), rs.getString(4)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StorageException("Reading your checklist from " + database.file() + " failed: " + e.getMessage(), e);
        }
    }

    /** The stored record, or an untouched one when the objective was never changed. */
    public ObjectiveProgress find(ObjectiveId id) {
        var sql = "SELECT ticked, status, note FROM objective_progress WHERE objective_id = ?";
        try (var ps = database.connection().prepareStatement(sql)) {
            ps.setString(1, id.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next()
                        ? new ObjectiveProgress(id, rs.getInt(1) == 1, ObjectiveStatus.valueOf(rs.getString(2)), rs.getString(3))
                        : ObjectiveProgress.untouched(id);
            }
        } catch (SQLException e) {
            throw new StorageException("Reading objective " + id + " from " + database.file() + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes the record at once (autocommit). */
    public void save(ObjectiveProgress progress) {
        try (var ps = database.connection().prepareStatement(UPSERT)) {
            ps.setString(1, progress.objectiveId().toString());
            ps.setInt(2, progress.ticked() ? 1 : 0);
            ps.setString(3, progress.status().name());
            ps.setString(4, progress.note());
            ps.setString(5, clock.instant().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Saving your checklist change to " + database.file() + " failed: "
                    + e.getMessage() + ". The change was not saved.", e);
        }
    }
}
