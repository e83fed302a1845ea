package io.studycompanion.robustness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, case 4, through the real command line: the start-up backup ran beside the verb and held the state
 * before it, so after the first {@code import backup} into a new folder the only backup was empty, and damage the
 * same day "restored" an empty database (60 answers gone from view). Now the start-up copy is made before the
 * verb writes, the imported state gets a copy of its own, and {@code backups list} shows both with their answers.
 */
class BackupsHoldTheDataTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void afterAnImportADamagedDatabaseComesBackWithTheImportedAnswers() throws Exception {
        var data = dir.resolve("data").toString();
        var cli = ChildCli.asThisUser();
        var fixture = Path.of("src/test/resources/backups/schema-2.json").toAbsolutePath().toString();
        var imported = cli.run(dir.resolve("work"), "--data-dir", data, "import", "backup", fixture);
        assertThat(imported.exit()).as(imported.toString()).isZero();

        var list = cli.run(dir.resolve("work"), "--data-dir", data, "backups", "list");
        assertThat(list.exit()).as(list.toString()).isZero();
        var lines = list.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("date,kind,answers,file");
        assertThat(lines.get(1)).as("newest first: the imported state").contains(",after-import,60,study-companion-000002-");
        assertThat(lines.get(2)).as("the start-up copy, made before the import wrote").contains(",daily,0,study-companion-000001-");
        assertThat(lines.get(3)).isEqualTo("2 backups");

        try (var raf = new RandomAccessFile(dir.resolve("data/study-companion.db").toFile(), "rw")) {
            raf.write("garbage where the SQLite header was".getBytes());
        }
        Files.deleteIfExists(dir.resolve("data/study-companion.db-wal"));
        var export = dir.resolve("after-damage.json");
        var recovered = cli.run(dir.resolve("work"), "--data-dir", data, "export", "json", "--out", export.toString());
        assertThat(recovered.exit()).as(recovered.toString()).isZero();
        assertThat(recovered.err()).contains("note: Your database was damaged").contains("was restored");
        assertThat(FullDiskTest.answers(dir.resolve("data/study-companion.db"))).as("the imported answers are back").isEqualTo(60);
    }
}
