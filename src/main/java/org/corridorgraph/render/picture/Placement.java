package org.corridorgraph.render.picture;

import java.util.List;

/**
 * A laid-out diagram: every box and line where ELK put it, in px, the origin at the top left.
 *
 * @param facts  what the picture shows, in words, for its description
 * @param hidden what was left out to keep it legible, in words; empty when nothing was
 */
public record Placement(double width, double height, List<PlacedBox> boxes, List<PlacedLine> lines, List<String> facts,
                        List<String> hidden) {

    public Placement {
        boxes = List.copyOf(boxes);
        lines = List.copyOf(lines);
        facts = List.copyOf(facts);
        hidden = List.copyOf(hidden);
    }

    /** A point in the picture. */
    public record Point(double x, double y) {
    }

    /** The point halfway along a polyline. */
    public static Point midpoint(List<Point> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += Math.hypot(points.get(i).x() - points.get(i - 1).x(), points.get(i).y() - points.get(i - 1).y());
        }
        double left = total / 2;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (length >= left && length > 0) {
                double t = left / length;
                return new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
            }
            left -= length;
        }
        return points.get(points.size() - 1);
    }

    /** One line of text in a box, at its font size; {@code note} for a box's second line. */
    public record TextLine(String text, double size, boolean note) {
    }

    /** A box with its text broken into lines; x and y are its top left corner. */
    public record PlacedBox(Diagram.Box box, List<TextLine> text, double x, double y, double w, double h) {
        public double centreX() {
            return x + w / 2;
        }

        public double centreY() {
            return y + h / 2;
        }

        /** Where the line from this box's centre toward the point leaves the box. */
        public Point borderToward(double tx, double ty) {
            double dx = tx - centreX();
            double dy = ty - centreY();
            if (dx == 0 && dy == 0) {
                return new Point(centreX(), centreY());
            }
            double sx = dx == 0 ? Double.POSITIVE_INFINITY : (w / 2) / Math.abs(dx);
            double sy = dy == 0 ? Double.POSITIVE_INFINITY : (h / 2) / Math.abs(dy);
            double s = Math.min(sx, sy);
            return new Point(centreX() + dx * s, centreY() + dy * s);
        }

        /** Whether the two boxes share any area, with {@code gap} px to spare. */
        public boolean overlaps(PlacedBox other, double gap) {
            return x < other.x + other.w + gap && other.x < x + w + gap && y < other.y + other.h + gap && other.y < y + h + gap;
        }
    }

    /** A label on a line; x and y are its top left corner. */
    public record LabelBox(String text, double x, double y, double w, double h) {
    }

    /**
     * A line along its points, from its first to its last.
     *
     * @param arrowAtEnd   an arrowhead where the line ends
     * @param arrowAtStart an arrowhead where it starts
     * @param faint        drawn lighter: a relationship between boxes the layout did not place by it
     * @param label        null when the line carries none
     */
    public record PlacedLine(Diagram.Line line, List<Point> points, LabelBox label, boolean arrowAtEnd, boolean arrowAtStart,
                             boolean faint) {
    }
}
