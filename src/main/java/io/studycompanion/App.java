package io.studycompanion;

import io.studycompanion.cli.DataVerbs;
import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.domain.ExamCatalog;
import io.studycompanion.content.OutlineImporter;
import io.studycompanion.service.Lazy;
import io.studycompanion.service.OutlineImportService;
import io.studycompanion.service.BackupService;
import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.QuestionBankService;
import io.studycompanion.service.StudyProgressService;
import io.studycompanion.service.QuizService;
import io.studycompanion.service.ReadinessService;
import io.studycompanion.service.ReportService;
import io.studycompanion.domain.readiness.IrtReadinessModel;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.BackupRepository;
import io.studycompanion.storage.DataStore;
import io.studycompanion.storage.InstanceLock;
import io.studycompanion.service.DataSafetyService;
import io.studycompanion.storage.ReviewRepository;
import io.studycompanion.storage.ObjectiveProgressRepository;
import io.studycompanion.storage.SettingRepository;
import io.studycompanion.ui.SystemDesktopActions;
import io.studycompanion.ui.UiServices;
import io.studycompanion.ui.UiSession;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The composition root: builds database → repositories → services by hand, in one place. The only class
 * that knows every layer. One instance per opened data folder; close it to release the database.
 */
public final class App implements UiSession, DataVerbs {
    private static final String PACKS = "packs";

    private final Path dataFolder;
    private final InstanceLock lock;
    private final DataSafetyService safety;
    private final StudyProgressService progress;
    private final PreferencesService preferences;
    private final QuestionBankService questionBank;
    private final QuizService quiz;
    private final ReadinessService readiness;
    private final BackupService backup;
    private final ExecutorService background;
    private final DataStore.Opened opened;
    private final Lazy<ExamCatalog> catalog;
    private final Clock clock;
    private final List<String> verbNotices = new java.util.ArrayList<>();

    private App(Path dataFolder, Lazy<ExamCatalog> catalog, DataStore.Opened opened, InstanceLock lock, StudyProgressService progress,
                PreferencesService preferences, QuestionBankService questionBank, QuizService quiz,
                ReadinessService readiness, BackupService backup, DataSafetyService safety, Clock clock) {
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.opened = opened;
        this.catalog = catalog;
        this.lock = lock;
        this.safety = safety;
        this.progress = progress;
        this.preferences = preferences;
        this.questionBank = questionBank;
        this.quiz = quiz;
        this.readiness = readiness;
        this.backup = backup;
        this.background = Executors.newSingleThreadExecutor(r -> {
            var thread = new Thread(r, "study-companion-background");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens (or creates) the database in the data folder, holding the folder's single-instance lock; a damaged
     * database is recovered from a backup (see {@link DataStore}). The bundled exam is parsed when first needed.
     *
     * @throws io.studycompanion.storage.AlreadyRunningException when another copy uses the folder
     */
    public static App open(Path dataFolder, Clock clock) {
        var catalog = bundledCatalog(); // parsed when first needed: not on the way to the first window
        createFolder(dataFolder);
        var lock = InstanceLock.acquire(dataFolder);
        try {
            var logNotice = AppLog.start(dataFolder);
            var opened = DataStore.open(dataFolder, clock);
            opened.notices().forEach(n -> AppLog.logger().warning(n));
            AppLog.logger().info("opened " + dataFolder + " (schema " + opened.database().userVersion() + ")");
            return assemble(dataFolder, catalog, opened, lock, clock, logNotice.stream().toList());
        } catch (RuntimeException e) {
            AppLog.logger().severe("start failed: " + e.getMessage());
            lock.close();
            throw e;
        }
    }

    /**
     * For verbs that only read (exports, the report, {@code backups list}): opens the folder as {@link #open}
     * does, and when that fails because the folder cannot be written (read-only, a full disk), opens the database
     * read-only instead, so the learner can always get their data out. A note says so.
     */
    public static App openForReading(Path dataFolder, Clock clock) {
        try {
            return open(dataFolder, clock);
        } catch (io.studycompanion.storage.AlreadyRunningException | io.studycompanion.storage.DatabaseTooNewException e) {
            throw e;
        } catch (io.studycompanion.storage.StorageException e) {
            if (!java.nio.file.Files.isRegularFile(dataFolder.resolve(io.studycompanion.storage.Database.FILE_NAME))) {
                throw e;
            }
            try {
                return openReadOnly(dataFolder, clock);
            } catch (io.studycompanion.storage.AlreadyRunningException again) {
                throw again;
            } catch (RuntimeException readOnly) {
                e.addSuppressed(readOnly);
                throw e; // the first failure says why the folder could not be used as usual
            }
        }
    }

    private static App openReadOnly(Path dataFolder, Clock clock) {
        var catalog = bundledCatalog();
        var lock = InstanceLock.acquireShared(dataFolder);
        try {
            AppLog.start(dataFolder); // silences the console handler; the note below says what the learner needs
            var why = java.nio.file.Files.isWritable(dataFolder) ? "the disk holding it may be full" : "it is read-only";
            var opened = DataStore.openReadOnly(dataFolder, clock, why);
            AppLog.logger().info("opened " + dataFolder + " read-only");
            return assemble(dataFolder, catalog, opened, lock, clock, List.of());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void createFolder(Path dataFolder) {
        try {
            java.nio.file.Files.createDirectories(dataFolder);
        } catch (java.io.IOException e) {
            throw new io.studycompanion.storage.StorageException("Cannot create the data folder " + dataFolder + ": "
                    + io.studycompanion.domain.FileErrors.whyNotAWritableFolder(dataFolder)
                    .orElse(io.studycompanion.domain.FileErrors.cause(e)) + "; choose another folder with --data-dir.", e);
        }
    }

    private static Lazy<ExamCatalog> bundledCatalog() {
        return new Lazy<>(() -> new ExamCatalogLoader(App.class.getClassLoader()).load());
    }

    private static App assemble(Path dataFolder, Lazy<ExamCatalog> catalog, DataStore.Opened opened,
                                InstanceLock lock, Clock clock, List<String> moreNotices) {
        var database = opened.database();
        var progress = new StudyProgressService(catalog, new ObjectiveProgressRepository(database, clock));
        var preferences = new PreferencesService(new SettingRepository(database));
        var bank = new QuestionBankService(catalog, App.class.getClassLoader(), dataFolder.resolve(PACKS));
        var attempts = new AttemptRepository(database);
        var quiz = new QuizService(catalog, bank, attempts, new ReviewRepository(database), clock, new Random());
        var readiness = new ReadinessService(catalog, quiz, attempts, new ObjectiveProgressRepository(database, clock),
                new IrtReadinessModel(), clock);
        var notices = new java.util.ArrayList<>(opened.notices());
        notices.addAll(moreNotices);
        var safety = new DataSafetyService(database, opened.backups(), dataFolder, notices);
        var backup = new BackupService(new BackupRepository(database), attempts, quiz, dataFolder.resolve("backups"), clock,
                safety);
        return new App(dataFolder, catalog, opened, lock, progress, preferences, bank, quiz, readiness, backup, safety,
                clock);
    }

    /** The question bank for command-line verbs: bundled questions plus packs in the data folder; no database. */
    public static QuestionBankService questionBank(Path dataFolder) {
        return new QuestionBankService(bundledCatalog(), App.class.getClassLoader(), dataFolder.resolve(PACKS));
    }

    /** Services that need no data folder (command-line verbs such as {@code outline import}). */
    public static OutlineImportService outlineImport() {
        return new OutlineImportService(new OutlineImporter());
    }

    /**
     * Queues the day's first backup on the background thread (nothing when today's exists). The window asks
     * for it once its first frame is up, after the dashboard's own load; command-line verbs right away.
     */
    /**
     * For command-line verbs: makes the start-up backup now, before the verb writes anything, so the copy holds
     * the data as it was and the verb's writes cannot race it. A copy that cannot be made becomes a note (nothing
     * is attempted when the data was opened read-only).
     */
    public App backupBeforeVerb() {
        if (!opened.database().readOnly()) {
            DataStore.dailyBackup(opened).ifPresent(n -> {
                AppLog.logger().warning(n);
                verbNotices.add(n);
            });
        }
        return this;
    }

    @Override
    public void startDailyBackup() {
        background.execute(() -> DataStore.dailyBackup(opened).ifPresent(AppLog.logger()::warning));
    }

    @Override
    public UiServices uiServices() {
        return new UiServices(progress, preferences, questionBank, quiz, readiness, report(), backup, safety,
                background, new SystemDesktopActions(), dataFolder, logFile(), clock);
    }

    @Override
    public BackupService backup() {
        return backup;
    }

    @Override
    public DataSafetyService safety() {
        return safety;
    }

    @Override
    public ReportService report() {
        return new ReportService(readiness, dataFolder);
    }

    public StudyProgressService progress() {
        return progress;
    }

    public PreferencesService preferences() {
        return preferences;
    }

    @Override
    public void close() {
        background.shutdown(); // queued work (the daily backup, a report) finishes before the database closes
        try {
            if (!background.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        opened.database().close();
        lock.close();
    }

    @Override
    public java.util.List<String> notices() {
        var all = new java.util.ArrayList<>(safety.startupNotices());
        all.addAll(verbNotices);
        return all;
    }

    /** Whether the bundled exam outline has been parsed yet (it is not needed before the first window). */
    public boolean catalogLoaded() {
        return catalog.done();
    }

    /** The current log file, for diagnostics. */
    public Path logFile() {
        return AppLog.currentFile(dataFolder);
    }
}
