package io.studycompanion.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The system file dialogs and viewer. */
public final class SystemDesktopActions implements DesktopActions {
    @Override
    public Optional<Path> chooseQuestionPack(Window owner) {
        var chooser = new FileChooser();
        chooser.setTitle("Import a question pack");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Question files (*.json)", "*.json"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseReportFile(Window owner, String suggestedName) {
        var chooser = new FileChooser();
        chooser.setTitle("Save the readiness report");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public void openFile(Path file) {
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        var command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
                : List.of(os.contains("mac") ? "open" : "xdg-open", file.toString());
        try {
            new ProcessBuilder(command).start();
        } catch (IOException e) {
            System.err.println("Could not open " + file + ": " + e.getMessage());
        }
    }
}
