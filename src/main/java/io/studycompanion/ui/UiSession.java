package io.studycompanion.ui;

/** An opened data folder as the window sees it: the services, and a way to release them on exit. */
public interface UiSession extends AutoCloseable {
    UiServices uiServices();

    @Override
    void close();
}
