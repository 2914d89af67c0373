package org.corridorgraph.render;

import java.awt.Color;

import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * The picture as a PNG, rasterised by Batik's PNGTranscoder: {@code width} pixels wide, the height
 * following the picture's shape, on white, with the dpi recorded (pHYs) so that word processors place it
 * at {@code width / dpi} inches.
 */
final class PngRenderer extends SvgTranscoding {
    PngRenderer(Renderer svg) {
        super(svg);
    }

    @Override
    public String format() {
        return "png";
    }

    @Override
    public String mediaType() {
        return "image/png";
    }

    @Override
    byte[] transcode(String picture, SvgFrame frame, PictureSize size) {
        long height = frame.heightAt(size.width());
        if (size.width() * height > PictureSize.MAX_PIXELS) {
            // a tall picture at a large width would take more memory than one answer may
            long widest = (long) Math.sqrt(PictureSize.MAX_PIXELS / frame.aspect());
            throw new PictureSize.OutOfBounds("width", "a PNG of this picture " + size.width() + " px wide would be " + size.width()
                    + " × " + height + " px, more than " + PictureSize.MAX_PIXELS / 1_000_000 + " million pixels",
                    "give a width of at most " + widest);
        }
        PNGTranscoder png = new PNGTranscoder();
        png.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        return run(png, picture, size);
    }
}
