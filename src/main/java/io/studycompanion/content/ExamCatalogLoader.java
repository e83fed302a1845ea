package io.studycompanion.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycompanion.domain.ExamCatalog;
import io.studycompanion.domain.ExamVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * Loads the exam shipped in {@code content/exam/} on the classpath: {@code exam.json} (metadata, written by
 * hand) and the outline JSON files it names (generated from the guide text).
 */
public final class ExamCatalogLoader {
    public static final String ROOT = "content/exam/";
    private static final String INDEX = "exam.json";

    private final ClassLoader classLoader;
    private final ObjectMapper mapper = new ObjectMapper();
    private final OutlineJson outlineJson = new OutlineJson();

    public ExamCatalogLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public ExamCatalog load() {
        var file = ROOT + INDEX;
        try {
            var root = mapper.readTree(read(file));
            var versions = new ArrayList<ExamVersion>();
            for (var node : ExamMetadataJson.required(root, "versions", file)) {
                var metadata = ExamMetadataJson.read(node, file);
                var outlineFile = ROOT + ExamMetadataJson.text(node, "outline", file);
                var outline = outlineJson.read(read(outlineFile));
                if (!outline.version().equals(metadata.version())) {
                    throw new ContentException(outlineFile + " holds outline version " + outline.version()
                            + " but " + file + " lists it as " + metadata.version());
                }
                versions.add(new ExamVersion(outline, metadata));
            }
            return new ExamCatalog(ExamMetadataJson.text(root, "examTitle", file),
                    ExamMetadataJson.text(root, "defaultVersion", file), versions);
        } catch (JsonProcessingException e) {
            throw new ContentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ContentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The guide text shipped with the exam, from which the outlines were generated. */
    public String guideText() {
        var file = ROOT + INDEX;
        try {
            return read(ROOT + ExamMetadataJson.text(mapper.readTree(read(file)), "guide", file));
        } catch (JsonProcessingException e) {
            throw new ContentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String read(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ContentException("The content file " + resource + " is missing from the installation.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentException("The content file " + resource + " could not be read: " + e.getMessage(), e);
        }
    }
}
