package io.studycompanion.ui;

/** The app will not open a window; {@code quiet} when the user was already helped (e.g. the running copy shown). */
public class StartupRefused extends RuntimeException {
    private final boolean quiet;

    public StartupRefused(String message, boolean quiet) {
        super(message);
        this.quiet = quiet;
    }

    public boolean quiet() {
        return quiet;
    }
}
