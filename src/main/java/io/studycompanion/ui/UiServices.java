package io.studycompanion.ui;

import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.QuestionBankService;
import io.studycompanion.service.QuizService;
import io.studycompanion.service.StudyProgressService;

import java.nio.file.Path;

/** What the screens need from the core, handed over by the composition root. */
public record UiServices(StudyProgressService progress, PreferencesService preferences,
                         QuestionBankService questionBank, QuizService quiz, PathPicker picker, Path dataFolder) {

    /** The same services with another way of choosing files (tests answer without a dialog). */
    public UiServices withPicker(PathPicker other) {
        return new UiServices(progress, preferences, questionBank, quiz, other, dataFolder);
    }
}
