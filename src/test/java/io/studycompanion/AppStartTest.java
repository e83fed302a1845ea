package io.studycompanion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What opening a data folder does at once, and what waits until the window asks for it. */
class AppStartTest {
    @TempDir
    Path dir;

    @Test
    void theDailyBackupWaitsUntilAskedForAndIsWrittenBeforeClosing() throws Exception {
        try (var app = App.open(dir, Clock.systemUTC())) {
            assertThat(backups()).as("no backup before the window is up").isEmpty();
            app.startDailyBackup();
        } // close() lets queued background work finish before the database closes
        assertThat(backups()).hasSize(1);
        try (var app = App.open(dir, Clock.systemUTC())) {
            app.startDailyBackup();
        }
        assertThat(backups()).as("one a day").hasSize(1);
    }

    @Test
    void theServicesReadTheBundledExamWhenFirstAsked() {
        try (var app = App.open(dir, Clock.systemUTC())) {
            assertThat(app.catalogLoaded()).as("opening the data folder does not parse the exam outline").isFalse();
            app.preferences().windowBounds(); // what the first window reads: still no outline needed
            assertThat(app.catalogLoaded()).isFalse();
            assertThat(app.progress().defaultExamVersion().version()).isEqualTo("2025-09-30");
            assertThat(app.catalogLoaded()).isTrue();
            assertThat(app.progress().examVersions()).hasSize(2);
        }
    }

    private java.util.List<Path> backups() throws Exception {
        var folder = dir.resolve("backups/database");
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
