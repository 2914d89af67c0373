package org.corridorgraph.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The value types a schema property may declare, with their parsing from seed JSON. */
public enum PropertyType {
    STRING("string", "a string"),
    INTEGER("integer", "a whole number"),
    NUMBER("number", "a number"),
    BOOLEAN("boolean", "true or false"),
    DATE("date", "an ISO date yyyy-mm-dd"),
    PARTIAL_DATE("partialDate", "an ISO date yyyy, yyyy-mm or yyyy-mm-dd"),
    STRING_LIST("string[]", "a list of strings");

    private static final Pattern PARTIAL = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?");

    private final String schemaName;
    private final String expected;

    PropertyType(String schemaName, String expected) {
        this.schemaName = schemaName;
        this.expected = expected;
    }

    public String schemaName() {
        return schemaName;
    }

    public String expected() {
        return expected;
    }

    public static PropertyType fromSchema(String name) {
        for (PropertyType type : values()) {
            if (type.schemaName.equals(name)) {
                return type;
            }
        }
        return null;
    }

    /**
     * The value as stored in Neo4j (String, Long, Double, Boolean, LocalDate, List of String), or
     * null when the JSON value does not have this type.
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
                throw new IllegalStateException(name());
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
