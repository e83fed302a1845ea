package io.studycompanion.robustness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Started where no window can open: one plain sentence and exit code 1, not a stack trace or a hang. */
@EnabledOnOs(OS.LINUX)
class NoDisplayTest {
    @TempDir
    Path dir;

    @Test
    void withoutADisplayTheAppSaysSoAndExits() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var stderr = dir.resolve("stderr.txt");
        var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.studycompanion.Main", "--data-dir", dir.resolve("data").toString())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(stderr.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        var process = builder.start();
        var ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the process ends by itself").isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        var text = Files.readString(stderr);
        assertThat(text).contains("error: The window could not open (")
                .contains("the command-line verbs still work");
        assertThat(text).as("no stack trace").doesNotContain("\tat ");
    }
}
