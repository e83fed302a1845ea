package io.studycompanion.ui;

import java.util.List;
import java.util.Locale;

/** Which links are opened (http and https only) and the system command that opens them. */
public final class Links {
    private Links() {
    }

    public static boolean isWebLink(String url) {
        var lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** The system's command that opens a web address or a file with its default program. */
    static List<String> command(String target) {
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", target);
        }
        return List.of(os.contains("mac") ? "open" : "xdg-open", target);
    }
}
