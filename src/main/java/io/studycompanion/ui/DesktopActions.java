package io.studycompanion.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** What the app asks of the desktop: file dialogs and opening files. Tests answer without dialogs. */
public interface DesktopActions {
    Optional<Path> chooseQuestionPack(Window owner);

    /** Where to save the PDF report; {@code suggestedName} is offered as the file name. */
    Optional<Path> chooseReportFile(Window owner, String suggestedName);

    /** Opens a file the app just wrote (the report) in the system's viewer. */
    void openFile(Path file);
}
