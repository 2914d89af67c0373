package org.corridorgraph.seed;

import java.util.Map;

/**
 * The graph's schema, written as data in seed-data/schema.json. It drives the validator, the
 * constraints in cypher/schema.cypher, the API documentation, and how every picture colours labels.
 *
 * @param documentLabels the importer's own labels that pictures and Browser show (Sentence, Source), with their styles
 */
public record Schema(Map<String, LabelDef> labels, Map<String, RelationshipDef> relationships, Map<String, LabelDef> documentLabels) {
    /** Every domain node also carries this label, keyed by id. */
    public static final String ENTITY_LABEL = "Entity";
    /** Labels the importer owns; seed data may not use them. */
    public static final java.util.List<String> PLUMBING_LABELS = java.util.List.of("Source", "Sentence", "ImportState");

    /** The style of a label, entity or document; {@link LabelStyle#UNLABELLED} for null or an unknown label. */
    public LabelStyle style(String label) {
        LabelDef def = label == null ? null : labels.containsKey(label) ? labels.get(label) : documentLabels.get(label);
        return def == null ? LabelStyle.UNLABELLED : def.style();
    }
}
