package io.studycompanion.robustness;

import io.studycompanion.content.BackupJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, case 8: a 99 MB backup exhausted a 2 GB heap (read whole, parsed to a tree, copied twice) and printed a
 * raw stack trace. The import now streams row by row inside its transaction: a ~95 MB backup (400,000 answers)
 * imports in a JVM with a 64 MB heap, and a file over the limit is refused in one sentence that names it.
 */
class LargeBackupTest {
    private static final int ATTEMPTS = 20_000;
    private static final int ITEMS = 20;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNearlyFullSizeBackupImportsInA64MbHeapAndALargerOneIsRefusedNamingTheLimit() throws Exception {
        var big = dir.resolve("big.json");
        write(big);
        assertThat(Files.size(big)).isBetween(90L * 1024 * 1024, BackupJson.MAX_BYTES);
        var cli = ChildCli.asThisUser("-Xmx64m");

        var result = cli.run(dir.resolve("work"), "--data-dir", dir.resolve("data").toString(), "import", "backup", big.toString());
        assertThat(result.crashLog()).isFalse();
        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.out()).as(result.toString()).startsWith("restored " + (1 + ATTEMPTS + ATTEMPTS * ITEMS) + " rows");
        FullDiskTest.assertPlain(result, result.toString());
        assertThat(FullDiskTest.answers(dir.resolve("data/study-companion.db"))).isEqualTo(ATTEMPTS * ITEMS);

        var huge = dir.resolve("huge.json");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(BackupJson.MAX_BYTES + 1);
        }
        var refused = cli.run(dir.resolve("work"), "--data-dir", dir.resolve("data").toString(), "import", "backup", huge.toString());
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.errLines()).as(refused.toString()).singleElement().asString()
                .startsWith("error: " + huge).contains("100 MB").contains("Nothing was changed");
        assertThat(FullDiskTest.answers(dir.resolve("data/study-companion.db"))).isEqualTo(ATTEMPTS * ITEMS);
    }

    /** A backup of the app's own format: {@value #ATTEMPTS} practice quizzes of {@value #ITEMS} answers, long titles. */
    private static void write(Path file) throws Exception {
        var title = "Practice · " + "x".repeat(3_400);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\":\"study-companion-backup\",\"schemaVersion\":2,\"exportedAt\":\"2026-01-15T09:30:00Z\",\"tables\":{\n");
            out.write("\"setting\":{\"columns\":[\"name\",\"value\"],\"rows\":[[\"exam.date\",\"2026-03-24\"]]},\n");
            out.write("\"attempt\":{\"columns\":[\"id\",\"mode\",\"exam_version\",\"title\",\"started_at\",\"time_limit_seconds\","
                    + "\"elapsed_ms\",\"submitted_at\"],\"rows\":[\n");
            for (int a = 1; a <= ATTEMPTS; a++) {
                out.write((a > 1 ? ",\n" : "") + "[" + a + ",\"PRACTICE\",\"2025-09-30\",\"" + title
                        + "\",\"2026-01-15T09:30:00Z\",null,0,\"2026-01-15T09:50:00Z\"]");
            }
            out.write("]},\n\"attempt_item\":{\"columns\":[\"attempt_id\",\"position\",\"question_id\",\"choice_order\","
                    + "\"selected\",\"flagged\",\"confidence\",\"answered_at\",\"correct\"],\"rows\":[\n");
            for (int a = 1; a <= ATTEMPTS; a++) {
                for (int p = 0; p < ITEMS; p++) {
                    out.write((a > 1 || p > 0 ? ",\n" : "") + "[" + a + "," + p + ",\"q-" + (a * 31 + p) % 600
                            + "\",\"A,B,C,D\",\"B\",0,null,\"2026-01-15T09:31:00Z\"," + (p % 3 == 0 ? 0 : 1) + "]");
                }
            }
            out.write("]}}}\n");
        }
    }
}
