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
    final List<String> suggestedNames = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();

    @Override
    public Optional<Path> chooseQuestionPack(Window owner) {
        return nextPack.get();
    }

    @Override
    public Optional<Path> chooseReportFile(Window owner, String suggestedName) {
        suggestedNames.add(suggestedName);
        return nextReport.get();
    }

    @Override
    public synchronized void openFile(Path file) {
        opened.add(file);
    }
}
