package org.corridorgraph.render;

import java.util.Map;
import java.util.TreeMap;

import org.corridorgraph.seed.Schema;

/**
 * A Neo4j Browser style sheet (GraSS): each label gets a colour and shows its name; each
 * relationship shows its type. Colours match the SVG pictures.
 */
public final class BrowserStyle {
    private final Schema schema;
    private final Map<String, String> colours;

    /** @param colours label → #rrggbb; labels without one get grey */
    public BrowserStyle(Schema schema, Map<String, String> colours) {
        this.schema = schema;
        this.colours = colours;
    }

    public String grass() {
        StringBuilder out = new StringBuilder();
        out.append("node {\n  diameter: 55px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n")
           .append("  text-color-internal: #FFFFFF;\n  font-size: 10px;\n  caption: \"{name}\";\n}\n");
        out.append("relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n")
           .append("  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: \"<type>\";\n}\n");
        for (String label : new TreeMap<>(schema.labels()).keySet()) {
            // light fills, as in the SVG pictures, so captions are dark
            String colour = colours.getOrDefault(label, "#A5ABB6");
            out.append("node.").append(label).append(" {\n  color: ").append(colour).append(";\n  border-color: ")
               .append(LabelColours.border(label)).append(";\n  text-color-internal: #111827;\n  caption: \"{name}\";\n}\n");
        }
        out.append("node.Sentence {\n  color: #F2F2F2;\n  border-color: #BBBBBB;\n  text-color-internal: #333333;\n  caption: \"{id}\";\n}\n");
        out.append("node.Source {\n  color: #4D4D4D;\n  border-color: #333333;\n  caption: \"{title}\";\n}\n");
        return out.toString();
    }
}
