package org.corridorgraph.query;

import org.corridorgraph.seed.ValueType;

/**
 * A declared parameter.
 *
 * @param defaultValue as written in the header, or null
 * @param min          lower bound for integers, or null
 * @param max          upper bound for integers, or null
 */
public record QueryParam(String name, ValueType type, boolean required, String defaultValue, Long min, Long max,
                         String description) {
    /** What the parameter accepts, for error messages and the API docs. */
    public String expected() {
        String range = min != null || max != null ? " from " + (min == null ? "…" : min) + " to " + (max == null ? "…" : max) : "";
        return type.expected() + range;
    }
}
