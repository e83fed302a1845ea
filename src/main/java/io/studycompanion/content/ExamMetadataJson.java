package io.studycompanion.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.StatedFigure;

import java.util.HashMap;

/** Reads one entry of {@code exam.json}'s {@code versions} array. */
final class ExamMetadataJson {
    private ExamMetadataJson() {
    }

    static ExamMetadata read(JsonNode node, String file) {
        var version = text(node, "version", file);
        var weights = new HashMap<Integer, StatedFigure>();
        var weightNode = required(node, "sectionWeights", file);
        var names = weightNode.fieldNames();
        while (names.hasNext()) {
            var name = names.next();
            try {
                weights.put(Integer.parseInt(name), figure(weightNode, name, file));
            } catch (NumberFormatException e) {
                throw new ContentException(file + ": sectionWeights of " + version + " has key '" + name
                        + "'; expected a section number");
            }
        }
        return new ExamMetadata(version, node.path("current").asBoolean(false),
                figure(node, "questionCount", file), figure(node, "minutes", file),
                figure(node, "passMarkPercent", file), weights);
    }

    private static StatedFigure figure(JsonNode parent, String field, String file) {
        var node = required(parent, field, file);
        var value = required(node, "value", file);
        if (!value.canConvertToInt() || value.asInt() < 0) {
            throw new ContentException(file + ": '" + field + ".value' must be a whole number, found " + value);
        }
        return new StatedFigure(value.asInt(), node.path("source").asText(""), node.path("unofficial").asBoolean(false));
    }

    static JsonNode required(JsonNode parent, String field, String file) {
        var node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new ContentException(file + ": missing field '" + field + "'");
        }
        return node;
    }

    static String text(JsonNode parent, String field, String file) {
        var node = required(parent, field, file);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new ContentException(file + ": field '" + field + "' must be non-empty text");
        }
        return node.asText();
    }
}
