package io.studycompanion.service;

import io.studycompanion.storage.SettingRepository;

import java.time.LocalDate;
import java.util.Optional;

/** Theme, font size, window bounds and the chosen exam version, kept in the database. */
public final class PreferencesService {
    public static final int MIN_FONT_SIZE = 11;
    public static final int MAX_FONT_SIZE = 22;
    public static final int DEFAULT_FONT_SIZE = 14;

    private static final String THEME = "ui.theme";
    private static final String FONT_SIZE = "ui.fontSize";
    private static final String WINDOW = "ui.window";
    private static final String EXAM_VERSION = "exam.version";
    private static final String EXAM_DATE = "exam.date";

    private final SettingRepository settings;

    public PreferencesService(SettingRepository settings) {
        this.settings = settings;
    }

    public Theme theme() {
        return settings.find(THEME).flatMap(PreferencesService::parseTheme).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        settings.save(THEME, theme.name());
    }

    public int fontSize() {
        return settings.find(FONT_SIZE).flatMap(PreferencesService::parseInt)
                .map(PreferencesService::clampFontSize).orElse(DEFAULT_FONT_SIZE);
    }

    /** Stores the size clamped to the supported range and returns what was stored. */
    public int setFontSize(int size) {
        var clamped = clampFontSize(size);
        settings.save(FONT_SIZE, Integer.toString(clamped));
        return clamped;
    }

    /** The window's bounds as last closed, if any were stored. */
    public Optional<WindowBounds> rememberedWindowBounds() {
        return settings.find(WINDOW).flatMap(WindowBounds::decode);
    }

    public WindowBounds windowBounds() {
        return settings.find(WINDOW).flatMap(WindowBounds::decode).orElse(WindowBounds.DEFAULT);
    }

    public void setWindowBounds(WindowBounds bounds) {
        settings.save(WINDOW, bounds.encode());
    }

    public Optional<String> examVersion() {
        return settings.find(EXAM_VERSION);
    }

    public void setExamVersion(String version) {
        settings.save(EXAM_VERSION, version);
    }

    /** The day the learner sits the exam, if they set one. */
    public Optional<LocalDate> examDate() {
        return settings.find(EXAM_DATE).filter(t -> !t.isBlank()).flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    public void setExamDate(Optional<LocalDate> date) {
        settings.save(EXAM_DATE, date.map(LocalDate::toString).orElse(""));
    }

    static int clampFontSize(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    private static Optional<Theme> parseTheme(String text) {
        try {
            return Optional.of(Theme.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
