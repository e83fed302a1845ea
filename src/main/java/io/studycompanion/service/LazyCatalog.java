package io.studycompanion.service;

import io.studycompanion.domain.ExamCatalog;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The exam catalog, loaded once, by whichever thread needs it first (others wait for that load). Start-up
 * hands the services this instead of a loaded catalog, so the window appears without waiting for the
 * outline files to be parsed: the dashboard's background load is what usually reads them.
 */
public final class LazyCatalog implements Supplier<ExamCatalog> {
    private final FutureTask<ExamCatalog> load;

    public LazyCatalog(Supplier<ExamCatalog> loader) {
        this.load = new FutureTask<>(loader::get);
    }

    /** Whether the catalog has been loaded (or its load has failed): start-up checks it has not been, yet. */
    public boolean loaded() {
        return load.isDone();
    }

    /** The catalog; a failed load is thrown again to every caller, as it was thrown the first time. */
    @Override
    public ExamCatalog get() {
        load.run(); // does nothing when the load has finished or runs on another thread
        try {
            return load.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the exam outline", e);
        }
    }
}
