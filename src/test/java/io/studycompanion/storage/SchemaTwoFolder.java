package io.studycompanion.storage;

import io.studycompanion.content.BackupJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: a data folder as an app of database schema 2 left it, holding the schema-2 backup fixture's data. */
public final class SchemaTwoFolder {
    private SchemaTwoFolder() {
    }

    public static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        var schema2 = new Migrations(Migrations.bundled().scripts().subList(0, 2));
        try (var db = Database.open(folder.resolve(Database.FILE_NAME), schema2, d -> { })) {
            new BackupRepository(db).restore(sink -> {
                try (var in = Files.newInputStream(Path.of("src/test/resources/backups/schema-2.json"))) {
                    new BackupJson().read(in, "schema-2.json", sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
