package io.studycompanion.storage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DataLocationTest {
    @Test
    void optionBeatsEnvironmentBeatsPlatform() {
        var env = Map.of(DataLocation.ENV, "/env/dir", "XDG_DATA_HOME", "/xdg");
        assertThat(DataLocation.resolve(Optional.of("/opt/dir"), env, "Linux", "/home/u")).isEqualTo(Path.of("/opt/dir"));
        assertThat(DataLocation.resolve(Optional.empty(), env, "Linux", "/home/u")).isEqualTo(Path.of("/env/dir"));
    }

    @Test
    void platformFolders() {
        assertThat(DataLocation.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/xdg/study-companion"));
        assertThat(DataLocation.resolve(Optional.empty(), Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/study-companion"));
        assertThat(DataLocation.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/study-companion"));
        assertThat(DataLocation.resolve(Optional.empty(), Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/StudyCompanion"));
        assertThat(DataLocation.resolve(Optional.empty(), Map.of("APPDATA", "/appdata"), "Windows 11", "/home/u"))
                .isEqualTo(Path.of("/appdata/StudyCompanion"));
    }
}
