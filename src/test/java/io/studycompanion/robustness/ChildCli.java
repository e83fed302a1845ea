package io.studycompanion.robustness;

import io.studycompanion.Main;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the command line ({@link Main}) in a JVM of its own, as a user would, with the product's class path (the
 * test libraries left out; SLF4J is the product's own since the schema validator): exit code, stdout, stderr, and whether
 * the JVM left a fatal-error log ({@code hs_err_pid*.log}) in its working folder.
 */
final class ChildCli {
    private static final List<String> TEST_ONLY = List.of("junit", "opentest4j", "apiguardian", "assertj", "byte-buddy",
            "testfx", "osgi", "hamcrest", "monocle", "archunit");

    record Result(int exit, String out, String err, boolean crashLog) {
        /** Stderr as a learner reads it: notes, then at most one error, each a plain sentence on one line. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final String classPath;
    private final List<String> prefix;
    private final List<String> jvmOptions;

    private ChildCli(String classPath, List<String> prefix, List<String> jvmOptions) {
        this.classPath = classPath;
        this.prefix = prefix;
        this.jvmOptions = jvmOptions;
    }

    /** The product's class path as this test JVM has it. */
    static ChildCli asThisUser(String... jvmOptions) {
        return new ChildCli(productClassPath().stream().collect(Collectors.joining(File.pathSeparator)), List.of(),
                List.of(jvmOptions));
    }

    /**
     * As user {@code nobody} (65534) through {@code setpriv}: the jars are copied to {@code libs}, a folder anyone
     * can read (the build's own repository is private to root).
     */
    static ChildCli asNobody(Path libs) throws IOException {
        Files.createDirectories(libs);
        open(libs);
        var entries = new ArrayList<String>();
        for (var entry : productClassPath()) {
            var path = Path.of(entry);
            if (Files.isRegularFile(path)) {
                var copy = libs.resolve(path.getFileName());
                if (!Files.exists(copy)) {
                    Files.copy(path, copy);
                }
                copy.toFile().setReadable(true, false);
                entries.add(copy.toString());
            } else {
                entries.add(entry);
            }
        }
        return new ChildCli(String.join(File.pathSeparator, entries),
                List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"), List.of());
    }

    /** Makes a folder and its parents up to /tmp reachable and readable by anyone. */
    static void open(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static List<String> productClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> TEST_ONLY.stream().noneMatch(t -> Path.of(e).getFileName().toString().startsWith(t)))
                .toList();
    }

    /** Runs {@code study-companion ARGS} with {@code workDir} as its working folder; waits at most two minutes. */
    Result run(Path workDir, String... args) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(prefix);
        command.add(java);
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.awt.headless=true");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(workDir);
        var out = Files.createTempFile("child-cli", ".out");
        var err = Files.createTempFile("child-cli", ".err");
        try {
            var process = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            try {
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("study-companion " + String.join(" ", args) + " did not end in 2 minutes");
                }
            } finally {
                process.destroyForcibly();
            }
            boolean crashLog;
            try (Stream<Path> files = Files.list(workDir)) {
                crashLog = files.anyMatch(p -> p.getFileName().toString().startsWith("hs_err_pid"));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), crashLog);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
