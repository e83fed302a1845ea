package io.studycompanion.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Answers file dialogs from the test and records what the app asked to open. */
final class TestDesktop implements DesktopActions {
    Supplier<Optional<Path>> nextPack = Optional::empty;
    Supplier<Optional<Path>> nextReport = Optional::empty;
    Supplier<Optional<Path>> nextSave = Optional::empty;
    Supplier<Optional<Path>> nextOpen = Optional::empty;
    final List<String> suggestedNames = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();

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
    public synchronized void openFile(Path file) {
        opened.add(file);
    }
}
