package org.corridorgraph.cli;

import org.corridorgraph.render.PictureSize;
import picocli.CommandLine.Option;

/** The size of PNG and PDF pictures, with the same bounds as the API's width and dpi. */
final class PictureOptions {
    @Option(names = "--width", paramLabel = "PIXELS", description = "png and pdf: the picture's width, "
            + PictureSize.MIN_WIDTH + " to " + PictureSize.MAX_WIDTH + " pixels (default: " + PictureSize.DEFAULT_WIDTH + ")")
    Integer width;

    @Option(names = "--dpi", paramLabel = "DPI", description = "png and pdf: pixels per inch, " + PictureSize.MIN_DPI + " to "
            + PictureSize.MAX_DPI + " (default: " + PictureSize.DEFAULT_DPI + "); a PDF page is width / dpi inches wide")
    Integer dpi;

    /** @throws PictureSize.OutOfBounds naming --width or --dpi's value when it is out of bounds */
    PictureSize size() {
        return PictureSize.of(width, dpi);
    }
}
