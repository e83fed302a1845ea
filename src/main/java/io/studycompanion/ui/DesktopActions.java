package io.studycompanion.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** What the app asks of the desktop: file dialogs and opening files. Tests answer without dialogs. */
public interface DesktopActions {
    /** A file to read, e.g. a question pack or a backup; {@code pattern} like "*.json". */
    Optional<Path> chooseOpenFile(Window owner, String title, String description, String pattern);

    /** Where to save a file the app writes; {@code suggestedName} is offered as the file name. */
    Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName, String description, String pattern);

    /**
     * Opens a file or folder in the system's default program.
     *
     * @return whether the system accepted the request (false when no program to open it could be started)
     */
    boolean openFile(Path file);

    /**
     * Opens a web address in the system's browser. Called off the FX thread (it may wait for the browser's
     * launcher to answer).
     *
     * @return whether a browser was started
     */
    boolean openLink(String url);
}
