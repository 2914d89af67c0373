package org.corridorgraph.seed;

import java.util.List;

/** A declared property: its type, whether it is required, and its allowed values if enumerated. */
public record PropertyDef(String name, ValueType type, boolean required, List<String> values, String description) {
}
