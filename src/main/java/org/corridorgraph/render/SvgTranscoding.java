package org.corridorgraph.render;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;

import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.Transcoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.corridorgraph.query.QueryResult;

/**
 * A binary copy of the svg format's picture, made from the very SVG text that format gives: there is
 * one drawing of each answer, and PNG and PDF are available exactly when SVG is. Every call makes its
 * own transcoder, so concurrent calls are safe.
 */
abstract class SvgTranscoding implements Renderer {
    private final Renderer svg;

    SvgTranscoding(Renderer svg) {
        this.svg = svg;
    }

    @Override
    public final boolean drawsGraphs() {
        return true;
    }

    @Override
    public final boolean text() {
        return false;
    }

    @Override
    public final boolean offers(org.corridorgraph.query.CannedQuery query) {
        return svg.offers(query);
    }

    @Override
    public final boolean supports(QueryResult result) {
        return svg.supports(result);
    }

    @Override
    public final String render(QueryResult result) {
        throw new UnsupportedOperationException(format() + " is binary: render it with a size");
    }

    @Override
    public final Rendered render(QueryResult result, PictureSize size) {
        String picture = svg.render(result);
        return Rendered.binary(mediaType(), transcode(picture, SvgFrame.of(picture), size));
    }

    /** The SVG in this format, {@code size.width()} pixels wide at {@code size.dpi()}. */
    abstract byte[] transcode(String picture, SvgFrame frame, PictureSize size);

    /** Runs a Batik transcoder with the size's width and resolution; the picture may not fetch anything. */
    static byte[] run(Transcoder transcoder, String picture, PictureSize size) {
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) size.width());
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_PIXEL_UNIT_TO_MILLIMETER, size.millimetresPerPixel());
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(SvgForBatik.adapt(picture))), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("the SVG picture could not be transcoded: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
