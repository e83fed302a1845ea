package io.studycompanion.service;

import io.studycompanion.content.QuestionBankLoader;
import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.Coverage;
import io.studycompanion.domain.ExamCatalog;
import java.util.function.Supplier;
import io.studycompanion.domain.ExamVersion;
import io.studycompanion.domain.FileErrors;
import io.studycompanion.domain.Objective;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.cue.CueLint;
import io.studycompanion.domain.cue.CueReport;
import io.studycompanion.domain.cue.ItemCue;
import io.studycompanion.domain.cue.CueThresholds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The question bank: the questions shipped with the app plus the packs the learner imported into the data
 * folder's {@code packs/}. A pack with any problem is refused whole; nothing is half-imported.
 */
public final class QuestionBankService {
    private final Supplier<ExamCatalog> catalog;
    private final ClassLoader classLoader;
    private final Path packsFolder;
    private QuestionBankLoader loader;
    private Map<String, Question> byId;
    private Set<String> flagged;
    private final CueLint cueLint = new CueLint(CueThresholds.SHIPPED);
    private CueReport shippedCues;
    private QuestionBankLoader.Result bundled;

    public QuestionBankService(Supplier<ExamCatalog> catalog, ClassLoader classLoader, Path packsFolder) {
        this.catalog = catalog;
        this.classLoader = classLoader;
        this.packsFolder = packsFolder;
    }

    /** The loader knows the objectives of every exam version, so it needs the catalog: made on first use. */
    private synchronized QuestionBankLoader loader() {
        if (loader == null) {
            var known = catalog.get().versions().stream().flatMap(v -> v.outline().objectives().stream())
                    .map(Objective::id).collect(Collectors.toSet());
            loader = new QuestionBankLoader(known);
        }
        return loader;
    }

    /** Validates a folder or file of question files, or the bundled bank when none is given. */
    public ContentReport validate(Optional<Path> fileOrFolder) {
        fileOrFolder.ifPresent(p -> refuseUnreadable(p, "."));
        var result = fileOrFolder.map(loader()::load).orElseGet(() -> loader().loadBundled(classLoader, true));
        return new ContentReport(result.files(), result.questions().size(), result.problems());
    }

    /**
     * Validates a file or folder of question files (the bundled bank when none is given) and, when it is valid,
     * measures its wording cues against the limits the shipped bank is held to.
     */
    public ContentReport lint(Optional<Path> fileOrFolder) {
        fileOrFolder.ifPresent(p -> refuseUnreadable(p, "."));
        var bundled = bundled();
        var result = fileOrFolder.map(loader()::load).orElse(bundled);
        var cues = result.ok() && !result.questions().isEmpty()
                ? Optional.of(cueLint.check(result.questions(), bundled.questions()))
                : Optional.<CueReport>empty();
        return new ContentReport(result.files(), result.questions().size(), result.problems(), cues);
    }

    /**
     * The wording-cue check of the bundled bank, measured once. The measuring (about a second) holds no lock, so
     * the screen that asked for it from a background thread never blocks the quiz or a pack import meanwhile.
     */
    public CueReport shippedCues() {
        synchronized (this) {
            if (shippedCues != null) {
                return shippedCues;
            }
        }
        var bundled = bundled().questions();
        var measured = cueLint.check(bundled, bundled);
        synchronized (this) {
            if (shippedCues == null) {
                shippedCues = measured;
            }
            return shippedCues;
        }
    }

    /**
     * Checks the pack alone and against the bank it joins; copies it into the data folder only if all is well.
     * A valid pack also gets its wording cues measured: warnings, never a reason to refuse it.
     *
     * <p>Installs are exclusive across processes (the window, command-line imports): the check against the
     * bank and the copy happen under an OS lock on {@code packs/.lock}, with the packs on disk read again inside
     * it, so two imports at once cannot both add the same question ids. The second is refused in one sentence.
     *
     * @throws IllegalArgumentException when the pack cannot be read, or another import is under way
     */
    public ContentReport importPack(Path source) {
        refuseUnreadable(source, "; nothing was imported.");
        var pack = loader().load(source);
        if (pack.ok() && pack.files() == 0) {
            throw new IllegalArgumentException("Cannot import " + source + ": it holds no question files (*.json);"
                    + " nothing was imported.");
        }
        if (!pack.ok()) {
            return new ContentReport(pack.files(), pack.questions().size(), pack.problems());
        }
        try (var ignored = PacksLock.acquire(packsFolder)) {
            forget(); // another process may have installed a pack since this one last looked
            var problems = new ArrayList<ContentProblem>();
            var existingIds = questions().stream().map(Question::id).collect(Collectors.toSet());
            pack.questions().stream().filter(q -> existingIds.contains(q.id()))
                    .forEach(q -> problems.add(new ContentProblem(source.getFileName().toString(), q.id(), "id",
                            "a question with this id is already in the bank")));
            var cues = Optional.<CueReport>empty();
            if (problems.isEmpty()) {
                cues = pack.questions().isEmpty() ? cues : Optional.of(cueLint.check(pack.questions(), questions()));
                copyIntoPacks(source);
                forget();
            }
            return new ContentReport(pack.files(), pack.questions().size(), problems, cues);
        }
    }

    private static void refuseUnreadable(Path source, String end) {
        FileErrors.whyUnreadable(source, FileErrors.Expect.FILE_OR_FOLDER).ifPresent(why -> {
            throw new IllegalArgumentException("Cannot read " + source + ": " + why + end);
        });
    }

    /** Every usable question: the bundled bank and the imported packs. */
    public List<Question> questions() {
        return List.copyOf(byId().values());
    }

    /**
     * The questions by id, read from disk once and again only after a pack was imported. The quiz and the
     * readiness model (on a background thread) share this one copy.
     */
    public synchronized Map<String, Question> byId() {
        if (byId == null) {
            var all = new ArrayList<>(bundled().questions());
            if (Files.isDirectory(packsFolder)) {
                all.addAll(loader().loadInstalled(packsFolder).questions());
            }
            var map = new LinkedHashMap<String, Question>();
            all.forEach(q -> map.putIfAbsent(q.id(), q));
            byId = Collections.unmodifiableMap(map);
        }
        return byId;
    }

    /** The questions shipped with the app, read once: the quiz, the cue check and validation share them. */
    private synchronized QuestionBankLoader.Result bundled() {
        if (bundled == null) {
            bundled = loader().loadBundled(classLoader);
        }
        return bundled;
    }

    private synchronized void forget() {
        byId = null;
        flagged = null;
    }

    /**
     * Ids of imported questions whose wording gives the key away by a cue the lint flags and the pack does not
     * explain: right answers on them are weaker evidence of knowing. The shipped bank is kept cue-free by its
     * own tests, so only packs are checked; measured once per load of the packs.
     */
    public synchronized Set<String> flaggedIds() {
        if (flagged == null) {
            var shipped = bundled().questions().stream().map(Question::id).collect(Collectors.toSet());
            var imported = byId().values().stream().filter(q -> !shipped.contains(q.id())).toList();
            flagged = imported.isEmpty() ? Set.of() : cueLint.check(imported, bundled().questions()).unexplained()
                    .stream().map(ItemCue::questionId).collect(Collectors.toUnmodifiableSet());
        }
        return flagged;
    }

    /** The exam version the coverage is measured against (the current one). */
    public ExamVersion defaultExam() {
        return catalog.get().defaultExam();
    }

    /** Coverage of the default (current) outline by the whole bank. */
    public Coverage coverage() {
        return Coverage.of(catalog.get().defaultExam().outline(), questions());
    }

    /** Copies into a hidden staging folder first and renames it into place, so a failure leaves nothing behind. */
    private void copyIntoPacks(Path source) {
        var target = packsFolder.resolve(source.getFileName().toString());
        if (Files.exists(target)) {
            throw new IllegalArgumentException("Cannot import " + source + ": a pack named " + target.getFileName()
                    + " is already in " + packsFolder + ", so rename the pack to import it; nothing was imported.");
        }
        try {
            var staging = Files.createTempDirectory(packsFolder, ".import-");
            try {
                if (Files.isDirectory(source)) {
                    try (var files = Files.walk(source)) {
                        for (var file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                            copy(file, staging.resolve(source.relativize(file).toString()));
                        }
                    }
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    copy(source, staging.resolve(target.getFileName().toString()));
                    Files.move(staging.resolve(target.getFileName().toString()), target, StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                deleteQuietly(staging);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The pack could not be copied into " + packsFolder + ": "
                    + FileErrors.whyNotAWritableFolder(packsFolder).orElse(FileErrors.cause(e)) + "; nothing was imported.", e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (var p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
