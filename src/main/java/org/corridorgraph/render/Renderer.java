package org.corridorgraph.render;

import org.corridorgraph.query.QueryResult;

/** Writes a {@link QueryResult} in one format. Implementations are stateless and thread-safe. */
public interface Renderer {
    /** The short name users pick, e.g. {@code json}, {@code csv}, {@code md}, {@code mermaid}. */
    String format();

    /** The media type of the output, without parameters; the output is always UTF-8 text. */
    String mediaType();

    /** Whether this format is a picture of the graph, which only results with nodes, links or paths can give. */
    default boolean drawsGraphs() {
        return false;
    }

    /** Whether this format can show the result; a picture needs nodes, links or paths. */
    boolean supports(QueryResult result);

    /**
     * The result as text.
     *
     * @throws IllegalArgumentException when {@link #supports} is false for the result
     */
    String render(QueryResult result);
}
