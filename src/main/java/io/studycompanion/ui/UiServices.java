package io.studycompanion.ui;

import io.studycompanion.service.BackupService;
import io.studycompanion.service.DataSafetyService;
import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.QuestionBankService;
import io.studycompanion.service.QuizService;
import io.studycompanion.service.ReadinessService;
import io.studycompanion.service.ReportService;
import io.studycompanion.service.StudyProgressService;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;

/** What the screens need from the core, handed over by the composition root; {@code clock} is the one "now". */
public record UiServices(StudyProgressService progress, PreferencesService preferences,
                         QuestionBankService questionBank, QuizService quiz, ReadinessService readiness,
                         ReportService report, BackupService backup, DataSafetyService safety,
                         Executor background, DesktopActions desktop, Path dataFolder, Path logFile, Clock clock) {

    /** The same services with other desktop actions (tests answer without dialogs). */
    public UiServices withDesktop(DesktopActions other) {
        return new UiServices(progress, preferences, questionBank, quiz, readiness, report, backup, safety, background,
                other, dataFolder, logFile, clock);
    }
}
