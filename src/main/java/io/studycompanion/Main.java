package io.studycompanion;

import io.studycompanion.cli.CommandLine;
import io.studycompanion.cli.LaunchOptions;
import io.studycompanion.service.Lazy;
import io.studycompanion.storage.DataLocation;
import io.studycompanion.storage.AlreadyRunningException;
import io.studycompanion.ui.DesktopLauncher;
import io.studycompanion.ui.InstanceChannel;
import io.studycompanion.ui.StartupRefused;

import java.nio.file.Path;
import java.time.Clock;

/** Entry point: a verb runs on the command line without a window; no verb opens the app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        io.studycompanion.ui.StartupTrace.mark("main");
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (options.hasVerb()) {
            int code;
            try {
                code = new CommandLine(App.outlineImport(), () -> App.questionBank(dataFolder(options)),
                        () -> openForVerb(dataFolder(options)), () -> openForReading(dataFolder(options)), System.out,
                        System.err).run(options.words());
            } catch (RuntimeException e) {
                // A verb's own errors are reported where they happen; this is the last line of defence.
                System.err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                code = 1;
            }
            System.exit(code);
        }
        var dataFolder = dataFolder(options);
        // The data folder opens (lock, log, database with its integrity check and migrations) on its own thread
        // while the JavaFX toolkit starts on this one: the window waits only for whichever takes longer.
        var opening = new Lazy<>(() -> openForWindow(dataFolder));
        var opener = new Thread(opening::computeNow, "study-companion-open");
        opener.setDaemon(true);
        opener.start();
        try {
            DesktopLauncher.launch(opening);
        } catch (RuntimeException | LinkageError e) {
            // No display (a server, an SSH session without X forwarding) or no GTK 3: say so in one sentence.
            System.err.println("error: The window could not open (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + "). Study Companion needs a graphical "
                    + "desktop; without one, the command-line verbs still work (see 'help').");
            System.exit(1);
        }
    }

    /** A verb that writes: the start-up backup is made before it, apart from its writes. */
    private static App openForVerb(Path dataFolder) {
        return App.open(dataFolder, Clock.systemDefaultZone()).backupBeforeVerb();
    }

    /** A verb that only reads works from a folder that cannot be written too (opened read-only then). */
    private static App openForReading(Path dataFolder) {
        return App.openForReading(dataFolder, Clock.systemDefaultZone()).backupBeforeVerb();
    }

    /** A second start on the same folder brings the running window to the front instead of opening another. */
    private static App openForWindow(Path dataFolder) {
        try {
            return App.open(dataFolder, Clock.systemDefaultZone());
        } catch (AlreadyRunningException e) {
            if (InstanceChannel.signalRunning(dataFolder)) {
                System.out.println("Study Companion is already running with this data folder; its window was brought to the front.");
                throw new StartupRefused(e.getMessage(), true);
            }
            throw new StartupRefused(e.getMessage(), false);
        }
    }

    static Path dataFolder(LaunchOptions options) {
        return DataLocation.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }
}
