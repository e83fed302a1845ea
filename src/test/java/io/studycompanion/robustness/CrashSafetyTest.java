package io.studycompanion.robustness;

import io.studycompanion.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety (issue: "a harness kills the app process (SIGKILL) at random moments during a scripted quiz, at
 * least 50 times; after each kill the database passes PRAGMA integrity_check and every answer the app had
 * acknowledged is present").
 *
 * <p>Each round launches {@link QuizDriver} in its own JVM on the same data folder (so later rounds resume the
 * exam an earlier one was killed in), waits until it has acknowledged a random 5–50 answers and then a random
 * 0–300 ms more (in some rounds a random moment of start-up instead: JVM start, migrations, opening or creating the
 * exam), and kills it with SIGKILL. Counting acknowledgements rather than milliseconds keeps the rounds answering
 * however slow the machine is (a busy machine once left the time-based rounds with 116 answers in all).
 * Then it opens the SQLite file read-only and checks:
 * <ul>
 *   <li>{@code PRAGMA integrity_check} is {@code ok};</li>
 *   <li>every item of every attempt holds the state of its last acknowledged write (answer, flag, confidence),
 *       or the state of the one write that was in flight at the kill (a {@code WILL} without its {@code ACK}),
 *       and nothing else: a lost acknowledged answer is "missing", a state nobody asked for "unexpected";</li>
 *   <li>every attempt's timer and submission match its last acknowledged write the same way.</li>
 * </ul>
 * The check is cumulative over all rounds: an answer acknowledged in round 3 must still be there after round 50.
 * Figures are printed and written to {@code target/crash-safety.md}. {@code -Drobustness.crash.kills=N} and
 * {@code -Drobustness.crash.seed=S} change the number of kills (default 52) and the seed.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("robustness.crash.kills", 52);
    private static final long SEED = Long.getLong("robustness.crash.seed", 20_251_121L);
    private static final int EARLY_KILL_PERCENT = 15;
    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
    private static final String INITIAL = "- 0 -";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killedAtRandomMomentsTheDatabaseStaysSoundAndKeepsEveryAcknowledgedAnswer() throws Exception {
        var data = dir.resolve("data");
        var random = new Random(SEED);
        var model = new Model();
        var figures = new Figures();
        long started = System.nanoTime();
        for (int round = 1; round <= KILLS; round++) {
            var driver = Driver.launch(data, random.nextLong(), dir.resolve("logs"), round);
            boolean early = random.nextInt(100) < EARLY_KILL_PERCENT;
            long delay;
            int exit;
            try {
                if (early) {
                    delay = random.nextInt(900);
                    driver.sleepUntil(driver.launchedAt + TimeUnit.MILLISECONDS.toNanos(delay));
                    figures.earlyKills++;
                } else {
                    assertThat(driver.began.await(30, TimeUnit.SECONDS))
                            .as("round %d: the driver began an exam within 30 s%s", round, driver.stderrTail()).isTrue();
                    int answers = 5 + random.nextInt(46);
                    delay = random.nextInt(301);
                    driver.awaitAcks(answers, TimeUnit.SECONDS.toNanos(30));
                    Thread.sleep(delay);
                }
                assertThat(driver.process.isAlive()).as("round %d: the driver was still running when the kill came%s",
                        round, driver.stderrTail()).isTrue();
            } finally {
                exit = driver.kill();
            }
            figures.kill(exit, delay, early);
            assertThat(exit).as("round %d: exit code of a SIGKILLed JVM", round).isEqualTo(137);

            var lines = driver.lines();
            figures.partialLines += driver.partialLine ? 1 : 0;
            model.apply(lines, figures);
            var check = model.verify(data.resolve(Database.FILE_NAME), figures);
            figures.rounds.add(String.format(Locale.ROOT, "| %d | %s %d ms | %d | %d | %d | %s | %s |", round,
                    early ? "launch +" : "answering +", delay, check.answerAcks, check.answersVerified, check.inFlight,
                    check.integrity, check.problems.isEmpty() ? "ok" : check.problems.size() + " problems, first: "
                            + check.problems.get(0)));
            if (!check.problems.isEmpty() && figures.firstProblems.isEmpty()) {
                figures.firstProblems.addAll(check.problems.subList(0, Math.min(10, check.problems.size())));
                keepForInspection(data, dir.resolve("logs"), round);
            }
        }
        figures.seconds = (System.nanoTime() - started) / 1e9;
        var report = figures.report();
        System.out.print(report);
        Files.createDirectories(TARGET);
        Files.writeString(TARGET.resolve("crash-safety.md"), report);

        assertThat(figures.kills).isGreaterThanOrEqualTo(Math.min(50, KILLS));
        assertThat(figures.integrityFailures).as("integrity failures").isZero();
        assertThat(figures.missingAnswers).as("acknowledged answers missing: " + figures.firstProblems).isZero();
        assertThat(figures.otherLost).as("other acknowledged writes lost: " + figures.firstProblems).isZero();
        assertThat(figures.unexpected).as("states nobody wrote: " + figures.firstProblems).isZero();
        assertThat(figures.answerAcks).as("answers acknowledged").isGreaterThan(1000);
        assertThat(figures.resumedRounds).as("rounds that resumed an exam").isGreaterThan(0);

        // The check has teeth: one acknowledged answer changed behind the model's back is reported as missing.
        var tampered = dir.resolve("tampered");
        copyDatabase(data, tampered);
        var victim = model.someAcknowledgedAnswer();
        changeAnswer(tampered.resolve(Database.FILE_NAME), victim);
        var control = new Figures();
        model.verify(tampered.resolve(Database.FILE_NAME), control);
        assertThat(control.missingAnswers).as("a changed acknowledged answer (%s) is caught", victim).isEqualTo(1);
    }

    /** Left alone, the driver finishes an exam and exits normally; every line it printed matches the database. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void withoutAKillTheDriverSubmitsItsExamAndTheDatabaseMatchesEveryLine() throws Exception {
        var data = dir.resolve("data");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var out = dir.resolve("driver.out");
        var process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                QuizDriver.class.getName(), data.toString(), "7", "2").redirectOutput(out.toFile())
                .redirectError(dir.resolve("driver.err").toFile()).start();
        try {
            assertThat(process.waitFor(50, TimeUnit.SECONDS)).as("the driver finished").isTrue();
        } finally {
            process.destroyForcibly(); // a driver that hangs must not outlive the test (one once ran for 40 minutes)
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("driver.err"))).isZero();
        var lines = Files.readAllLines(out);
        assertThat(lines.stream().filter(l -> l.startsWith("ACK SUBMIT "))).hasSize(2);
        assertThat(lines.stream().filter(l -> l.startsWith("WILL ")).count())
                .isEqualTo(lines.stream().filter(l -> l.startsWith("ACK ")).count());
        var model = new Model();
        var figures = new Figures();
        model.apply(lines, figures);
        var check = model.verify(data.resolve(Database.FILE_NAME), figures);
        assertThat(check.problems()).isEmpty();
        assertThat(check.answersVerified()).isEqualTo(120);
        assertThat(figures.inFlightLanded + figures.inFlightLost).isZero();
    }

    private static void copyDatabase(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (var suffix : List.of("", "-wal", "-shm")) {
            var file = from.resolve(Database.FILE_NAME + suffix);
            if (Files.exists(file)) {
                Files.copy(file, to.resolve(Database.FILE_NAME + suffix));
            }
        }
    }

    /** Sets the stored answer of "attempt:position" to a choice other than the acknowledged one. */
    private static void changeAnswer(Path file, String item) throws SQLException {
        var key = item.split(":");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             var ps = c.prepareStatement("UPDATE attempt_item SET selected = CASE selected WHEN 'A' THEN 'B' ELSE 'A' END "
                     + "WHERE attempt_id = ? AND position = ?")) {
            ps.setLong(1, Long.parseLong(key[0]));
            ps.setInt(2, Integer.parseInt(key[1]));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    /** Copies the data folder and the drivers' output to target/crash-safety-failure/ for a look afterwards. */
    private static void keepForInspection(Path data, Path logs, int round) throws IOException {
        var keep = TARGET.resolve("crash-safety-failure/round-" + round);
        for (var from : List.of(data, logs)) {
            try (var files = Files.walk(from)) {
                for (var file : files.filter(Files::isRegularFile).toList()) {
                    var to = keep.resolve(from.getFileName()).resolve(from.relativize(file));
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // ---- the driver process ---------------------------------------------------------------------------------

    /**
     * One {@link QuizDriver} JVM. Its stdout goes straight to a file, which a thread watches for the first
     * {@code BEGIN}; after the kill the file is read whole. (Reading a {@code Process}'s pipe instead loses
     * lines: when the process dies, the JDK's reaper drains and closes the pipe under a reader that is still
     * reading it, so the tail of the output — acknowledgements the driver did print — goes missing.)
     */
    private static final class Driver {
        final Process process;
        final long launchedAt = System.nanoTime();
        final CountDownLatch began = new CountDownLatch(1);
        /** ACK lines printed so far (counted by the watcher). */
        private volatile int acks;
        private final Path stdout;
        private final Path stderr;
        private final Thread watcher;
        volatile boolean partialLine;

        private Driver(Process process, Path stdout, Path stderr) {
            this.process = process;
            this.stdout = stdout;
            this.stderr = stderr;
            this.watcher = new Thread(this::watch, "quiz-driver-stdout");
            watcher.setDaemon(true);
            watcher.start();
        }

        static Driver launch(Path data, long seed, Path logs, int round) throws IOException {
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    QuizDriver.class.getName(), data.toString(), Long.toString(seed));
            Files.createDirectories(logs);
            var stdout = logs.resolve("round-" + round + ".out");
            var stderr = logs.resolve("round-" + round + ".err");
            var process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start();
            return new Driver(process, stdout, stderr);
        }

        /** Watches the output while the driver runs: when it begins an exam, and how many writes it acknowledged. */
        private void watch() {
            try (var in = Files.newInputStream(stdout)) {
                var seen = new StringBuilder();
                var buffer = new byte[8192];
                int counted = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    int n = in.read(buffer);
                    if (n > 0) {
                        seen.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                        if (began.getCount() > 0 && seen.indexOf("BEGIN ") >= 0) {
                            began.countDown();
                        }
                        int end = seen.lastIndexOf("\n") + 1;
                        for (int at = seen.indexOf("ACK ", counted); at >= 0 && at < end; at = seen.indexOf("ACK ", at + 4)) {
                            acks += at == 0 || seen.charAt(at - 1) == '\n' ? 1 : 0;
                        }
                        counted = Math.max(counted, end);
                    } else if (!process.isAlive()) {
                        return;
                    } else {
                        Thread.sleep(2);
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the round then waits for BEGIN in vain and says so
            }
        }

        /** Waits until {@code count} writes were acknowledged, the driver died, or {@code timeoutNanos} passed. */
        void awaitAcks(int count, long timeoutNanos) throws InterruptedException {
            long until = System.nanoTime() + timeoutNanos;
            while (acks < count && process.isAlive() && System.nanoTime() < until) {
                Thread.sleep(1);
            }
        }

        void sleepUntil(long nanoTime) throws InterruptedException {
            long left = nanoTime - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        }

        /** SIGKILL (what destroyForcibly sends on Linux); returns the exit code. */
        int kill() throws InterruptedException {
            process.destroyForcibly();
            int exit = process.waitFor();
            watcher.interrupt();
            watcher.join(TimeUnit.SECONDS.toMillis(10));
            return exit;
        }

        /** The complete lines printed: a line cut off by the kill was never acknowledged. */
        List<String> lines() throws IOException {
            var text = Files.readString(stdout, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n') + 1;
            partialLine = end < text.length();
            return text.substring(0, end).lines().toList();
        }

        String stderrTail() {
            try {
                var text = Files.exists(stderr) ? Files.readString(stderr) : "";
                return text.isBlank() ? "" : "; stderr: " + text.substring(Math.max(0, text.length() - 2000));
            } catch (IOException e) {
                return "";
            }
        }
    }

    // ---- what the database must hold ------------------------------------------------------------------------

    /** Expected state of one item or attempt field: the last acknowledged value, and a write in flight. */
    private static final class Expectation {
        String acked;
        String pending;

        Expectation(String initial) {
            this.acked = initial;
        }
    }

    private record Check(int answerAcks, int answersVerified, int inFlight, String integrity, List<String> problems) {
    }

    /** Everything the drivers acknowledged, over all rounds. */
    private static final class Model {
        private final Map<String, Expectation> items = new HashMap<>();      // "attempt:position" → "sel flag conf"
        private final Map<Long, Expectation> elapsed = new HashMap<>();      // attempt → elapsed ms
        private final Map<Long, Expectation> submitted = new HashMap<>();    // attempt → "yes" / "no"
        private int roundAnswerAcks;

        void apply(List<String> lines, Figures figures) {
            roundAnswerAcks = 0;
            boolean answered = false;
            for (var line : lines) {
                var f = line.split(" ");
                switch (f[0]) {
                    case "BEGIN" -> {
                        // informational: which attempt, resumed or new
                    }
                    case "WILL", "ACK" -> {
                        boolean ack = f[0].equals("ACK");
                        switch (f[1]) {
                            case "ANSWER", "FLAG", "CONFIDENCE" -> {
                                var e = items.computeIfAbsent(f[2] + ":" + f[3], k -> new Expectation(INITIAL));
                                record(e, f[4] + " " + f[5] + " " + f[6], ack);
                                if (ack && f[1].equals("ANSWER")) {
                                    roundAnswerAcks++;
                                    answered = true;
                                } else if (ack) {
                                    figures.otherAcks++;
                                }
                            }
                            case "ELAPSED" -> {
                                record(elapsed.computeIfAbsent(Long.parseLong(f[2]), k -> new Expectation("0")), f[3], ack);
                                figures.otherAcks += ack ? 1 : 0;
                            }
                            case "SUBMIT" -> {
                                record(submitted.computeIfAbsent(Long.parseLong(f[2]), k -> new Expectation("no")), "yes", ack);
                                figures.submits += ack ? 1 : 0;
                            }
                            default -> throw new AssertionError("unknown driver line: " + line);
                        }
                    }
                    default -> {
                        // not part of the protocol
                    }
                }
            }
            figures.answerAcks += roundAnswerAcks;
            figures.resumedRounds += lines.stream().anyMatch(l -> l.startsWith("BEGIN ") && l.contains(" resumed ")) ? 1 : 0;
            figures.roundsWithAnswers += answered ? 1 : 0;
        }

        /** An item whose acknowledged state includes an answer. */
        String someAcknowledgedAnswer() {
            return items.entrySet().stream().filter(e -> !e.getValue().acked.startsWith("- ")).map(Map.Entry::getKey)
                    .sorted().findFirst().orElseThrow();
        }

        private static void record(Expectation e, String value, boolean ack) {
            if (ack) {
                e.acked = value;
                e.pending = null;
            } else {
                e.pending = value;
            }
        }

        /** Compares the database with the model; a write in flight is settled by what the database shows. */
        Check verify(Path file, Figures figures) throws SQLException {
            var problems = new ArrayList<String>();
            int verified = 0;
            int inFlight = 0;
            String integrity;
            var config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                integrity = SqliteIntegrity.check(c);
                if (!integrity.equals("ok")) {
                    figures.integrityFailures++;
                    problems.add("integrity_check: " + integrity);
                }
                var seenItems = new HashMap<String, Boolean>();
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT attempt_id, position, selected, flagged, confidence FROM attempt_item")) {
                    while (rs.next()) {
                        var key = rs.getLong(1) + ":" + rs.getInt(2);
                        var selected = rs.getString(3);
                        var actual = (selected.isEmpty() ? "-" : selected) + " " + rs.getInt(4) + " "
                                + (rs.getString(5) == null ? "-" : rs.getString(5));
                        seenItems.put(key, true);
                        var e = items.get(key);
                        if (e == null) {
                            if (!actual.equals(INITIAL)) {
                                figures.unexpected++;
                                problems.add("item " + key + " holds " + actual + " but nothing was written to it");
                            }
                            continue;
                        }
                        if (e.pending != null) {
                            inFlight++;
                        }
                        var outcome = settle(e, actual, figures);
                        if (outcome != null) {
                            if (!e.acked.startsWith("- ") && !sameAnswer(e.acked, actual)) {
                                figures.missingAnswers++;
                                problems.add("item " + key + ": acknowledged " + e.acked + ", found " + actual);
                            } else if (e.acked.equals(INITIAL)) {
                                figures.unexpected++;
                                problems.add("item " + key + ": holds " + actual + ", never acknowledged");
                            } else {
                                figures.otherLost++;
                                problems.add("item " + key + ": acknowledged " + e.acked + ", found " + actual);
                            }
                        } else if (!e.acked.startsWith("- ")) {
                            verified++;
                        }
                    }
                }
                for (var entry : items.entrySet()) {
                    if (!seenItems.containsKey(entry.getKey()) && !entry.getValue().acked.equals(INITIAL)) {
                        figures.missingAnswers++;
                        problems.add("item " + entry.getKey() + " (acknowledged " + entry.getValue().acked
                                + ") is gone from the database");
                    }
                }
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT id, elapsed_ms, submitted_at FROM attempt")) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        var timer = elapsed.computeIfAbsent(id, k -> new Expectation("0"));
                        if (settle(timer, Long.toString(rs.getLong(2)), figures) != null) {
                            figures.otherLost++;
                            problems.add("attempt " + id + ": timer acknowledged " + timer.acked + " ms, found "
                                    + rs.getLong(2));
                        }
                        var done = submitted.computeIfAbsent(id, k -> new Expectation("no"));
                        var actual = rs.getString(3) == null ? "no" : "yes";
                        if (settle(done, actual, figures) != null) {
                            if (done.acked.equals("yes")) {
                                figures.otherLost++;
                                problems.add("attempt " + id + ": submission acknowledged but not stored");
                            } else {
                                figures.unexpected++;
                                problems.add("attempt " + id + ": submitted without a submit");
                            }
                        }
                    }
                }
            }
            figures.answersVerified += verified;
            figures.lastVerified = verified;
            return new Check(roundAnswerAcks, verified, inFlight, integrity, problems);
        }

        /**
         * Null when the database holds the acknowledged value, or the in-flight one (which then counts as
         * acknowledged: the next round builds on it); else the value found.
         */
        private static String settle(Expectation e, String actual, Figures figures) {
            var pending = e.pending;
            e.pending = null;
            if (actual.equals(e.acked)) {
                if (pending != null && !pending.equals(e.acked)) {
                    figures.inFlightLost++;
                }
                return null;
            }
            if (actual.equals(pending)) {
                figures.inFlightLanded++;
                e.acked = pending;
                return null;
            }
            return actual;
        }

        private static boolean sameAnswer(String expected, String actual) {
            return expected.split(" ")[0].equals(actual.split(" ")[0]);
        }
    }

    // ---- figures --------------------------------------------------------------------------------------------

    private static final class Figures {
        int kills;
        int exit137;
        int earlyKills;
        long minDelay = Long.MAX_VALUE;
        long maxDelay;
        int resumedRounds;
        int roundsWithAnswers;
        int answerAcks;
        int otherAcks;
        int submits;
        long answersVerified;
        int lastVerified;
        int inFlightLanded;
        int inFlightLost;
        int partialLines;
        int missingAnswers;
        int otherLost;
        int unexpected;
        int integrityFailures;
        double seconds;
        final List<String> rounds = new ArrayList<>();
        final List<String> firstProblems = new ArrayList<>();

        void kill(int exit, long delay, boolean early) {
            kills++;
            exit137 += exit == 137 ? 1 : 0;
            if (!early) {
                minDelay = Math.min(minDelay, delay);
                maxDelay = Math.max(maxDelay, delay);
            }
        }

        String report() {
            var out = new StringBuilder();
            out.append("# Crash safety: SIGKILL during a scripted quiz\n\n");
            out.append(String.format(Locale.ROOT, "Seed %d; %d rounds on one data folder in %.1f s.%n%n", SEED, kills,
                    seconds));
            out.append("| Figure | Value |\n|---|---|\n");
            row(out, "kills (SIGKILL)", kills + " (exit code 137: " + exit137 + ")");
            row(out, "kills at launch + 0–900 ms (start-up, or the first answers)", earlyKills);
            row(out, "kills while answering (5–50 writes acknowledged, then " + (minDelay == Long.MAX_VALUE ? "-"
                    : minDelay) + "–" + maxDelay + " ms)", kills - earlyKills);
            row(out, "rounds that acknowledged answers", roundsWithAnswers);
            row(out, "rounds that resumed a killed exam", resumedRounds);
            row(out, "answers acknowledged (ACK lines)", answerAcks);
            row(out, "other writes acknowledged (flag, confidence, timer)", otherAcks);
            row(out, "exams submitted", submits);
            row(out, "acknowledged answer states verified (summed over kills)", answersVerified);
            row(out, "acknowledged answer states verified after the last kill", lastVerified);
            row(out, "writes in flight at a kill: landed / not landed", inFlightLanded + " / " + inFlightLost);
            row(out, "output lines cut off by a kill", partialLines);
            row(out, "**answers missing**", missingAnswers);
            row(out, "**other acknowledged writes lost**", otherLost);
            row(out, "**states nobody wrote**", unexpected);
            row(out, "**integrity_check failures**", integrityFailures);
            out.append("\n| Round | Kill at | Answers ACKed | Answer states verified (cumulative) | Writes in flight | integrity_check | Result |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            rounds.forEach(r -> out.append(r).append('\n'));
            return out.toString();
        }

        private static void row(StringBuilder out, String name, Object value) {
            out.append("| ").append(name).append(" | ").append(value).append(" |\n");
        }
    }
}
