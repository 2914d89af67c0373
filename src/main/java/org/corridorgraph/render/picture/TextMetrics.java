package org.corridorgraph.render.picture;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How wide and tall text is in DejaVu Sans, the font every picture names first: measured by Java2D
 * on the real font, so boxes fit their names and a checker can tell whether labels overlap. The TTF
 * is loaded from the system's font folder (Debian's fonts-dejavu-core); without it the JVM's own
 * sans serif stands in and measures close to it.
 * Thread-safe: fonts and the render context are immutable.
 */
public final class TextMetrics {
    /** The family the SVG names, with a generic fallback for viewers without it. */
    public static final String FONT_FAMILY = "DejaVu Sans, sans-serif";

    private static final List<Path> DEJAVU = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/local/share/fonts/DejaVuSans.ttf"));
    private static final double UNIT = 100; // measured at 100 px and scaled: sizes are linear

    private final Font font;
    private final FontRenderContext context = new FontRenderContext(new AffineTransform(), true, true);
    private final double ascent;
    private final double descent;

    private TextMetrics(Font font) {
        this.font = font.deriveFont((float) UNIT);
        LineMetrics metrics = this.font.getLineMetrics("Hg", context);
        this.ascent = metrics.getAscent() / UNIT;
        this.descent = metrics.getDescent() / UNIT;
    }

    /** DejaVu Sans from the system's fonts; headless, no display needed. */
    public static TextMetrics dejaVuSans() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        for (Path path : DEJAVU) {
            if (Files.isReadable(path)) {
                try (InputStream in = Files.newInputStream(path)) {
                    return new TextMetrics(Font.createFont(Font.TRUETYPE_FONT, in));
                } catch (IOException | FontFormatException e) {
                    // a damaged file: try the next place, then the JVM's font
                }
            }
        }
        return new TextMetrics(new Font("DejaVu Sans", Font.PLAIN, 12));
    }

    /** The advance width of one line of text at this font size, in px. */
    public double width(String text, double size) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return font.getStringBounds(text, context).getWidth() / UNIT * size;
    }

    /** From the baseline up to the top of the tallest glyphs, in px. */
    public double ascent(double size) {
        return ascent * size;
    }

    /** From the baseline down to the bottom of the lowest glyphs, in px. */
    public double descent(double size) {
        return descent * size;
    }

    /**
     * The text broken at spaces (or hyphens and dashes) into lines no wider than {@code maxWidth},
     * at most {@code maxLines}; the last line ends in an ellipsis when the text does not fit. A
     * single word wider than the line is cut.
     */
    public List<String> wrap(String text, double size, double maxWidth, int maxLines) {
        String rest = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        List<String> lines = new ArrayList<>();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (width(rest, size) <= maxWidth) {
                lines.add(rest);
                rest = "";
                break;
            }
            int cut = breakAt(rest, size, maxWidth);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, ellipsis(lines.get(last) + " " + rest, size, maxWidth));
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** The longest prefix that fits and ends at a break; a hard cut when no break fits. */
    private int breakAt(String text, double size, double maxWidth) {
        int best = -1;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breakBefore = c == ' ';
            boolean breakAfter = c == '-' || c == '–' || c == '—' || c == '/';
            int end = breakAfter ? i + 1 : i;
            if ((breakBefore || breakAfter) && width(text.substring(0, end).strip(), size) <= maxWidth) {
                best = end;
            } else if ((breakBefore || breakAfter) && best > 0) {
                break;
            }
        }
        if (best > 0) {
            return best;
        }
        int end = 1;
        while (end < text.length() && width(text.substring(0, end + 1), size) <= maxWidth) {
            end++;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1)) && end < text.length()) {
            end++;
        }
        return end;
    }

    /** The text cut to fit with a trailing ellipsis. */
    public String ellipsis(String text, double size, double maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && width(text.substring(0, end).strip() + "…", size) > maxWidth) {
            end--;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }
}
