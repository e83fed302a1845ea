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

    /**
     * Sends the app's log records to the data folder's log (replacing the handler of a previous folder). Returns a
     * sentence for the learner when the log cannot be written; a log that fails later (a full disk) stays silent
     * instead of printing its stack trace on the console.
     */
    static synchronized java.util.Optional<String> start(Path dataFolder) {
        for (var handler : ROOT.getHandlers()) {
            ROOT.removeHandler(handler);
            handler.close();
        }
        try {
            var folder = Files.createDirectories(dataFolder.resolve("logs"));
            var handler = new FileHandler(folder.resolve(PATTERN).toString(), 1_000_000, 5, true);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            handler.setFormatter(new SimpleFormatter());
            handler.setErrorManager(new java.util.logging.ErrorManager() {
                @Override
                public synchronized void error(String msg, Exception ex, int code) {
                    // the log is for bug reports; a disk that fills up must not put stack traces on stderr
                }
            });
            ROOT.addHandler(handler);
            ROOT.setLevel(Level.INFO);
            ROOT.setUseParentHandlers(false); // the log goes to the file; the console stays for messages to the user
            return java.util.Optional.empty();
        } catch (IOException e) {
            ROOT.setUseParentHandlers(false);
            return java.util.Optional.of("The log cannot be written in " + dataFolder.resolve("logs") + " ("
                    + (e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage()) + "); Study Companion works without it.");
        }
    }

    static Logger logger() {
        return ROOT;
    }
}
