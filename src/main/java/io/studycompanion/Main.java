package io.studycompanion;

import io.studycompanion.cli.CommandLine;
import io.studycompanion.cli.LaunchOptions;
import io.studycompanion.storage.DataLocation;
import io.studycompanion.ui.DesktopLauncher;

import java.nio.file.Path;
import java.time.Clock;

/** Entry point: a verb runs on the command line without a window; no verb opens the app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
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
            var code = new CommandLine(App.outlineImport(), () -> App.questionBank(dataFolder(options)),
                    () -> App.open(dataFolder(options), Clock.systemDefaultZone()), System.out, System.err)
                    .run(options.words());
            System.exit(code);
        }
        var dataFolder = dataFolder(options);
        DesktopLauncher.launch(() -> App.open(dataFolder, Clock.systemDefaultZone()));
    }

    static Path dataFolder(LaunchOptions options) {
        return DataLocation.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }
}
