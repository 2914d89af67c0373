package org.corridorgraph.seed;

import java.util.Map;

/**
 * The graph's schema, written as data in seed-data/schema.json. It drives the validator, the
 * constraints in cypher/schema.cypher, and the API documentation.
 */
public record Schema(Map<String, LabelDef> labels, Map<String, RelationshipDef> relationships) {
    /** Every domain node also carries this label, keyed by id. */
    public static final String ENTITY_LABEL = "Entity";
    /** Labels the importer owns; seed data may not use them. */
    public static final java.util.List<String> PLUMBING_LABELS = java.util.List.of("Source", "Sentence", "ImportState");
}
