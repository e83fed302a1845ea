package io.studycompanion.service;

import io.studycompanion.content.ContentException;
import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.domain.ExamCatalog;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LazyTest {
    @Test
    void loadsOnFirstUseOnlyAndOnceForConcurrentCallers() throws Exception {
        var loads = new AtomicInteger();
        var release = new CountDownLatch(1);
        var lazy = new Lazy<ExamCatalog>(() -> {
            loads.incrementAndGet();
            await(release);
            return new ExamCatalogLoader(getClass().getClassLoader()).load();
        });
        assertEquals(0, loads.get(), "nothing is parsed before someone asks");
        var pool = Executors.newFixedThreadPool(4);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<ExamCatalog>>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(lazy::get));
            }
            Thread.sleep(50);
            release.countDown();
            var first = results.get(0).get(10, TimeUnit.SECONDS);
            for (var r : results) {
                assertSame(first, r.get(10, TimeUnit.SECONDS));
            }
            assertEquals("2025-09-30", first.defaultVersion());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, loads.get());
        assertSame(lazy.get(), lazy.get());
    }

    @Test
    void aFailedLoadIsReportedToEveryCallerWithItsOwnMessage() {
        var loads = new AtomicInteger();
        var lazy = new Lazy<ExamCatalog>(() -> {
            loads.incrementAndGet();
            throw new ContentException("The content file content/exam/exam.json is missing from the installation.");
        });
        var first = assertThrows(ContentException.class, lazy::get);
        var second = assertThrows(ContentException.class, lazy::get);
        assertEquals("The content file content/exam/exam.json is missing from the installation.", first.getMessage());
        assertEquals(first.getMessage(), second.getMessage());
        assertEquals(1, loads.get());
    }

    @Test
    void computingAheadKeepsAFailureForWhoeverAsks() {
        var lazy = new Lazy<String>(() -> {
            throw new IllegalStateException("The data folder is locked by another copy.");
        });
        lazy.computeNow(); // e.g. on a thread of its own: nothing is thrown there
        assertEquals(true, lazy.done());
        var failure = assertThrows(IllegalStateException.class, lazy::get);
        assertEquals("The data folder is locked by another copy.", failure.getMessage());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
