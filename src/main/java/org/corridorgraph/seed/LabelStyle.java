package org.corridorgraph.seed;

/**
 * How a label looks wherever the graph is drawn (SVG, Mermaid, Neo4j Browser), from schema.json.
 *
 * @param fill    light background colour, #rrggbb
 * @param border  darker outline of the same hue, #rrggbb
 * @param text    caption colour on the fill, #rrggbb
 * @param caption the property a node is captioned with in Neo4j Browser
 */
public record LabelStyle(String fill, String border, String text, String caption) {
    /** For a node without a label, or with one the schema does not know. */
    public static final LabelStyle UNLABELLED = new LabelStyle("#ffffff", "#6b7280", "#111827", "name");
}
