package org.corridorgraph.http;

/** GET /health: the process is up. */
public record Health(String status, String version) {
}
