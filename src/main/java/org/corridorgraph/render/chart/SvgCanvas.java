package org.corridorgraph.render.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * A JFreeSVG drawing surface of a chart's size, and the standalone SVG document it becomes: an image with a
 * title and a description a screen reader announces.
 */
final class SvgCanvas {
    private final SVGGraphics2D g2;
    private final double width;
    private final double height;
    private final String prefix;

    /** @param key what the picture shows (query, parameters, rows): ids inside it derive from it, so pictures inlined in one page never share an id */
    SvgCanvas(double width, double height, String key) {
        this.width = width;
        this.height = height;
        this.prefix = "cg" + digest(key);
        g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(prefix);
        g2.setFontFunction(family -> ChartStyle.FAMILY.equals(family) ? ChartStyle.FONT_FAMILY_CSS : family);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    }

    Graphics2D graphics() {
        return g2;
    }

    /** Draws a line of text with its baseline start at (x, y), inside a group of this class so checkers can find it. */
    void text(String cssClass, String text, Font font, java.awt.Color colour, double x, double y) {
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", cssClass));
        g2.setFont(font);
        g2.setPaint(colour);
        g2.drawString(text, (float) x, (float) y);
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    /** Opens a group of this class around what is drawn until {@link #endGroup()}. */
    void beginGroup(String cssClass) {
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", cssClass));
    }

    void endGroup() {
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    /** The SVG document: an XML declaration, then the svg element with role img, its title and its description first. */
    String document(String title, String description) {
        String element = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        int open = element.indexOf('>');
        String titleId = prefix + "-title";
        String descId = prefix + "-desc";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + element.substring(0, open)
                + " role='img' aria-labelledby='" + titleId + " " + descId + "'>"
                + "<title id='" + titleId + "'>" + SVGUtils.escapeForXML(title) + "</title>"
                + "<desc id='" + descId + "'>" + SVGUtils.escapeForXML(description) + "</desc>"
                + element.substring(open + 1) + "\n";
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
