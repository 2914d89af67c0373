package org.corridorgraph.http;

/** Whether the database is reachable and imported; the composition root decides how to tell. */
@FunctionalInterface
public interface Readiness {
    Status check();

    /** @param graph whether the graph is what the last import wrote, as last checked; null before the first check */
    record Status(boolean ready, String detail, String graph) {
    }
}
