package org.corridorgraph.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The fonts, sizes and colours every chart uses. Pictures are drawn 1600 units wide, the default width of a
 * report picture, so a font size here is the size in pixels a reader sees at that width.
 *
 * @param regular DejaVu Sans, the font the PNG and PDF output embed, so text measured here is text drawn there
 * @param bold    its bold face, for titles
 */
record ChartStyle(Font regular, Font bold) {
    static final double WIDTH = 1600;
    static final String FAMILY = "DejaVu Sans";
    /** How the SVG names the font: the installed family first, then any sans-serif a viewer has. */
    static final String FONT_FAMILY_CSS = "\"DejaVu Sans\", sans-serif";

    static final float TITLE_SIZE = 24f;
    static final float AXIS_LABEL_SIZE = 16f;
    static final float TEXT_SIZE = 14f;
    static final float NOTE_SIZE = 13f;

    /** Text on white: each of these has a contrast ratio of at least 7:1 against #ffffff. */
    static final Color TEXT = new Color(0x11, 0x18, 0x27);
    static final Color MUTED_TEXT = new Color(0x37, 0x41, 0x51);
    static final Color BACKGROUND = Color.WHITE;
    static final Color GRID = new Color(0xe5, 0xe7, 0xeb);
    static final Color AXIS_LINE = new Color(0x6b, 0x72, 0x80);

    /** Fills for series, told apart by hue; they are never the colour of text. */
    static final List<Color> SERIES = List.of(
            new Color(0x25, 0x63, 0xeb), new Color(0xd9, 0x77, 0x06), new Color(0x05, 0x96, 0x69),
            new Color(0xdc, 0x26, 0x26), new Color(0x7c, 0x3a, 0xed), new Color(0x08, 0x91, 0xb2),
            new Color(0xdb, 0x27, 0x77), new Color(0x65, 0xa3, 0x0d));

    static final Stroke SOLID = new BasicStroke(1.5f);
    static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f);

    /** As JFreeSVG measures text: fractional metrics, no transform. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);

    private static final List<Path> FONT_FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"), Path.of("/usr/local/share/fonts"));

    /**
     * DejaVu Sans from the system's fonts, registered with Java so layout and output use the same metrics; by
     * family and style, so a bold title is the real bold face and the SVG says font-weight bold.
     */
    static ChartStyle load() {
        register("DejaVuSans.ttf");
        register("DejaVuSans-Bold.ttf");
        Font regular = new Font(FAMILY, Font.PLAIN, 1);
        if (!FAMILY.equals(regular.getFamily(Locale.ROOT))) {
            throw new IllegalStateException("the font " + FAMILY + " is not installed (looked in " + FONT_FOLDERS
                    + "); install the fonts-dejavu-core package");
        }
        return new ChartStyle(regular.deriveFont(TEXT_SIZE), new Font(FAMILY, Font.BOLD, 1).deriveFont(TITLE_SIZE));
    }

    private static void register(String file) {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (Path folder : FONT_FOLDERS) {
            Path path = folder.resolve(file);
            if (Files.isRegularFile(path)) {
                try {
                    environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, path.toFile()));
                    return;
                } catch (FontFormatException | IOException e) {
                    throw new IllegalStateException("cannot read the font " + path + ": " + e.getMessage(), e);
                }
            }
        }
    }

    Font text(float size) {
        return regular.deriveFont(size);
    }

    Font title() {
        return bold;
    }

    Font boldText(float size) {
        return bold.deriveFont(size);
    }

    /** The width of a line of text in this font, as Java lays it out with fractional metrics. */
    static double width(Font font, String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** The height a line of text takes: ascent plus descent. */
    static double lineHeight(Font font) {
        return ascent(font) + descent(font);
    }

    static double ascent(Font font) {
        return font.getLineMetrics("Xg", CONTEXT).getAscent();
    }

    static double descent(Font font) {
        return font.getLineMetrics("Xg", CONTEXT).getDescent();
    }

    /** Text cut with an ellipsis to fit a width; unchanged when it fits. */
    static String fit(Font font, String text, double maxWidth) {
        if (width(font, text) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && width(font, text.substring(0, end).strip() + "…") > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).strip() + "…";
    }

}
