package org.corridorgraph.render.picture;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads an SVG picture as a reader would see it at the default width and lists what makes it hard
 * to read. It works on the SVG text alone, so any picture can be checked the same way (graphs,
 * charts): every {@code <text>} is measured in DejaVu Sans with real font metrics, at its position,
 * anchor, font size and the transforms of its ancestors.
 *
 * <ul>
 *   <li>the picture has a {@code <title>} and a {@code <desc>}, {@code role="img"} and an
 *       {@code aria-labelledby} naming them;</li>
 *   <li>its aspect ratio (viewBox) is between 1:3 and 3:1;</li>
 *   <li>every text lies inside the viewBox;</li>
 *   <li>every text is at least 11 px at the default width: its font size times
 *       min(1, 1600 / viewBox width), pictures are shown 1600 px wide or, when narrower, at their
 *       own size, never upscaled;</li>
 *   <li>no two node labels ({@code class="node-label"}) of different nodes overlap;</li>
 *   <li>every text keeps a WCAG contrast of 4.5:1 with what is behind it: the nearest earlier
 *       {@code <rect>} in its group that covers it, else the picture's background.</li>
 * </ul>
 */
public final class SvgLegibility {
    public static final double DEFAULT_WIDTH = 1600;
    public static final double SMALLEST_TEXT = 11;
    public static final double MOST_ASPECT = 3;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final double TOLERANCE = 0.5;

    private final TextMetrics metrics;

    public SvgLegibility(TextMetrics metrics) {
        this.metrics = metrics;
    }

    /** One text as drawn: its words, its box in viewBox units, its size at the default width. */
    public record Label(String text, Rectangle2D box, double shownSize, boolean nodeLabel, Element group) {
    }

    /** What was measured, and every problem found; {@code problems} is empty for a legible picture. */
    public record Report(double width, double height, List<Label> labels, List<String> problems) {
        public double aspect() {
            return width / height;
        }
    }

    public Report check(String svg) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return new Report(0, 0, List.of(), List.of("not well-formed XML: " + e.getMessage()));
        }
        Element root = doc.getDocumentElement();
        List<String> problems = new ArrayList<>();
        double[] view = viewBox(root);
        double width = view[2];
        double height = view[3];
        if (width <= 0 || height <= 0) {
            return new Report(width, height, List.of(), List.of("no viewBox or width and height"));
        }
        accessible(root, problems);
        if (width / height > MOST_ASPECT + 1e-9 || height / width > MOST_ASPECT + 1e-9) {
            problems.add(String.format(Locale.ROOT, "aspect ratio %.0f × %.0f is outside 1:3 to 3:1", width, height));
        }
        double shown = Math.min(1, DEFAULT_WIDTH / width);
        Rectangle2D canvas = new Rectangle2D.Double(view[0] - TOLERANCE, view[1] - TOLERANCE, width + 2 * TOLERANCE,
                height + 2 * TOLERANCE);
        String background = background(root);
        List<Label> labels = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            String content = text.getTextContent().strip();
            if (content.isEmpty()) {
                continue;
            }
            AffineTransform transform = transform(text);
            double size = number(inherited(text, "font-size"), 16);
            double scale = Math.sqrt(Math.abs(transform.getDeterminant()));
            double shownSize = size * scale * shown;
            Rectangle2D box = box(text, content, size, transform);
            boolean nodeLabel = hasClass(text, "node-label");
            Label label = new Label(content, box, shownSize, nodeLabel, (Element) text.getParentNode());
            labels.add(label);
            if (shownSize < SMALLEST_TEXT - 1e-9) {
                problems.add(String.format(Locale.ROOT, "'%s' is %.1f px at the default width", content, shownSize));
            }
            if (!canvas.contains(box)) {
                problems.add(String.format(Locale.ROOT, "'%s' at %.0f,%.0f–%.0f,%.0f reaches outside the picture", content,
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()));
            }
            String fill = inherited(text, "fill") == null ? "#000000" : inherited(text, "fill");
            String behind = behind(text, box, background);
            if (Colour.parses(fill) && Colour.parses(behind)) {
                double contrast = Colour.of(fill).contrastWith(Colour.of(behind));
                if (contrast < Colour.MINIMUM_CONTRAST) {
                    problems.add(String.format(Locale.ROOT, "'%s' is %s on %s: contrast %.2f, below 4.5", content, fill, behind, contrast));
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Label a = labels.get(i);
                Label b = labels.get(j);
                if (a.nodeLabel() && b.nodeLabel() && a.group() != b.group() && overlap(a.box(), b.box())) {
                    problems.add("node labels '" + a.text() + "' and '" + b.text() + "' overlap");
                }
            }
        }
        return new Report(width, height, labels, problems);
    }

    private static void accessible(Element root, List<String> problems) {
        Element title = child(root, "title");
        Element desc = child(root, "desc");
        if (title == null || title.getTextContent().isBlank()) {
            problems.add("no <title>");
        }
        if (desc == null || desc.getTextContent().isBlank()) {
            problems.add("no <desc>");
        }
        if (!"img".equals(root.getAttribute("role"))) {
            problems.add("no role=\"img\"");
        }
        List<String> ids = List.of(root.getAttribute("aria-labelledby").strip().split("\\s+"));
        if (title == null || desc == null || !ids.contains(title.getAttribute("id")) || !ids.contains(desc.getAttribute("id"))
                || title.getAttribute("id").isEmpty() || desc.getAttribute("id").isEmpty()) {
            problems.add("aria-labelledby does not name the title and the description");
        }
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() < b.getMaxX() - TOLERANCE && b.getMinX() < a.getMaxX() - TOLERANCE
                && a.getMinY() < b.getMaxY() - TOLERANCE && b.getMinY() < a.getMaxY() - TOLERANCE;
    }

    /** The text's ink box: advance width by ascent and descent, placed by its anchor and baseline. */
    private Rectangle2D box(Element text, String content, double size, AffineTransform transform) {
        double x = number(first(text.getAttribute("x")), 0);
        double y = number(first(text.getAttribute("y")), 0);
        double w = metrics.width(content, size);
        String anchor = inherited(text, "text-anchor");
        double left = "middle".equals(anchor) ? x - w / 2 : "end".equals(anchor) ? x - w : x;
        double ascent = metrics.ascent(size);
        double descent = metrics.descent(size);
        String baseline = inherited(text, "dominant-baseline");
        double top;
        if ("middle".equals(baseline) || "central".equals(baseline)) {
            top = y - (ascent + descent) / 2;
        } else if ("hanging".equals(baseline) || "text-before-edge".equals(baseline)) {
            top = y;
        } else {
            top = y - ascent;
        }
        Rectangle2D local = new Rectangle2D.Double(left, top, w, ascent + descent);
        return transform.createTransformedShape(local).getBounds2D();
    }

    /** The colour behind a text: the last rect before it in its group (or an ancestor's) that covers it. */
    private String behind(Element text, Rectangle2D box, String background) {
        Node at = text;
        while (at != null && at.getParentNode() instanceof Element parent) {
            for (Node sibling = at.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
                if (sibling instanceof Element e && "rect".equals(e.getLocalName()) && !"none".equals(e.getAttribute("fill"))
                        && !e.getAttribute("fill").isEmpty()) {
                    Rectangle2D rect = transform(e).createTransformedShape(new Rectangle2D.Double(number(e.getAttribute("x"), 0),
                            number(e.getAttribute("y"), 0), number(e.getAttribute("width"), 0), number(e.getAttribute("height"), 0)))
                            .getBounds2D();
                    Point2D centre = new Point2D.Double(box.getCenterX(), box.getCenterY());
                    if (rect.contains(centre) && !"background".equals(e.getAttribute("class"))) {
                        return e.getAttribute("fill");
                    }
                }
            }
            at = parent;
        }
        return background;
    }

    private static String background(Element root) {
        NodeList rects = root.getElementsByTagNameNS(SVG_NS, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (hasClass(rect, "background") && !rect.getAttribute("fill").isEmpty()) {
                return rect.getAttribute("fill");
            }
        }
        return "#ffffff";
    }

    private static double[] viewBox(Element root) {
        String viewBox = root.getAttribute("viewBox").strip();
        if (!viewBox.isEmpty()) {
            String[] parts = viewBox.split("[\\s,]+");
            if (parts.length == 4) {
                return new double[] {number(parts[0], 0), number(parts[1], 0), number(parts[2], 0), number(parts[3], 0)};
            }
        }
        return new double[] {0, 0, number(root.getAttribute("width"), 0), number(root.getAttribute("height"), 0)};
    }

    /** The element's transforms and its ancestors', outermost first. */
    private static AffineTransform transform(Element element) {
        List<Element> chain = new ArrayList<>();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            chain.add(0, e);
        }
        AffineTransform total = new AffineTransform();
        Pattern one = Pattern.compile("(matrix|translate|scale|rotate)\\s*\\(([^)]*)\\)");
        for (Element e : chain) {
            Matcher m = one.matcher(e.getAttribute("transform"));
            while (m.find()) {
                String[] args = m.group(2).strip().split("[\\s,]+");
                double[] a = new double[args.length];
                for (int i = 0; i < args.length; i++) {
                    a[i] = number(args[i], 0);
                }
                switch (m.group(1)) {
                    case "matrix" -> total.concatenate(new AffineTransform(a[0], a[1], a[2], a[3], a[4], a[5]));
                    case "translate" -> total.translate(a[0], a.length > 1 ? a[1] : 0);
                    case "scale" -> total.scale(a[0], a.length > 1 ? a[1] : a[0]);
                    default -> {
                        if (a.length >= 3) {
                            total.rotate(Math.toRadians(a[0]), a[1], a[2]);
                        } else {
                            total.rotate(Math.toRadians(a[0]));
                        }
                    }
                }
            }
        }
        return total;
    }

    /** An attribute of the element or its nearest ancestor that has it; null when none has. */
    private static String inherited(Element element, String attribute) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute(attribute)) {
                return e.getAttribute(attribute).strip();
            }
            String style = e.getAttribute("style");
            Matcher m = Pattern.compile("(?:^|;)\\s*" + Pattern.quote(attribute) + "\\s*:\\s*([^;]+)").matcher(style);
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private static boolean hasClass(Element element, String name) {
        return List.of(element.getAttribute("class").strip().split("\\s+")).contains(name);
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String first(String list) {
        String s = list == null ? "" : list.strip();
        return s.isEmpty() ? "" : s.split("[\\s,]+")[0];
    }

    private static double number(String text, double otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(text.strip().replaceAll("px$", ""));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
