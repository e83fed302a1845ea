package io.studycompanion.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A second start reaches the running copy through the data folder's port file. */
class InstanceChannelTest {
    @TempDir
    Path dir;

    @Test
    void aSecondStartAsksTheRunningCopyToShowItself() throws Exception {
        assertThat(InstanceChannel.signalRunning(dir)).as("nobody listening yet").isFalse();
        var shown = new CountDownLatch(1);
        InstanceChannel.listen(dir, shown::countDown);
        assertThat(InstanceChannel.signalRunning(dir)).isTrue();
        assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
