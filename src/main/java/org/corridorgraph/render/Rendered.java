package org.corridorgraph.render;

import java.nio.charset.StandardCharsets;

/**
 * A rendered answer: its bytes and their media type.
 *
 * @param text whether the body is UTF-8 text (then {@link #contentType()} says so)
 */
public record Rendered(String mediaType, byte[] body, boolean text) {
    public static Rendered text(String mediaType, String body) {
        return new Rendered(mediaType, body.getBytes(StandardCharsets.UTF_8), true);
    }

    public static Rendered binary(String mediaType, byte[] body) {
        return new Rendered(mediaType, body, false);
    }

    /** The Content-Type header: the media type, with the charset for text. */
    public String contentType() {
        return text ? mediaType + "; charset=utf-8" : mediaType;
    }
}
