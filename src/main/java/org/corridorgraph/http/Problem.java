package org.corridorgraph.http;

/** An RFC 9457 problem detail. */
public record Problem(String type, String title, int status, String detail, String hint) {
    public static Problem of(int status, String title, String detail, String hint) {
        return new Problem("about:blank", title, status, detail, hint);
    }
}
