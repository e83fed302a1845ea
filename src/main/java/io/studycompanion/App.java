package io.studycompanion;

import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.content.OutlineImporter;
import io.studycompanion.service.OutlineImportService;
import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.QuestionBankService;
import io.studycompanion.service.StudyProgressService;
import io.studycompanion.service.QuizService;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.Database;
import io.studycompanion.storage.ReviewRepository;
import io.studycompanion.storage.ObjectiveProgressRepository;
import io.studycompanion.storage.SettingRepository;
import io.studycompanion.ui.FileDialogPicker;
import io.studycompanion.ui.UiServices;
import io.studycompanion.ui.UiSession;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;

/**
 * The composition root: builds database → repositories → services by hand, in one place. The only class
 * that knows every layer. One instance per opened data folder; close it to release the database.
 */
public final class App implements UiSession {
    private static final String PACKS = "packs";

    private final Path dataFolder;
    private final Database database;
    private final StudyProgressService progress;
    private final PreferencesService preferences;
    private final QuestionBankService questionBank;
    private final QuizService quiz;

    private App(Path dataFolder, Database database, StudyProgressService progress, PreferencesService preferences,
                QuestionBankService questionBank, QuizService quiz) {
        this.dataFolder = dataFolder;
        this.database = database;
        this.progress = progress;
        this.preferences = preferences;
        this.questionBank = questionBank;
        this.quiz = quiz;
    }

    /** Loads the bundled exam and opens (or creates) the database in the data folder. */
    public static App open(Path dataFolder, Clock clock) {
        var catalog = new ExamCatalogLoader(App.class.getClassLoader()).load();
        var database = Database.openIn(dataFolder);
        var progress = new StudyProgressService(catalog, new ObjectiveProgressRepository(database, clock));
        var preferences = new PreferencesService(new SettingRepository(database));
        var bank = new QuestionBankService(catalog, App.class.getClassLoader(), dataFolder.resolve(PACKS));
        var quiz = new QuizService(catalog, bank, new AttemptRepository(database), new ReviewRepository(database),
                clock, new Random());
        return new App(dataFolder, database, progress, preferences, bank, quiz);
    }

    /** The question bank for command-line verbs: bundled questions plus packs in the data folder; no database. */
    public static QuestionBankService questionBank(Path dataFolder) {
        var catalog = new ExamCatalogLoader(App.class.getClassLoader()).load();
        return new QuestionBankService(catalog, App.class.getClassLoader(), dataFolder.resolve(PACKS));
    }

    /** Services that need no data folder (command-line verbs such as {@code outline import}). */
    public static OutlineImportService outlineImport() {
        return new OutlineImportService(new OutlineImporter());
    }

    @Override
    public UiServices uiServices() {
        return new UiServices(progress, preferences, questionBank, quiz, new FileDialogPicker(), dataFolder);
    }

    public StudyProgressService progress() {
        return progress;
    }

    public PreferencesService preferences() {
        return preferences;
    }

    @Override
    public void close() {
        database.close();
    }
}
