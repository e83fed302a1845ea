package io.studycompanion.storage;

import java.sql.SQLException;
import java.util.Optional;

/** Named settings (theme, font size, window bounds, chosen exam version) as text values. */
public final class SettingRepository {
    private final Database database;

    public SettingRepository(Database database) {
        this.database = database;
    }

    public Optional<String> find(String name) {
        try (var ps = database.connection().prepareStatement("SELECT value FROM setting WHERE name = ?")) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("Reading the setting '" + name + "' failed: " + e.getMessage(), e);
        }
    }

    public void save(String name, String value) {
        var sql = "INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value";
        try (var ps = database.connection().prepareStatement(sql)) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Saving the setting '" + name + "' failed: " + e.getMessage(), e);
        }
    }
}
