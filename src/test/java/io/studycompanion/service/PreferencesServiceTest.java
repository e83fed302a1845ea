package io.studycompanion.service;

import io.studycompanion.storage.Database;
import io.studycompanion.storage.SettingRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesServiceTest {
    @TempDir
    Path dir;

    @Test
    void defaultsThenStoredValuesSurviveReopening() {
        try (var db = Database.openIn(dir)) {
            var prefs = new PreferencesService(new SettingRepository(db));
            assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
            assertThat(prefs.fontSize()).isEqualTo(PreferencesService.DEFAULT_FONT_SIZE);
            assertThat(prefs.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
            assertThat(prefs.examVersion()).isEmpty();
            prefs.setTheme(Theme.DARK);
            assertThat(prefs.setFontSize(40)).isEqualTo(PreferencesService.MAX_FONT_SIZE);
            prefs.setWindowBounds(new WindowBounds(10, 20, 900, 700, true));
            prefs.setExamVersion("until-2025-09-29");
        }
        try (var db = Database.openIn(dir)) {
            var prefs = new PreferencesService(new SettingRepository(db));
            assertThat(prefs.theme()).isEqualTo(Theme.DARK);
            assertThat(prefs.fontSize()).isEqualTo(PreferencesService.MAX_FONT_SIZE);
            assertThat(prefs.windowBounds()).isEqualTo(new WindowBounds(10, 20, 900, 700, true));
            assertThat(prefs.examVersion()).contains("until-2025-09-29");
        }
    }

    @Test
    void damagedSettingsFallBackToDefaults() {
        try (var db = Database.openIn(dir)) {
            var settings = new SettingRepository(db);
            settings.save("ui.theme", "PURPLE");
            settings.save("ui.fontSize", "huge");
            settings.save("ui.window", "1,2,3");
            var prefs = new PreferencesService(settings);
            assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
            assertThat(prefs.fontSize()).isEqualTo(PreferencesService.DEFAULT_FONT_SIZE);
            assertThat(prefs.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
        }
    }
}
