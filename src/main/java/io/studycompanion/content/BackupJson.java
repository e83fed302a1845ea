package io.studycompanion.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.studycompanion.domain.DataDump;
import io.studycompanion.domain.DumpSink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The backup file format: a JSON object with a format marker, the schema version, the export time and every
 * table's columns and rows. Read and written as a stream, token by token (Jackson's streaming parser and
 * generator): a backup never has to fit in memory, whatever its size.
 */
public final class BackupJson {
    public static final String FORMAT = "study-companion-backup";
    /** The largest backup file an import accepts, said in the refusal. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private final JsonFactory factory = new JsonFactory();

    /** The whole dump as text (small dumps, tests). */
    public String write(DataDump dump) {
        var out = new ByteArrayOutputStream();
        try (var writer = writer(out)) {
            DumpSink.of(dump).feed(writer);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Reads a whole backup held in memory (small dumps, tests). */
    public DataDump read(String json, String fileName) {
        var collect = new DumpSink.Collect();
        read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), fileName, collect);
        return collect.dump();
    }

    /** A sink that writes the dump it receives to {@code out}; {@link Writer#close} ends the document. */
    public Writer writer(OutputStream out) {
        try {
            return new Writer(factory.createGenerator(out).useDefaultPrettyPrinter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a dump as it arrives, table by table and row by row. */
    public static final class Writer implements DumpSink, AutoCloseable {
        private final JsonGenerator json;
        private boolean inTable;

        private Writer(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public void begin(int schemaVersion, Instant exportedAt) {
            io(() -> {
                json.writeStartObject();
                json.writeStringField("format", FORMAT);
                json.writeNumberField("schemaVersion", schemaVersion);
                json.writeStringField("exportedAt", exportedAt.toString());
                json.writeObjectFieldStart("tables");
            });
        }

        @Override
        public void table(String name, List<String> columns) {
            io(() -> {
                endTable();
                json.writeObjectFieldStart(name);
                json.writeArrayFieldStart("columns");
                for (var c : columns) {
                    json.writeString(c);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("rows");
                inTable = true;
            });
        }

        @Override
        public void row(List<Object> values) {
            io(() -> {
                json.writeStartArray();
                for (var v : values) {
                    if (v == null) {
                        json.writeNull();
                    } else if (v instanceof Integer || v instanceof Long) {
                        json.writeNumber(((Number) v).longValue());
                    } else if (v instanceof Number n) {
                        json.writeNumber(n.doubleValue());
                    } else {
                        json.writeString(v.toString());
                    }
                }
                json.writeEndArray();
            });
        }

        private void endTable() throws IOException {
            if (inTable) {
                json.writeEndArray();
                json.writeEndObject();
                inTable = false;
            }
        }

        /** Ends the document (the tables, the root object, a final newline) and flushes it. */
        @Override
        public void close() {
            io(() -> {
                endTable();
                json.writeEndObject();
                json.writeEndObject();
                json.writeRaw('\n');
                json.close();
            });
        }

        private static void io(IoWork work) {
            try {
                work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    private interface IoWork {
        void run() throws IOException;
    }

    /**
     * Reads a backup token by token and hands each table and row to {@code sink} as it is read; throws
     * {@link ContentException} naming the file and what is wrong. "format", "schemaVersion" and "exportedAt" must
     * come before "tables" (as this app writes them), so the sink knows the schema before the first row.
     */
    public void read(InputStream in, String fileName, DumpSink sink) {
        try (JsonParser p = factory.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notBackup(fileName);
            }
            String format = null;
            Integer version = null;
            Instant exportedAt = null;
            boolean tables = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                var field = p.currentName();
                var token = p.nextToken();
                switch (field) {
                    case "format" -> format = token == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "schemaVersion" -> version = token == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "exportedAt" -> exportedAt = instant(token == JsonToken.VALUE_STRING ? p.getText() : "", fileName);
                    case "tables" -> {
                        if (!FORMAT.equals(format)) {
                            throw notBackup(fileName);
                        }
                        if (version == null || exportedAt == null) {
                            throw new ContentException(fileName + ": \"schemaVersion\" and \"exportedAt\" must come "
                                    + "before \"tables\", as Study Companion writes them.");
                        }
                        if (token != JsonToken.START_OBJECT) {
                            throw new ContentException(fileName + ": \"tables\" is not an object of tables.");
                        }
                        sink.begin(version, exportedAt);
                        readTables(p, fileName, sink);
                        tables = true;
                    }
                    default -> p.skipChildren();
                }
            }
            if (!FORMAT.equals(format)) {
                throw notBackup(fileName);
            }
            if (!tables) {
                throw new ContentException(fileName + " holds no \"tables\"; it is not a complete backup.");
            }
        } catch (JsonProcessingException e) {
            throw new ContentException(fileName + " is not a Study Companion backup (not valid JSON: "
                    + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new ContentException("Cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    private static ContentException notBackup(String fileName) {
        return new ContentException(fileName + " is not a Study Companion backup (no \"format\": \"" + FORMAT + "\").");
    }

    private static Instant instant(String text, String fileName) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ContentException(fileName + ": 'exportedAt' is not a time stamp", e);
        }
    }

    private static void readTables(JsonParser p, String file, DumpSink sink) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            var name = p.currentName();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ContentException(file + ": table '" + name + "' needs 'columns' and 'rows' arrays");
            }
            List<String> columns = null;
            boolean rows = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                var field = p.currentName();
                var token = p.nextToken();
                if (field.equals("columns") && token == JsonToken.START_ARRAY) {
                    columns = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        columns.add(p.getValueAsString(""));
                        p.skipChildren();
                    }
                } else if (field.equals("rows") && token == JsonToken.START_ARRAY) {
                    if (columns == null) {
                        throw new ContentException(file + ": table '" + name + "' needs its 'columns' before its 'rows'");
                    }
                    sink.table(name, columns);
                    rows = true;
                    readRows(p, file, name, sink);
                } else {
                    p.skipChildren();
                }
            }
            if (columns == null || !rows) {
                throw new ContentException(file + ": table '" + name + "' needs 'columns' and 'rows' arrays");
            }
        }
    }

    private static void readRows(JsonParser p, String file, String table, DumpSink sink) throws IOException {
        int index = 0;
        for (var token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            index++;
            if (token != JsonToken.START_ARRAY) {
                throw new ContentException(file + ": table '" + table + "', row " + index + " is not an array");
            }
            var values = new ArrayList<>();
            for (var v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                values.add(switch (v) {
                    case VALUE_NULL -> null;
                    case VALUE_NUMBER_INT -> p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                    case VALUE_STRING, VALUE_TRUE, VALUE_FALSE -> p.getText();
                    default -> throw new ContentException(file + ": table '" + table + "', row " + index
                            + " holds a nested value; every value must be text, a number or null");
                });
            }
            sink.row(values);
        }
    }
}
