package io.studycompanion.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.studycompanion.domain.ContentProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The shipped {@code question-file.schema.json}, applied to a question file by a JSON Schema library
 * (networknt json-schema-validator), so the format the authors read and the format the app accepts are one.
 * Each violation becomes a problem naming the file, the question's id and the field, in words.
 */
final class QuestionSchema {
    static final String RESOURCE = QuestionBankLoader.BUNDLED + "question-file.schema.json";

    private static final class Holder {
        static final Schema SCHEMA = load();
    }

    private QuestionSchema() {
    }

    private static Schema load() {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (var in = QuestionSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ContentException("The question-file schema " + RESOURCE + " is missing from the installation.");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place where the file breaks the schema, and the schema keyword it breaks ({@code required}, {@code type}...). */
    record Violation(ContentProblem problem, String keyword) {
        /** An unknown field or a value of the wrong type: what the code's checks of the same field do not see. */
        boolean structural() {
            return keyword.equals("additionalProperties") || keyword.equals("type");
        }
    }

    /**
     * Every place the parsed file breaks the schema. The library reads its own JSON tree (Jackson 3), so it is
     * handed the tree already parsed, written out again: both then see exactly the same document.
     */
    static List<Violation> check(String file, JsonNode root) {
        var violations = new ArrayList<Violation>();
        List<Error> errors;
        try {
            errors = Holder.SCHEMA.validate(root.toString(), InputFormat.JSON);
        } catch (RuntimeException e) { // the library's own parser refused what Jackson 2 read: say so, never crash
            return List.of(new Violation(new ContentProblem(file, "", "", "cannot be checked against "
                    + "question-file.schema.json: the schema checker could not read it"), "parse"));
        }
        for (var error : errors) {
            violations.add(new Violation(problem(file, root, error), error.getKeyword()));
        }
        return violations;
    }

    /** Maps the error's instance location ({@code /questions/3/choices/1/text}) to the question id and field. */
    private static ContentProblem problem(String file, JsonNode root, Error error) {
        var location = error.getInstanceLocation();
        var id = "";
        var field = new StringBuilder();
        JsonNode node = root;
        int start = 0;
        if (location.getNameCount() >= 2 && "questions".equals(location.getElement(0))
                && location.getElement(1) instanceof Integer index) {
            node = root.path("questions").path(index);
            id = QuestionReader.idOf(node, index + 1);
            start = 2;
        }
        for (int i = start; i < location.getNameCount(); i++) {
            var element = location.getElement(i);
            if (element instanceof Integer index) {
                var item = node.path(index);
                var choiceId = item.path("id");
                if (field.toString().endsWith("choices") && choiceId.isTextual() && choiceId.asText().matches("[A-F]")) {
                    field.append('.').append(choiceId.asText());
                } else {
                    field.append('[').append(index + 1).append(']');
                }
                node = item;
            } else {
                field.append(field.length() == 0 ? "" : ".").append(element);
                node = node.path(element.toString());
            }
        }
        var property = error.getProperty();
        if (property != null && (error.getKeyword().equals("required") || error.getKeyword().equals("additionalProperties"))) {
            field.append(field.length() == 0 ? "" : ".").append(property);
        }
        return new ContentProblem(file, id, field.toString(), words(error));
    }

    private static String words(Error error) {
        var args = error.getArguments() == null ? new Object[0] : error.getArguments();
        var schema = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "required" -> "missing";
            case "additionalProperties" -> "unknown field";
            case "type" -> args.length >= 2 ? "must be " + type(args[1]) + ", found " + type(args[0]) : error.getMessage();
            case "minLength" -> schema != null && schema.asInt() == 1 ? "is empty"
                    : "must be at least " + schema + " characters long";
            case "minItems" -> "needs at least " + schema + " item" + (schema != null && schema.asInt() == 1 ? "" : "s");
            case "maxItems" -> "allows at most " + schema + " items";
            case "uniqueItems" -> "lists the same item twice";
            case "minimum" -> "must be at least " + schema;
            case "maximum" -> "must be at most " + schema;
            case "pattern" -> "does not match the pattern " + (args.length > 0 ? args[0] : schema);
            case "enum" -> "must be one of " + values(schema);
            case "propertyNames" -> "\"" + error.getProperty() + "\" is not allowed here; use one of "
                    + values(schema.path("enum"));
            default -> error.getMessage();
        };
    }

    private static String values(tools.jackson.databind.JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(tools.jackson.databind.JsonNode::toString)
                .collect(Collectors.joining(", "));
    }

    private static String type(Object jsonType) {
        return switch (String.valueOf(jsonType).toLowerCase(Locale.ROOT)) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "object" -> "an object";
            case "array" -> "a list";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> String.valueOf(jsonType);
        };
    }
}
