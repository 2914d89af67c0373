package org.corridorgraph.render.picture;

import java.util.Locale;

/**
 * An sRGB colour as #rrggbb, with WCAG 2 contrast: text on a fill keeps at least {@link #MINIMUM_CONTRAST}.
 *
 * @param hex lower-case #rrggbb
 */
public record Colour(String hex) {
    /** WCAG AA for normal text. */
    public static final double MINIMUM_CONTRAST = 4.5;
    public static final Colour DARK = new Colour("#111827");
    public static final Colour WHITE = new Colour("#ffffff");

    public Colour {
        hex = expand(hex);
    }

    /** The colour written #rrggbb, #rgb, white or black; a clear error otherwise. */
    public static Colour of(String text) {
        return new Colour(text);
    }

    /** Whether the text is a colour {@link #of} reads. */
    public static boolean parses(String text) {
        try {
            expand(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Relative luminance, 0 (black) to 1 (white). */
    public double luminance() {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    /** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 to 21. */
    public double contrastWith(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** This colour when it keeps 4.5:1 on the fill, else dark or white, whichever contrasts more. */
    public Colour readableOn(Colour fill) {
        if (contrastWith(fill) >= MINIMUM_CONTRAST) {
            return this;
        }
        return DARK.contrastWith(fill) >= WHITE.contrastWith(fill) ? DARK : WHITE;
    }

    @Override
    public String toString() {
        return hex;
    }

    private static String expand(String colour) {
        String c = colour == null ? "" : colour.strip().toLowerCase(Locale.ROOT);
        if (c.equals("white")) {
            return "#ffffff";
        }
        if (c.equals("black")) {
            return "#000000";
        }
        if (c.matches("#[0-9a-f]{6}")) {
            return c;
        }
        if (c.matches("#[0-9a-f]{3}")) {
            return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        throw new IllegalArgumentException("not a #rrggbb colour: '" + colour + "'");
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
