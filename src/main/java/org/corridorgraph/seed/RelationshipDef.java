package org.corridorgraph.seed;

import java.util.List;
import java.util.Map;

/** A relationship type with the labels allowed at each end and its properties. */
public record RelationshipDef(String type, String description, List<String> from, List<String> to,
                              Map<String, PropertyDef> properties) {
}
