package io.studycompanion.service;

import io.studycompanion.content.OutlineImporter;
import io.studycompanion.content.OutlineJson;
import io.studycompanion.domain.Outline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/** Turns an exam guide's text into outline files: a new exam version is an import, not a code change. */
public final class OutlineImportService {
    private final OutlineImporter importer;
    private final OutlineJson json = new OutlineJson();

    public OutlineImportService(OutlineImporter importer) {
        this.importer = importer;
    }

    /**
     * Parses every outline in the guide and, when a folder is given, writes {@code outline-<version>.json}
     * for each. Nothing is written unless the whole file parsed.
     */
    public List<Outline> importGuide(Path guide, Optional<Path> outDir) {
        List<Outline> outlines;
        try {
            outlines = importer.parse(guide);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + guide + ": " + e.getMessage(), e);
        }
        outDir.ifPresent(dir -> outlines.forEach(o -> write(dir, o)));
        return outlines;
    }

    public static String fileName(Outline outline) {
        return "outline-" + outline.version() + ".json";
    }

    /** Writes through a temporary file and a rename, so a crash never leaves half a file. */
    private void write(Path dir, Outline outline) {
        var target = dir.resolve(fileName(outline));
        try {
            Files.createDirectories(dir);
            var temp = Files.createTempFile(dir, ".outline-", ".tmp");
            try {
                Files.writeString(temp, json.write(outline), StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
