package org.corridorgraph.render;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/**
 * How large a PNG or PDF picture is: its width in pixels (the height follows the picture's shape) and
 * how many of those pixels make an inch. A PNG is {@code width} pixels wide and records {@code dpi};
 * a PDF page is {@code width / dpi} inches wide. The default, 1600 px at 200 dpi, is 8 inches (20 cm):
 * the width of an A4 or Letter page. Text formats ignore both.
 */
public record PictureSize(int width, int dpi) {
    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 6000;
    public static final int DEFAULT_WIDTH = 1600;
    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 600;
    public static final int DEFAULT_DPI = 200;
    public static final PictureSize DEFAULT = new PictureSize(DEFAULT_WIDTH, DEFAULT_DPI);
    /** Most pixels one PNG may have (about 140 MB while it is drawn): 6000 × 6000. */
    static final long MAX_PIXELS = 36_000_000L;

    public PictureSize {
        check("width", width, MIN_WIDTH, MAX_WIDTH, DEFAULT_WIDTH, "pixels");
        check("dpi", dpi, MIN_DPI, MAX_DPI, DEFAULT_DPI, "dots per inch");
    }

    /** A size given as text (HTTP query parameters); an absent value takes its default. */
    public static PictureSize parse(String width, String dpi) {
        return new PictureSize(number("width", width, DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH, "pixels"),
                number("dpi", dpi, DEFAULT_DPI, MIN_DPI, MAX_DPI, "dots per inch"));
    }

    /** A size given as options (the command line); null takes the default. */
    public static PictureSize of(Integer width, Integer dpi) {
        return new PictureSize(width == null ? DEFAULT_WIDTH : width, dpi == null ? DEFAULT_DPI : dpi);
    }

    /** Millimetres per pixel, as Batik's transcoders take the resolution. */
    float millimetresPerPixel() {
        return 25.4f / dpi;
    }

    private static int number(String name, String text, int fallback, int min, int max, String unit) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new OutOfBounds(name, name + " = " + text.strip() + " is not a whole number", hint(min, max, fallback, unit));
        }
    }

    private static void check(String name, int value, int min, int max, int fallback, String unit) {
        if (value < min || value > max) {
            throw new OutOfBounds(name, name + " = " + value + " is out of range", hint(min, max, fallback, unit));
        }
    }

    private static String hint(int min, int max, int fallback, String unit) {
        return "give a whole number from " + min + " to " + max + " (" + unit + "; default " + fallback + ")";
    }

    /** A width or dpi outside its bounds, or not a number: a bad request naming the parameter. */
    public static final class OutOfBounds extends CorridorGraphException {
        private final String parameter;

        OutOfBounds(String parameter, String message, String hint) {
            super(ErrorKind.BAD_INPUT, message, hint, null);
            this.parameter = parameter;
        }

        @Override
        public String parameter() {
            return parameter;
        }
    }
}
