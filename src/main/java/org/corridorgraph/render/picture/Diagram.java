package org.corridorgraph.render.picture;

import java.util.List;

/**
 * What a picture shows before it is laid out: boxes (entities) and lines (relationships), how to
 * arrange them, and what the legend explains. Built from an answer by its shape; laid out by
 * {@link Layouts}; written by {@link SvgWriter}.
 *
 * @param title       what the picture is, for its SVG title
 * @param summary     one sentence on what it shows, the start of its SVG description
 * @param arrangement the layout that fits the answer's shape
 * @param centre      the key of the box a radial picture puts in the middle; null to pick the best connected
 * @param lineKeys    what each line style or colour means, for the legend; may be empty
 */
public record Diagram(String title, String summary, Arrangement arrangement, String centre, List<Box> boxes, List<Line> lines,
                      List<LineKey> lineKeys) {

    public Diagram {
        boxes = List.copyOf(boxes);
        lines = List.copyOf(lines);
        lineKeys = List.copyOf(lineKeys);
    }

    /** How boxes are placed. */
    public enum Arrangement {
        /** left to right, who acts on what (ELK layered) */
        FLOW,
        /** one kind on the left, the other on the right (ELK layered, first and last layers) */
        BIPARTITE,
        /** stops left to right, wrapped into rows that fit the page (ELK layered with graph wrapping) */
        ROUTE,
        /** the centre in the middle, its relationships grouped by type around it (ELK radial) */
        RADIAL
    }

    /** What a box stands for. */
    public enum Role {
        ENTITY,
        /** the relationships of one type from one entity, in a radial picture */
        GROUP,
        /** entities left out, with their count */
        MORE
    }

    /** Where a bipartite picture puts a box. */
    public enum Side {
        ANY, FIRST, LAST
    }

    /** A line's dash pattern. */
    public enum Stroke {
        SOLID(""), DASHED("8 5"), DOTTED("2 4"), DASH_DOT("10 4 2 4");

        private final String dashes;

        Stroke(String dashes) {
            this.dashes = dashes;
        }

        /** The SVG stroke-dasharray; empty for a solid line. */
        public String dashes() {
            return dashes;
        }
    }

    /** A box's colours; the text colour is the one that keeps 4.5:1 on the fill. */
    public record Paint(Colour fill, Colour border, Colour text) {
        public Paint {
            text = text.readableOn(fill);
        }
    }

    /**
     * @param kind    the label that colours it and names it in the legend; null for none
     * @param note    a second line under the name (a status, a count of entities further out); may be empty
     * @param tooltip what hovering shows, e.g. the entities a "more" box stands for; may be empty
     */
    public record Box(String key, String name, String kind, Paint paint, Role role, Side side, String note, String tooltip) {
        public Box withNote(String more) {
            return new Box(key, name, kind, paint, role, side, more, tooltip);
        }
    }

    /**
     * A relationship drawn from one box to another.
     *
     * @param label     written on the line; empty for none
     * @param backwards the relationship points from {@code to} to {@code from}: the arrowhead sits at {@code from}
     * @param says      the relationship in words, for the picture's description
     */
    public record Line(String from, String to, String label, Stroke stroke, Colour colour, boolean backwards, String says) {
    }

    /** A legend entry for a line style or colour. */
    public record LineKey(String text, Stroke stroke, Colour colour) {
    }
}
