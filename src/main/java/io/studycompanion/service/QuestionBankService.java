package io.studycompanion.service;

import io.studycompanion.content.QuestionBankLoader;
import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.Coverage;
import io.studycompanion.domain.ExamCatalog;
import io.studycompanion.domain.Objective;
import io.studycompanion.domain.Question;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The question bank: the questions shipped with the app plus the packs the learner imported into the data
 * folder's {@code packs/}. A pack with any problem is refused whole; nothing is half-imported.
 */
public final class QuestionBankService {
    private final ExamCatalog catalog;
    private final ClassLoader classLoader;
    private final Path packsFolder;
    private final QuestionBankLoader loader;

    public QuestionBankService(ExamCatalog catalog, ClassLoader classLoader, Path packsFolder) {
        this.catalog = catalog;
        this.classLoader = classLoader;
        this.packsFolder = packsFolder;
        var known = catalog.versions().stream().flatMap(v -> v.outline().objectives().stream())
                .map(Objective::id).collect(Collectors.toSet());
        this.loader = new QuestionBankLoader(known);
    }

    /** Validates a folder or file of question files, or the bundled bank when none is given. */
    public ContentReport validate(Optional<Path> fileOrFolder) {
        var result = fileOrFolder.map(loader::load).orElseGet(() -> loader.loadBundled(classLoader));
        return new ContentReport(result.files(), result.questions().size(), result.problems());
    }

    /** Checks the pack alone and against the bank it joins; copies it into the data folder only if all is well. */
    public ContentReport importPack(Path source) {
        var pack = loader.load(source);
        var problems = new ArrayList<>(pack.problems());
        var existingIds = questions().stream().map(Question::id).collect(Collectors.toSet());
        pack.questions().stream().filter(q -> existingIds.contains(q.id()))
                .forEach(q -> problems.add(new ContentProblem(source.getFileName().toString(), q.id(), "id",
                        "a question with this id is already in the bank")));
        if (problems.isEmpty()) {
            copyIntoPacks(source);
        }
        return new ContentReport(pack.files(), pack.questions().size(), problems);
    }

    /** Every usable question: the bundled bank and the imported packs. */
    public List<Question> questions() {
        var all = new ArrayList<>(loader.loadBundled(classLoader).questions());
        if (Files.isDirectory(packsFolder)) {
            all.addAll(loader.load(packsFolder).questions());
        }
        return all;
    }

    /** Coverage of the default (current) outline by the whole bank. */
    public Coverage coverage() {
        return Coverage.of(catalog.defaultExam().outline(), questions());
    }

    private void copyIntoPacks(Path source) {
        try {
            Files.createDirectories(packsFolder);
            var target = packsFolder.resolve(source.getFileName().toString());
            if (Files.isDirectory(source)) {
                try (var files = Files.walk(source)) {
                    for (var file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                        copy(file, target.resolve(source.relativize(file).toString()));
                    }
                }
            } else {
                copy(source, target);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The pack could not be copied into " + packsFolder + ": " + e.getMessage()
                    + ". Nothing was imported.", e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        var temp = Files.createTempFile(to.getParent(), ".pack-", ".tmp");
        Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
