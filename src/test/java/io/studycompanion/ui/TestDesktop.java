package io.studycompanion.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Answers file dialogs from the test and records what the app asked to open. The app calls it on the FX thread
 * and the test reads it from its own, so the records are thread-safe lists; a test waits for the entry it asserts.
 */
final class TestDesktop implements DesktopActions {
    volatile Supplier<Optional<Path>> nextPack = Optional::empty;
    volatile Supplier<Optional<Path>> nextReport = Optional::empty;
    volatile Supplier<Optional<Path>> nextSave = Optional::empty;
    volatile Supplier<Optional<Path>> nextOpen = Optional::empty;
    /** What {@link #openFile} answers: whether a viewer "came up". */
    volatile boolean viewerAvailable = true;
    final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    final List<Path> opened = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Path> chooseOpenFile(Window owner, String title, String description, String pattern) {
        return title.contains("question pack") ? nextPack.get() : nextOpen.get();
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName, String description,
                                         String pattern) {
        suggestedNames.add(suggestedName);
        return title.contains("report") ? nextReport.get() : nextSave.get();
    }

    @Override
    public boolean openLink(String url) {
        links.add(url);
        return browserAvailable;
    }

    /** What {@link #openLink} answers: whether a browser "came up". */
    volatile boolean browserAvailable = true;
    final List<String> links = new CopyOnWriteArrayList<>();

    @Override
    public boolean openFile(Path file) {
        opened.add(file);
        return viewerAvailable;
    }
}
