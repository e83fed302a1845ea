package io.studycompanion.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Opens documentation links in the system browser: http(s) only, on click only, off the FX thread. */
public final class Links {
    private Links() {
    }

    public static boolean isWebLink(String url) {
        var lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** A handler that opens web links and reports failures through {@code onError}. */
    public static Consumer<String> opener(Consumer<String> onError) {
        return url -> {
            if (!isWebLink(url)) {
                onError.accept("Only web links (http or https) are opened: " + url);
                return;
            }
            var thread = new Thread(() -> {
                try {
                    new ProcessBuilder(command(url)).inheritIO().start();
                } catch (IOException e) {
                    onError.accept("Could not open a browser for " + url + ": " + e.getMessage());
                }
            }, "open-link");
            thread.setDaemon(true);
            thread.start();
        };
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
