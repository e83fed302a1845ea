package io.studycompanion.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The numbered SQL files {@code migrations/001.sql, 002.sql, ...} shipped beside this class. */
final class Migrations {
    private Migrations() {
    }

    /** Scripts in order; script i (0-based) upgrades the schema from version i to i + 1. */
    static List<String> load() {
        var scripts = new ArrayList<String>();
        for (int n = 1; ; n++) {
            var name = String.format("migrations/%03d.sql", n);
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    return List.copyOf(scripts);
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StorageException("Could not read the built-in migration " + name, e);
            }
        }
    }

    /** Splits a script into statements; migrations hold no semicolons inside literals or triggers. */
    static List<String> statements(String script) {
        var result = new ArrayList<String>();
        var withoutComments = script.replaceAll("(?m)--.*$", "");
        for (var part : withoutComments.split(";")) {
            if (!part.isBlank()) {
                result.add(part.strip());
            }
        }
        return result;
    }
}
