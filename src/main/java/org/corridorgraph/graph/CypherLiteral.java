package org.corridorgraph.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes values as Cypher literals for the replayable export script. This is the one place that
 * turns values into Cypher text; it never feeds a query that corridor-graph runs itself.
 */
public final class CypherLiteral {
    private CypherLiteral() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format("%.1f", d) : Double.toString(d);
        }
        if (value instanceof LocalDate date) {
            return "date(" + string(date.toString()) + ")";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CypherLiteral::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> name(e.getKey().toString()) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        throw new IllegalArgumentException("no Cypher literal for " + value.getClass().getName());
    }

    public static String name(String identifier) {
        return identifier.matches("[A-Za-z_][A-Za-z0-9_]*") ? identifier : "`" + identifier.replace("`", "``") + "`";
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }
}
