package io.studycompanion.ui;

/** An opened data folder as the window sees it: the services, and a way to release them on exit. */
public interface UiSession extends AutoCloseable {
    UiServices uiServices();

    /** Work that can wait until the window is on screen (the daily backup). */
    void startDailyBackup();

    @Override
    void close();
}
