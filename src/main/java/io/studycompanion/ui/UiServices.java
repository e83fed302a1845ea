package io.studycompanion.ui;

import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.StudyProgressService;

import java.nio.file.Path;

/** What the screens need from the core, handed over by the composition root. */
public record UiServices(StudyProgressService progress, PreferencesService preferences, Path dataFolder) {
}
