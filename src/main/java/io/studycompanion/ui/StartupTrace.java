package io.studycompanion.ui;

/**
 * Start-up phases for performance work: with {@code STUDY_COMPANION_TRACE=1} each phase prints
 * {@code TRACE <phase> <epoch ms>} on stderr (compare with the launch time; see packaging/README.md).
 * Off by default, and then it costs one boolean test per phase.
 */
public final class StartupTrace {
    private static final boolean ON = "1".equals(System.getenv("STUDY_COMPANION_TRACE"));

    private StartupTrace() {
    }

    public static void mark(String phase) {
        if (ON) {
            System.err.println("TRACE " + phase + " " + System.currentTimeMillis());
        }
    }
}
