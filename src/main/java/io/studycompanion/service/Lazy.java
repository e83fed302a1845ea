package io.studycompanion.service;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value computed once, by whichever thread asks first (others wait for that computation). Start-up uses it
 * twice: the services get the exam catalog this way, so the window appears without waiting for the outline
 * files to be parsed, and the data folder is opened by a thread of its own while the window toolkit starts.
 */
public final class Lazy<T> implements Supplier<T> {
    private final FutureTask<T> computation;

    public Lazy(Supplier<T> compute) {
        this.computation = new FutureTask<>(compute::get);
    }

    /** Whether the value has been computed (or its computation has failed). */
    public boolean done() {
        return computation.isDone();
    }

    /**
     * Computes the value on the calling thread unless that has happened or is happening on another one; a
     * failure is kept for {@link #get()}, not thrown here (so a thread started for it ends quietly).
     */
    public void computeNow() {
        computation.run();
    }

    /** The value; a failed computation is thrown again to every caller, as it was thrown the first time. */
    @Override
    public T get() {
        computeNow();
        try {
            return computation.get();
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
            throw new IllegalStateException("Interrupted while waiting for start-up work", e);
        }
    }
}
