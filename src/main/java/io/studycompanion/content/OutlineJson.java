package io.studycompanion.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.studycompanion.domain.Outline;
import java.io.UncheckedIOException;

/**
 * Writes outlines as JSON and reads them back unchanged. The output is meant to be committed and
 * diffed: two-space indentation, fields always in the same order, LF line ends whatever the platform,
 * a final newline, and non-ASCII characters written as they are (the text is UTF-8 when saved as such).
 * Dates are ISO ({@code 2025-09-30}); an absent date or weight is left out. Instances may be shared.
 */
public final class OutlineJson {

    private static final String LF = "\n";

    private final ObjectWriter writer;
    private final ObjectReader reader;

    /** A reader and writer for the outline JSON format. */
    public OutlineJson() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.writer = mapper.writerFor(OutlineDocument.class).with(prettyPrinter());
        this.reader = mapper.readerFor(OutlineDocument.class);
    }

    /** The outline as pretty-printed JSON ending in a newline. */
    public String write(Outline outline) {
        try {
            return writer.writeValueAsString(OutlineDocument.of(outline)) + LF;
        } catch (JsonProcessingException e) {
            // Writing plain records to a string cannot fail short of a bug in the mapping.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an outline written by {@link #write}.
     *
     * @throws OutlineFormatException naming the line, when the JSON is malformed, lacks a field, or
     *                                has an objective id that does not match the objective's place
     */
    public Outline read(String json) {
        OutlineDocument document;
        try {
            document = reader.readValue(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw OutlineFormatException.causedBy(line, "expected outline JSON, found a problem: "
                    + e.getOriginalMessage(), e);
        }
        try {
            return document.toOutline();
        } catch (IllegalArgumentException e) {
            // The domain records refuse impossible numbers (section 0, objective 0) with this exception.
            throw new OutlineFormatException(0, "expected outline JSON with valid numbers, found: " + e.getMessage());
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // The default indenter uses the platform's line separator; fix it so files are identical everywhere.
        var indenter = new DefaultIndenter("  ", LF);
        var separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
