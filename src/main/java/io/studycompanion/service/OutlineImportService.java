package io.studycompanion.service;

import io.studycompanion.content.OutlineImporter;
import io.studycompanion.content.OutlineJson;
import io.studycompanion.domain.Outline;

import java.io.IOException;
import java.nio.file.Path;
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
        io.studycompanion.domain.FileErrors.whyUnreadable(guide, io.studycompanion.domain.FileErrors.Expect.FILE)
                .ifPresent(why -> {
                    throw new IllegalArgumentException("Cannot read " + guide + ": " + why + ".");
                });
        outDir.flatMap(io.studycompanion.domain.FileErrors::whyNotAWritableFolder).ifPresent(why -> {
            throw new IllegalArgumentException("Cannot write into " + outDir.get() + ": " + why + "; nothing was written.");
        });
        List<Outline> outlines;
        try {
            outlines = importer.parse(guide);
        } catch (IOException e) {
            throw new IllegalStateException(io.studycompanion.domain.FileErrors.cannotRead(guide, e) + ".", e);
        }
        outDir.ifPresent(dir -> outlines.forEach(o ->
                AtomicFiles.writeString(dir.resolve(fileName(o)), json.write(o))));
        return outlines;
    }

    public static String fileName(Outline outline) {
        return "outline-" + outline.version() + ".json";
    }

}
