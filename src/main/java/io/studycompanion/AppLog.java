package io.studycompanion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** A rotating log in the data folder ({@code logs/study-companion.0.log}, 5 files of 1 MB). */
final class AppLog {
    static final String PATTERN = "study-companion.%g.log";
    private static final Logger ROOT = Logger.getLogger("io.studycompanion");

    private AppLog() {
    }

    /** The current log file of a data folder. */
    static Path currentFile(Path dataFolder) {
        return dataFolder.resolve("logs").resolve(PATTERN.replace("%g", "0"));
    }

    /** Sends the app's log records to the data folder's log (replacing the handler of a previous folder). */
    static synchronized void start(Path dataFolder) {
        for (var handler : ROOT.getHandlers()) {
            ROOT.removeHandler(handler);
            handler.close();
        }
        try {
            var folder = Files.createDirectories(dataFolder.resolve("logs"));
            var handler = new FileHandler(folder.resolve(PATTERN).toString(), 1_000_000, 5, true);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            handler.setFormatter(new SimpleFormatter());
            ROOT.addHandler(handler);
            ROOT.setLevel(Level.INFO);
            ROOT.setUseParentHandlers(false); // the log goes to the file; the console stays for messages to the user
        } catch (IOException e) {
            System.err.println("The log file cannot be written in " + dataFolder + ": " + e.getMessage());
        }
    }

    static Logger logger() {
        return ROOT;
    }
}
