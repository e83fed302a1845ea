package io.studycompanion.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a file; the real app shows a file dialog, tests answer directly. */
@FunctionalInterface
public interface PathPicker {
    Optional<Path> chooseQuestionPack(Window owner);
}
