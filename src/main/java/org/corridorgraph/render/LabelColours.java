package org.corridorgraph.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per node label, shared by every picture of the graph (the SVG renderer now, a Neo4j
 * Browser style sheet later). Fills are light so dark text stays readable on them; each fill has a
 * darker border of the same hue. Labels not listed get a colour from a small fallback palette, chosen
 * by the label's {@link String#hashCode()}, which Java fixes, so the choice is the same on every run.
 */
public final class LabelColours {
    /** Fill colour by label, in the order the labels are listed in the model. */
    public static final Map<String, String> LABEL_COLOURS;
    /** Border (stroke) colour by label, darker than the fill of the same label. */
    public static final Map<String, String> LABEL_BORDERS;

    /** Fill and border for a node without a label. */
    public static final String UNLABELLED_FILL = "#ffffff";
    public static final String UNLABELLED_BORDER = "#6b7280";

    /** fill, border pairs for labels the model does not list. */
    private static final List<String[]> FALLBACK = List.of(
            new String[] {"#ccfbf1", "#0f766e"}, new String[] {"#e5e7eb", "#374151"},
            new String[] {"#fdf2f8", "#9d174d"}, new String[] {"#f0fdf4", "#166534"},
            new String[] {"#fff7ed", "#9a3412"}, new String[] {"#eef2ff", "#3730a3"});

    static {
        String[][] known = {
                {"State", "#dbeafe", "#1d4ed8"},
                {"Person", "#fce7f3", "#be185d"},
                {"Organisation", "#ede9fe", "#6d28d9"},
                {"Bloc", "#e0e7ff", "#4338ca"},
                {"Format", "#f3e8ff", "#7e22ce"},
                {"Agreement", "#fef9c3", "#a16207"},
                {"Corridor", "#dcfce7", "#15803d"},
                {"Route", "#d1fae5", "#047857"},
                {"Railway", "#e7e5e4", "#44403c"},
                {"FreightService", "#ffedd5", "#c2410c"},
                {"Port", "#cffafe", "#0e7490"},
                {"Pipeline", "#fef3c7", "#b45309"},
                {"EnergyDeal", "#fee2e2", "#b91c1c"},
                {"City", "#e0f2fe", "#0369a1"},
                {"Region", "#ecfccb", "#4d7c0f"},
                {"Event", "#ffe4e6", "#be123c"},
                {"Measurement", "#f1f5f9", "#475569"},
                {"SanctionsRegime", "#fae8ff", "#a21caf"},
        };
        Map<String, String> fills = new LinkedHashMap<>();
        Map<String, String> borders = new LinkedHashMap<>();
        for (String[] entry : known) {
            fills.put(entry[0], entry[1]);
            borders.put(entry[0], entry[2]);
        }
        LABEL_COLOURS = Collections.unmodifiableMap(fills);
        LABEL_BORDERS = Collections.unmodifiableMap(borders);
    }

    private LabelColours() {
    }

    /** The fill for a label: its listed colour, else a fallback; {@link #UNLABELLED_FILL} for null. */
    public static String fill(String label) {
        if (label == null) {
            return UNLABELLED_FILL;
        }
        String known = LABEL_COLOURS.get(label);
        return known != null ? known : fallback(label)[0];
    }

    /** The border for a label, matching {@link #fill(String)}. */
    public static String border(String label) {
        if (label == null) {
            return UNLABELLED_BORDER;
        }
        String known = LABEL_BORDERS.get(label);
        return known != null ? known : fallback(label)[1];
    }

    private static String[] fallback(String label) {
        return FALLBACK.get(Math.floorMod(label.hashCode(), FALLBACK.size()));
    }
}
