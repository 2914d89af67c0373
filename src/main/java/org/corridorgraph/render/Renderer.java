package org.corridorgraph.render;

import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.QueryResult;

/**
 * Writes a {@link QueryResult} in one format. Implementations are stateless and thread-safe.
 *
 * <p>Text formats (JSON, CSV, Markdown, Mermaid, SVG) implement {@link #render(QueryResult)}; the binary
 * ones (PNG, PDF) have no text and give their bytes through {@link #render(QueryResult, PictureSize)},
 * which every caller that sends or writes an answer uses.
 */
public interface Renderer {
    /** The short name users pick, e.g. {@code json}, {@code csv}, {@code md}, {@code mermaid}, {@code png}. */
    String format();

    /** The media type of the output, without parameters. */
    String mediaType();

    /** Whether this format is a picture of the graph, which only results with nodes, links or paths can give. */
    default boolean drawsGraphs() {
        return false;
    }

    /**
     * Whether answers of this canned query come in this format (when they have rows), which the API document
     * lists before anything runs. Text formats show every answer; a picture of the graph needs nodes, links or
     * paths.
     */
    default boolean offers(CannedQuery query) {
        return !drawsGraphs() || query.returnsGraph();
    }

    /** Whether the output is UTF-8 text, which {@link #render(QueryResult)} gives; false for PNG and PDF. */
    default boolean text() {
        return true;
    }

    /** Whether this format can show the result; a picture needs nodes, links or paths. */
    boolean supports(QueryResult result);

    /**
     * The result as text.
     *
     * @throws IllegalArgumentException      when {@link #supports} is false for the result
     * @throws UnsupportedOperationException when the format is binary ({@link #text()} is false)
     */
    String render(QueryResult result);

    /**
     * The result as the bytes of a response or a file, with their media type. A text format gives its
     * text as UTF-8 whatever the size; a binary picture is drawn at the size asked.
     *
     * @throws IllegalArgumentException when {@link #supports} is false for the result
     */
    default Rendered render(QueryResult result, PictureSize size) {
        return Rendered.text(mediaType(), render(result));
    }
}
