package io.studycompanion.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The system file dialogs and viewer. */
public final class SystemDesktopActions implements DesktopActions {
    @Override
    public Optional<Path> chooseOpenFile(Window owner, String title, String description, String pattern) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName, String description,
                                         String pattern) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean openFile(Path file) {
        try {
            new ProcessBuilder(Links.command(file.toString())).start();
            return true;
        } catch (IOException e) {
            System.err.println("Could not open " + file + ": " + e.getMessage());
            return false;
        }
    }

    @Override
    public boolean openLink(String url) {
        if (!Links.isWebLink(url)) {
            return false;
        }
        try {
            var process = new ProcessBuilder(Links.command(url)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // xdg-open answers at once when it finds no browser; a browser it starts keeps running.
            if (process.waitFor(3, java.util.concurrent.TimeUnit.SECONDS)) {
                return process.exitValue() == 0;
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
