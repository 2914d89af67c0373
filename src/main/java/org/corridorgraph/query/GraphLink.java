package org.corridorgraph.query;

/**
 * A relationship in a result.
 *
 * @param label what a picture writes on the edge: the type, or the corridor or service a route leg uses
 */
public record GraphLink(String from, String to, String type, String label) {
}
