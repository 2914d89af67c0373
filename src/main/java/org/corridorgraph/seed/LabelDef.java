package org.corridorgraph.seed;

import java.util.Map;

/** A node label: every entity label is keyed by its `id`. */
public record LabelDef(String name, String description, LabelStyle style, Map<String, PropertyDef> properties) {
    public static final String KEY = "id";
}
