package org.corridorgraph.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.corridorgraph.query.CitationNumbers;
import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.corridorgraph.query.GraphPath;

/** Flattens a row value to the readable text a table cell shows. */
final class Cells {
    static final String ARROW = " → ";

    private Cells() {
    }

    /**
     * Citations read "[1] [3]", nodes as their names, paths as names joined by arrows, lists joined
     * with "; "; null is empty.
     */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CitationNumbers cited) {
            return cited.numbers().stream().map(n -> "[" + n + "]").collect(Collectors.joining(" "));
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f.doubleValue());
        }
        if (value instanceof GraphNode node) {
            return name(node);
        }
        if (value instanceof GraphLink link) {
            return linkLabel(link);
        }
        if (value instanceof GraphPath path) {
            return path(path);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Cells::text).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** "China → Kazakhstan → Iran". */
    static String path(GraphPath path) {
        return path.nodes().stream().map(Cells::name).collect(Collectors.joining(ARROW));
    }

    /** A node's name, or its id when it has none. */
    static String name(GraphNode node) {
        return node.name() != null ? node.name() : Objects.toString(node.id(), "");
    }

    /** What an edge says: its label, else its type; empty when it has neither. */
    static String linkLabel(GraphLink link) {
        if (link.label() != null && !link.label().isBlank()) {
            return link.label();
        }
        return link.type() != null ? link.type() : "";
    }

    /** 2300.0 reads "2300", 0.1 reads "0.1", never in exponent notation. */
    private static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
