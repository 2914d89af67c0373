package org.corridorgraph.http;

/** Whether the database is reachable and imported; the composition root decides how to tell. */
@FunctionalInterface
public interface Readiness {
    Status check();

    record Status(boolean ready, String detail) {
    }
}
