package org.corridorgraph.http;

/**
 * How the analyst signs in to the embedded Neo4j's Browser. Served only to a page of ours on this
 * machine (GET /api/local/neo4j-login), never put in a URL.
 */
public record LocalLogin(String user, String password) {
    @Override
    public String toString() {
        return "LocalLogin[user=" + user + ", password=…]"; // never in a log line
    }
}
