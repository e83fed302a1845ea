package io.studycompanion.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.studycompanion.domain.DataDump;
import io.studycompanion.domain.TableDump;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The backup file format: a JSON object with a format marker, the schema version and every table's rows. */
public final class BackupJson {
    public static final String FORMAT = "study-companion-backup";
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(DataDump dump) {
        var root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("schemaVersion", dump.schemaVersion());
        root.put("exportedAt", dump.exportedAt().toString());
        var tables = root.putObject("tables");
        for (var t : dump.tables()) {
            var table = tables.putObject(t.table());
            var columns = table.putArray("columns");
            t.columns().forEach(columns::add);
            var rows = table.putArray("rows");
            t.rows().forEach(r -> rows.add(row(r)));
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new ContentException("The backup could not be written: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a backup; throws {@link ContentException} naming the file and what is wrong. */
    public DataDump read(String json, String fileName) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ContentException(fileName + " is not a Study Companion backup (not valid JSON: "
                    + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new ContentException(fileName + " is not a Study Companion backup (no \"format\": \"" + FORMAT + "\").");
        }
        try {
            var tables = new ArrayList<TableDump>();
            var fields = root.path("tables").fields();
            while (fields.hasNext()) {
                var e = fields.next();
                tables.add(table(e.getKey(), e.getValue(), fileName));
            }
            return new DataDump(root.path("schemaVersion").asInt(-1), Instant.parse(root.path("exportedAt").asText()), tables);
        } catch (DateTimeParseException e) {
            throw new ContentException(fileName + ": 'exportedAt' is not a time stamp", e);
        }
    }

    private ArrayNode row(List<Object> values) {
        var array = mapper.createArrayNode();
        for (var v : values) {
            if (v == null) {
                array.addNull();
            } else if (v instanceof Integer || v instanceof Long) {
                array.add(((Number) v).longValue());
            } else if (v instanceof Number n) {
                array.add(n.doubleValue());
            } else {
                array.add(v.toString());
            }
        }
        return array;
    }

    private static TableDump table(String name, JsonNode node, String file) {
        if (!node.path("columns").isArray() || !node.path("rows").isArray()) {
            throw new ContentException(file + ": table '" + name + "' needs 'columns' and 'rows' arrays");
        }
        var columns = new ArrayList<String>();
        node.get("columns").forEach(c -> columns.add(c.asText()));
        var rows = new ArrayList<List<Object>>();
        int index = 0;
        for (var row : node.get("rows")) {
            index++;
            if (!row.isArray()) {
                throw new ContentException(file + ": table '" + name + "', row " + index + " is not an array");
            }
            var values = new ArrayList<>();
            row.forEach(v -> values.add(value(v)));
            rows.add(values);
        }
        return new TableDump(name, columns, rows);
    }

    private static Object value(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        return v.isNumber() ? (Object) v.asDouble() : v.asText();
    }
}
