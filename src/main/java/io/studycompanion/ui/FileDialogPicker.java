package io.studycompanion.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The system file dialog, limited to JSON question files. */
public final class FileDialogPicker implements PathPicker {
    @Override
    public Optional<Path> chooseQuestionPack(Window owner) {
        var chooser = new FileChooser();
        chooser.setTitle("Import a question pack");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Question files (*.json)", "*.json"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
