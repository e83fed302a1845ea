package io.studycompanion.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the app keeps its data: {@code --data-dir} if given, else the {@code STUDY_COMPANION_DATA_DIR}
 * environment variable, else the platform's per-user data folder (XDG on Linux, AppData on Windows,
 * Application Support on macOS). Never the install folder.
 */
public final class DataLocation {
    public static final String ENV = "STUDY_COMPANION_DATA_DIR";
    private static final String APP_FOLDER = "StudyCompanion";

    private DataLocation() {
    }

    public static Path resolve(Optional<String> option, Map<String, String> env, String osName, String userHome) {
        if (option.isPresent() && !option.get().isBlank()) {
            return Path.of(option.get()).toAbsolutePath();
        }
        var fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return platformDefault(env, osName.toLowerCase(Locale.ROOT), Path.of(userHome));
    }

    private static Path platformDefault(Map<String, String> env, String os, Path home) {
        if (os.contains("win")) {
            var appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve(APP_FOLDER);
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library/Application Support").resolve(APP_FOLDER);
        }
        var xdg = env.get("XDG_DATA_HOME");
        var base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("study-companion");
    }
}
