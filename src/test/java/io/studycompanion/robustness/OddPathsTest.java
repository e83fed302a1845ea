package io.studycompanion.robustness;

import io.studycompanion.App;
import io.studycompanion.domain.ChecklistFilter;
import io.studycompanion.domain.ObjectiveId;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data folders whose names hold characters that mean something in a URL or in SQL: backups are made, a damaged
 * database is recovered from them, and nothing is written outside the folder. (Issue 21, cases 2 and 3: with
 * '?', '#' or '%' the backup check opened another file; with an apostrophe no backup was ever made.)
 */
class OddPathsTest {
    @TempDir
    Path parent;

    @ParameterizedTest
    @ValueSource(strings = {"Tom's notes", "what? now", "tag #1", "100% ready", "a?cache=shared&mode=memory",
            "x#y%41z", "Ünïcode é ü", "all !\"#$%&'()*+,-.:;<=>?@[\\]^_`{|}~ of it"})
    void backupsAreMadeAndADamagedDatabaseIsRecoveredFromThem(String name) throws Exception {
        var folder = parent.resolve(name);
        var ticked = ObjectiveId.parse("2025-09-30:1.1.1");
        try (var app = App.open(folder, Clock.systemUTC())) {
            app.progress().setTicked(ticked, true);
            app.uiServices().safety().backupNow();
            assertThat(app.uiServices().safety().backups()).as("a backup was made").isNotEmpty();
        }
        try (var raf = new RandomAccessFile(folder.resolve("study-companion.db").toFile(), "rw")) {
            raf.write("garbage where the SQLite header was".getBytes());
        }
        Files.deleteIfExists(folder.resolve("study-companion.db-wal"));

        try (var app = App.open(folder, Clock.systemUTC())) {
            assertThat(app.notices()).anySatisfy(n -> assertThat(n).contains("was restored"));
            var checklist = app.progress().checklist("2025-09-30", ChecklistFilter.NONE);
            assertThat(checklist.overall().ticked()).as("the tick came back with the backup").isEqualTo(1);
        }
        try (Stream<Path> beside = Files.list(parent)) {
            assertThat(beside.map(p -> p.getFileName().toString())).as("nothing written beside the folder")
                    .containsExactly(name);
        }
    }
}
