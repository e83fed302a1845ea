package io.studycompanion.content;

import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.FileErrors;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads question files (one file, a folder of them, or the bank bundled on the classpath) and validates
 * them together: every problem is reported with file, question id and field.
 */
public final class QuestionBankLoader {
    public static final String BUNDLED = "content/questions/";
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    static final int MAX_FILES = 500;

    private final Set<ObjectiveId> knownObjectives;
    private final QuestionFileParser parser = new QuestionFileParser();

    public QuestionBankLoader(Set<ObjectiveId> knownObjectives) {
        this.knownObjectives = Set.copyOf(knownObjectives);
    }

    /** Questions that passed and every problem found; callers refuse the whole set when problems exist. */
    public record Result(List<Question> questions, List<ContentProblem> problems, int files) {
        public Result {
            questions = List.copyOf(questions);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * A question file, or every {@code *.json} file (schemas excepted) in a folder and its subfolders, from
     * outside the app: checked against the schema and in code.
     */
    public Result load(Path fileOrFolder) {
        return load(fileOrFolder, true);
    }

    /**
     * Question files already let in (the packs in the data folder, checked against the schema when they were
     * imported): checked in code only, so the bank opens without paying for the schema library each start.
     */
    public Result loadInstalled(Path folder) {
        return load(folder, false);
    }

    private Result load(Path fileOrFolder, boolean schema) {
        if (!Files.exists(fileOrFolder)) {
            return failure(fileOrFolder.toString(), "no such file or folder");
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return validate(List.of(fileOrFolder), fileOrFolder.getParent() == null ? fileOrFolder : fileOrFolder.getParent(),
                    schema);
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            var files = walk.filter(QuestionBankLoader::isQuestionFile).filter(p -> !hidden(fileOrFolder.relativize(p)))
                    .sorted().toList();
            return validate(files, fileOrFolder, schema);
        } catch (IOException e) {
            return failure(fileOrFolder.toString(), "cannot be read: " + FileErrors.cause(e));
        }
    }

    /**
     * The bank shipped inside the app (from a folder in development, from the jar when installed), checked in
     * code; the build holds it to the schema ({@code schema} true checks it here too, for {@code content validate}).
     */
    public Result loadBundled(ClassLoader classLoader) {
        return loadBundled(classLoader, false);
    }

    public Result loadBundled(ClassLoader classLoader, boolean schema) {
        var url = classLoader.getResource(BUNDLED);
        if (url == null) {
            return failure(BUNDLED, "the bundled question bank is missing from the installation");
        }
        try {
            var uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (var fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return load(fs.provider().getPath(uri), schema);
                }
            }
            return load(Path.of(uri), schema);
        } catch (IOException | URISyntaxException e) {
            return failure(BUNDLED, "the bundled question bank cannot be read: " + e.getMessage());
        }
    }

    private Result validate(List<Path> files, Path base, boolean schema) {
        if (files.size() > MAX_FILES) {
            return failure(base.toString(), "holds " + files.size() + " question files; at most " + MAX_FILES + " are read");
        }
        var questions = new ArrayList<Question>();
        var problems = new ArrayList<ContentProblem>();
        for (var file : files) {
            var name = base.relativize(file).toString();
            var text = read(file, name, problems);
            if (text != null) {
                var parsed = parser.parse(name, text, schema);
                problems.addAll(parsed.problems());
                parsed.questions().forEach(q -> problems.addAll(checkObjectives(name, q)));
                questions.addAll(parsed.questions());
            }
        }
        problems.addAll(duplicates(questions, files.size() == 1 ? base.relativize(files.get(0)).toString() : base.toString()));
        return new Result(questions, problems, files.size());
    }

    private static String read(Path file, String name, List<ContentProblem> problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new ContentProblem(name, "", "", "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB"));
                return null;
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new ContentProblem(name, "", "", "cannot be read: " + FileErrors.cause(e)));
            return null;
        }
    }

    private List<ContentProblem> checkObjectives(String file, Question q) {
        return q.objectives().stream().filter(o -> !knownObjectives.contains(o))
                .map(o -> new ContentProblem(file, q.id(), "objectives", "unknown objective id " + o))
                .toList();
    }

    /** Duplicate ids, checked against each other and against ids that already exist elsewhere. */
    public static List<ContentProblem> duplicates(Collection<Question> questions, String where) {
        var seen = new HashMap<String, Integer>();
        questions.forEach(q -> seen.merge(q.id(), 1, Integer::sum));
        return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted()
                .map(id -> new ContentProblem(where, id, "id", "is used by more than one question")).toList();
    }

    /** Hidden files and folders (an import's staging folder in packs/, editor files) hold no questions. */
    private static boolean hidden(Path relative) {
        for (var part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuestionFile(Path p) {
        var name = p.getFileName().toString();
        return Files.isRegularFile(p) && name.endsWith(".json") && !name.endsWith(".schema.json");
    }

    private static Result failure(String where, String message) {
        return new Result(List.of(), List.of(new ContentProblem(where, "", "", message)), 0);
    }
}
