package io.studycompanion.ui.quiz;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs a read off the window's thread and hands its result (or failure) back on it. */
public interface Loader {
    <T> void load(Supplier<T> work, Consumer<T> then, Consumer<Throwable> failed);

    /** In the calling thread, at once: for view-model tests without the toolkit. */
    Loader NOW = new Loader() {
        @Override
        public <T> void load(Supplier<T> work, Consumer<T> then, Consumer<Throwable> failed) {
            T value;
            try {
                value = work.get();
            } catch (RuntimeException e) {
                failed.accept(e);
                return;
            }
            then.accept(value);
        }
    };

    /** On {@code background}, the result handed back as a JavaFX task's outcome (on the FX thread). */
    static Loader on(Executor background) {
        return new Loader() {
            @Override
            public <T> void load(Supplier<T> work, Consumer<T> then, Consumer<Throwable> failed) {
                var task = new javafx.concurrent.Task<T>() {
                    @Override
                    protected T call() {
                        return work.get();
                    }
                };
                task.setOnSucceeded(e -> then.accept(task.getValue()));
                task.setOnFailed(e -> failed.accept(task.getException()));
                background.execute(task);
            }
        };
    }
}
