package org.corridorgraph.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one registry of value types: what a schema property, a query parameter or a result column
 * may declare, how each reads in seed JSON, and how each looks in JSON answers.
 */
public enum ValueType {
    STRING("string", "a string", "string", null, null, Use.PROPERTY, Use.PARAMETER, Use.COLUMN),
    INTEGER("integer", "a whole number", "integer", null, null, Use.PROPERTY, Use.PARAMETER, Use.COLUMN),
    NUMBER("number", "a number", "number", null, null, Use.PROPERTY, Use.COLUMN),
    BOOLEAN("boolean", "true or false", "boolean", null, null, Use.PROPERTY, Use.COLUMN),
    DATE("date", "an ISO date yyyy-mm-dd", "string", "date", null, Use.PROPERTY, Use.PARAMETER, Use.COLUMN),
    PARTIAL_DATE("partialDate", "an ISO date yyyy, yyyy-mm or yyyy-mm-dd", "string", null, null, Use.PROPERTY, Use.COLUMN),
    STRING_LIST("string[]", "a list of strings, comma-separated in a URL", "array", null, STRING, Use.PROPERTY, Use.PARAMETER, Use.COLUMN),
    ENTITY("entity", "the name or alias of an entity", "string", null, null, Use.PARAMETER),
    ENTITY_LIST("entity[]", "names or aliases of entities, comma-separated", "array", null, ENTITY, Use.PARAMETER),
    INTEGER_LIST("integer[]", "a list of whole numbers", "array", null, INTEGER, Use.COLUMN),
    NUMBER_LIST("number[]", "a list of numbers", "array", null, NUMBER, Use.COLUMN),
    /** A node as answers give it: id, name, labels. */
    NODE("node", "a node: id, name and labels", "object", null, null, Use.COLUMN),
    NODE_LIST("node[]", "a list of nodes", "array", null, NODE, Use.COLUMN),
    /** A relationship as answers give it: from, to, type, label. */
    LINK("link", "a relationship: from, to, type and label", "object", null, null, Use.COLUMN),
    LINK_LIST("link[]", "a list of relationships", "array", null, LINK, Use.COLUMN),
    /** A path as answers give it: nodes, links and its text. */
    PATH("path", "a path: nodes, links and its text", "object", null, null, Use.COLUMN),
    PATH_LIST("path[]", "a list of paths", "array", null, PATH, Use.COLUMN),
    /** The evidence column: sentence ids in Cypher, the numbers of the answer's citations in answers. */
    CITATIONS("citations", "the numbers of the citations that support the row", "array", null, INTEGER, Use.COLUMN),
    OBJECT("object", "an object of named values", "object", null, null, Use.COLUMN),
    OBJECT_LIST("object[]", "a list of objects", "array", null, OBJECT, Use.COLUMN);

    /** Where a type may be declared. */
    public enum Use {
        /** A property in seed-data/schema.json. */
        PROPERTY,
        /** A canned query's @param. */
        PARAMETER,
        /** A canned query's @column. */
        COLUMN
    }

    private static final Pattern PARTIAL = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?");

    private final String declared;
    private final String expected;
    private final String jsonType;
    private final String jsonFormat;
    private final ValueType items;
    private final Set<Use> uses;

    ValueType(String declared, String expected, String jsonType, String jsonFormat, ValueType items, Use first, Use... more) {
        this.declared = declared;
        this.expected = expected;
        this.jsonType = jsonType;
        this.jsonFormat = jsonFormat;
        this.items = items;
        this.uses = EnumSet.of(first, more);
    }

    /** The name files declare it by: string, entity[], partialDate, … */
    public String declared() {
        return declared;
    }

    /** What a value of it looks like, for error messages and docs. */
    public String expected() {
        return expected;
    }

    /** Its JSON Schema type in answers: string, integer, number, boolean, array or object. */
    public String jsonType() {
        return jsonType;
    }

    /** Its JSON Schema format (date), or null. */
    public String jsonFormat() {
        return jsonFormat;
    }

    /** For a list, the type of its items; null otherwise. */
    public ValueType items() {
        return items;
    }

    public boolean isList() {
        return "array".equals(jsonType);
    }

    /** Nodes, links and paths, alone or in lists: what pictures draw. */
    public boolean drawable() {
        ValueType element = items == null ? this : items;
        return element == NODE || element == LINK || element == PATH;
    }

    public boolean namesEntities() {
        return this == ENTITY || this == ENTITY_LIST;
    }

    public boolean usableAs(Use use) {
        return uses.contains(use);
    }

    /** The type declared by this name for this use, or null when there is none. */
    public static ValueType parse(String declared, Use use) {
        for (ValueType type : values()) {
            if (type.declared.equals(declared) && type.uses.contains(use)) {
                return type;
            }
        }
        return null;
    }

    /** The names a file may declare for this use, for hints: "string, integer, …". */
    public static String names(Use use) {
        List<String> names = new ArrayList<>();
        for (ValueType type : values()) {
            if (type.uses.contains(use)) {
                names.add(type.declared);
            }
        }
        return String.join(", ", names);
    }

    /**
     * A seed JSON value as stored in Neo4j (String, Long, Double, Boolean, LocalDate, List of String),
     * or null when the JSON value does not have this type.
     *
     * @throws IllegalStateException for a type no schema property may declare
     */
    public Object convert(JsonNode value) {
        switch (this) {
            case STRING:
                return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
            case INTEGER:
                return value.isIntegralNumber() && value.canConvertToLong() ? value.asLong() : null;
            case NUMBER:
                return value.isNumber() && Double.isFinite(value.asDouble()) ? value.asDouble() : null;
            case BOOLEAN:
                return value.isBoolean() ? value.asBoolean() : null;
            case DATE:
                return value.isTextual() ? parseDate(value.asText()) : null;
            case PARTIAL_DATE:
                return value.isTextual() && validPartialDate(value.asText()) ? value.asText() : null;
            case STRING_LIST:
                if (!value.isArray()) {
                    return null;
                }
                List<String> items = new ArrayList<>();
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        return null;
                    }
                    items.add(item.asText());
                }
                return List.copyOf(items);
            default:
                throw new IllegalStateException(declared + " is not a property type");
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean validPartialDate(String text) {
        if (!PARTIAL.matcher(text).matches()) {
            return false;
        }
        return text.length() < 10 || parseDate(text) != null;
    }
}
