package org.corridorgraph.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The text of an SVG picture as a reader sees it: each text element's box in the picture's coordinates,
 * measured with DejaVu Sans's real metrics (read from the installed font files, not from the code under test),
 * through every transform above it.
 */
record SvgTexts(Document document, Rectangle2D viewBox, List<SvgTexts.Text> texts) {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);
    private static final Pattern MATRIX = Pattern.compile("matrix\\(([^)]*)\\)");
    private static final Pattern TRANSLATE = Pattern.compile("translate\\(([^)]*)\\)");
    private static final Pattern RGB = Pattern.compile("rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");

    /**
     * @param classes the class attributes of the element and every group above it
     * @param size    the font size in the picture's units
     */
    record Text(String content, List<String> classes, Rectangle2D box, double size, Color fill, String family) {
        boolean hasClass(String cssClass) {
            return classes.contains(cssClass);
        }
    }

    static SvgTexts read(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
        Rectangle2D viewBox = new Rectangle2D.Double(Double.parseDouble(box[0]), Double.parseDouble(box[1]),
                Double.parseDouble(box[2]), Double.parseDouble(box[3]));
        List<Text> texts = new ArrayList<>();
        NodeList elements = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(text((Element) elements.item(i)));
        }
        return new SvgTexts(doc, viewBox, texts);
    }

    List<Text> withClass(String cssClass) {
        return texts.stream().filter(t -> t.hasClass(cssClass)).toList();
    }

    /** The text of the root's first child element of this name, e.g. title or desc; empty when there is none. */
    String child(String name) {
        for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e.getTextContent();
            }
        }
        return "";
    }

    private static Text text(Element element) {
        Map<String, String> style = style(element.getAttribute("style"));
        double size = Double.parseDouble(style.getOrDefault("font-size", "16px").replace("px", ""));
        boolean bold = "bold".equals(style.get("font-weight"));
        Font font = font(bold).deriveFont((float) size);
        String content = element.getTextContent();
        LineMetrics metrics = font.getLineMetrics(content.isEmpty() ? "X" : content, CONTEXT);
        double width = font.getStringBounds(content, CONTEXT).getWidth();
        double x = Double.parseDouble(element.getAttribute("x"));
        double y = Double.parseDouble(element.getAttribute("y"));
        String anchor = element.getAttribute("text-anchor");
        double left = "middle".equals(anchor) ? x - width / 2 : "end".equals(anchor) ? x - width : x;
        Rectangle2D local = new Rectangle2D.Double(left, y - metrics.getAscent(), width, metrics.getAscent() + metrics.getDescent());

        AffineTransform transform = new AffineTransform();
        List<String> classes = new ArrayList<>();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (!e.getAttribute("class").isEmpty()) {
                classes.addAll(List.of(e.getAttribute("class").trim().split("\\s+")));
            }
            AffineTransform own = transform(e.getAttribute("transform"));
            own.concatenate(transform);
            transform = own;
        }
        return new Text(content, classes, bounds(local, transform), size * Math.sqrt(Math.abs(transform.getDeterminant())),
                colour(style.getOrDefault("fill", "rgb(0,0,0)")), style.getOrDefault("font-family", ""));
    }

    private static Rectangle2D bounds(Rectangle2D local, AffineTransform transform) {
        double[] corners = {local.getMinX(), local.getMinY(), local.getMaxX(), local.getMinY(), local.getMinX(), local.getMaxY(),
                local.getMaxX(), local.getMaxY()};
        transform.transform(corners, 0, corners, 0, 4);
        Rectangle2D box = new Rectangle2D.Double(corners[0], corners[1], 0, 0);
        for (int i = 1; i < 4; i++) {
            box.add(new Point2D.Double(corners[2 * i], corners[2 * i + 1]));
        }
        return box;
    }

    private static AffineTransform transform(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return new AffineTransform();
        }
        Matcher m = MATRIX.matcher(attribute);
        if (m.find()) {
            double[] v = numbers(m.group(1));
            return new AffineTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
        Matcher t = TRANSLATE.matcher(attribute);
        if (t.find()) {
            double[] v = numbers(t.group(1));
            return AffineTransform.getTranslateInstance(v[0], v.length > 1 ? v[1] : 0);
        }
        throw new IllegalArgumentException("a transform this reader does not know: " + attribute);
    }

    private static double[] numbers(String list) {
        String[] parts = list.trim().split("[\\s,]+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.parseDouble(parts[i]);
        }
        return v;
    }

    private static Map<String, String> style(String style) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : style.split(";")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                out.put(part.substring(0, colon).trim(), part.substring(colon + 1).trim());
            }
        }
        return out;
    }

    private static Color colour(String fill) {
        Matcher m = RGB.matcher(fill);
        if (m.find()) {
            return new Color(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if (fill.startsWith("#") && fill.length() == 7) {
            return new Color(Integer.parseInt(fill.substring(1), 16));
        }
        throw new IllegalArgumentException("a fill this reader does not know: " + fill);
    }

    private static final Map<Boolean, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Font font(boolean bold) {
        return FONTS.computeIfAbsent(bold, b -> {
            File file = new File("/usr/share/fonts/truetype/dejavu/" + (b ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf"));
            try {
                return Font.createFont(Font.TRUETYPE_FONT, file);
            } catch (Exception e) {
                throw new IllegalStateException("DejaVu Sans is needed to measure the pictures' text: " + file, e);
            }
        });
    }

    /** WCAG 2 contrast ratio of two colours, from 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
