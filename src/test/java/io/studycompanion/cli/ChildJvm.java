package io.studycompanion.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a class of this build in a child JVM, optionally as the unprivileged user {@code nobody} (uid 65534)
 * through {@code setpriv}: root ignores file permissions, so a test about them must not run as root. For that
 * user the class path is copied into a folder anyone can read.
 */
public final class ChildJvm {
    public static final int NOBODY = 65534;

    private final List<String> classPath;
    private final boolean asNobody;

    private ChildJvm(List<String> classPath, boolean asNobody) {
        this.classPath = classPath;
        this.asNobody = asNobody;
    }

    /** A child JVM with this test's class path, as the current user. */
    public static ChildJvm sameUser() {
        return new ChildJvm(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)), false);
    }

    /** Whether this process runs as root (file permissions do not apply to it). */
    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Why a child cannot run as {@code nobody} here, or empty when it can. */
    public static java.util.Optional<String> whyNoUnprivilegedUser() {
        if (!runningAsRoot()) {
            return java.util.Optional.empty(); // already unprivileged: the child runs as this user
        }
        if (!Files.isExecutable(Path.of("/usr/bin/setpriv")) && !Files.isExecutable(Path.of("/bin/setpriv"))) {
            return java.util.Optional.of("running as root without setpriv: permissions cannot be tested");
        }
        return java.util.Optional.empty();
    }

    /**
     * A child JVM that runs as {@code nobody} when this process is root (else as this user), its class path placed
     * under {@code shared}, a folder made readable by anyone.
     */
    public static ChildJvm unprivileged(Path shared) throws IOException {
        if (!runningAsRoot()) {
            return sameUser();
        }
        openUp(shared);
        var cp = Files.createDirectories(shared.resolve("classpath"));
        var entries = new ArrayList<String>();
        int n = 0;
        for (var entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            var from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            var to = cp.resolve((n++) + "-" + from.getFileName());
            if (Files.isDirectory(from)) {
                copyTree(from, to);
            } else {
                Files.copy(from, to);
                Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
            }
            entries.add(to.toString());
        }
        openTree(cp);
        return new ChildJvm(entries, true);
    }

    /** Runs {@code mainClass} with {@code args}; returns exit code, stdout and stderr. */
    public Result run(Path workingFolder, String mainClass, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        if (asNobody) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + workingFolder, "-cp",
                String.join(java.io.File.pathSeparator, classPath), mainClass));
        command.addAll(List.of(args));
        var out = Files.createTempFile(workingFolder, "child-", ".out");
        var err = Files.createTempFile(workingFolder, "child-", ".err");
        var process = new ProcessBuilder(command).directory(workingFolder.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child JVM did not finish in 120 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Starts {@code mainClass} without waiting (for processes that must run at the same time). */
    public Process start(Path workingFolder, Path out, Path err, String mainClass, String... args) throws IOException {
        var command = new ArrayList<String>();
        if (asNobody) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-cp", String.join(java.io.File.pathSeparator, classPath), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingFolder.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }

    public record Result(int code, String out, String err) {
    }

    /** Lets anyone into {@code folder} and its parents below the system's temporary folder (where it must lie). */
    public static void openUp(Path folder) throws IOException {
        var tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (!folder.toAbsolutePath().startsWith(tmp)) {
            throw new IllegalArgumentException(folder + " is not under " + tmp);
        }
        for (var p = folder.toAbsolutePath(); !p.equals(tmp); p = p.getParent()) {
            var perms = Files.getPosixFilePermissions(p);
            perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
            perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
            Files.setPosixFilePermissions(p, perms);
        }
    }

    private static void openTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (var p : walk.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (var p : walk.toList()) {
                var target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
