package org.corridorgraph.render;

import java.util.Map;
import java.util.TreeMap;

import org.corridorgraph.seed.LabelDef;
import org.corridorgraph.seed.LabelStyle;
import org.corridorgraph.seed.Schema;

/**
 * A Neo4j Browser style sheet (GraSS) from the label styles in schema.json: each label gets its
 * colours and caption, as in the SVG and Mermaid pictures; each relationship shows its type.
 */
public final class BrowserStyle {
    private final Schema schema;

    public BrowserStyle(Schema schema) {
        this.schema = schema;
    }

    public String grass() {
        StringBuilder out = new StringBuilder();
        LabelStyle none = LabelStyle.UNLABELLED;
        out.append("node {\n  diameter: 55px;\n  color: ").append(none.fill()).append(";\n  border-color: ").append(none.border())
           .append(";\n  border-width: 2px;\n  text-color-internal: ").append(none.text()).append(";\n  font-size: 10px;\n  caption: \"{")
           .append(none.caption()).append("}\";\n}\n");
        out.append("relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n")
           .append("  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: \"<type>\";\n}\n");
        Map<String, LabelDef> labels = new TreeMap<>(schema.labels());
        schema.documentLabels().forEach(labels::putIfAbsent);
        labels.values().forEach(label -> node(out, label.name(), label.style()));
        return out.toString();
    }

    private static void node(StringBuilder out, String label, LabelStyle style) {
        out.append("node.").append(label).append(" {\n  color: ").append(style.fill()).append(";\n  border-color: ")
           .append(style.border()).append(";\n  text-color-internal: ").append(style.text()).append(";\n  caption: \"{")
           .append(style.caption()).append("}\";\n}\n");
    }
}
