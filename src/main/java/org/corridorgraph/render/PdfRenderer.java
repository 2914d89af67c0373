package org.corridorgraph.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.fop.configuration.Configuration;
import org.apache.fop.configuration.ConfigurationException;
import org.apache.fop.configuration.DefaultConfigurationBuilder;
import org.apache.fop.svg.AbstractFOPTranscoder;
import org.apache.fop.svg.PDFTranscoder;

/**
 * The picture as a one-page PDF, by FOP's PDFTranscoder: vector shapes, and text as text in DejaVu
 * Sans, embedded (a subset of it). The page is {@code width / dpi} inches wide, the height following
 * the picture's shape. Any sans-serif family the picture names is drawn in DejaVu Sans, as on the PNG.
 * Without DejaVu Sans installed the PDF falls back to Helvetica, which PDF readers supply but which is
 * not embedded.
 */
final class PdfRenderer extends SvgTranscoding {
    private static final System.Logger LOG = System.getLogger(PdfRenderer.class.getName());
    /** FOP's font setup, naming the DejaVu files; null without them. */
    private final Configuration fonts;

    PdfRenderer(Renderer svg, PictureFonts fonts) {
        super(svg);
        this.fonts = fonts.present() ? configuration(fonts) : null;
        if (!fonts.present()) {
            LOG.log(System.Logger.Level.WARNING, "DejaVu Sans is not installed: PDF pictures will not embed their font; "
                    + "install Debian's fonts-dejavu-core (scripts/ensure-fonts.sh)");
        }
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    byte[] transcode(String picture, SvgFrame frame, PictureSize size) {
        PDFTranscoder pdf = new PDFTranscoder();
        if (fonts == null) {
            pdf.addTranscodingHint(AbstractFOPTranscoder.KEY_AUTO_FONTS, Boolean.FALSE); // no scan of every system font
        } else {
            try {
                pdf.configure(fonts);
            } catch (ConfigurationException e) {
                throw new IllegalStateException("FOP refused its font setup", e);
            }
        }
        return run(pdf, picture, size);
    }

    /** Each face under every sans family name; no font cache, so nothing is written to the user's home. */
    private static Configuration configuration(PictureFonts fonts) {
        StringBuilder xml = new StringBuilder("<cfg><use-cache>false</use-cache><fonts>");
        for (PictureFonts.Face face : fonts.faces()) {
            xml.append("<font kerning=\"yes\" embed-url=\"").append(face.file().toUri().toString().replace("&", "&amp;")).append("\">");
            for (String family : PictureFonts.SANS) {
                xml.append("<font-triplet name=\"").append(family).append("\" style=\"").append(face.italic() ? "italic" : "normal")
                        .append("\" weight=\"").append(face.bold() ? "bold" : "normal").append("\"/>");
            }
            xml.append("</font>");
        }
        xml.append("</fonts></cfg>");
        try {
            return new DefaultConfigurationBuilder().build(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (ConfigurationException e) {
            throw new IllegalStateException("FOP's font setup does not parse", e);
        }
    }
}
