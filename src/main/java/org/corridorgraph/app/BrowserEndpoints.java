package org.corridorgraph.app;

import java.util.List;

import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.BrowserLinks;

/**
 * Neo4j Browser as answers link to it, and the origins it is served from (the only ones allowed to
 * fetch our guide cross-origin).
 *
 * @param browserUrl http://host:7474/browser/, or null when there is no Browser
 * @param boltUri    what Browser connects to, or null
 */
public record BrowserEndpoints(String browserUrl, String boltUri, List<String> origins) {
    public static BrowserEndpoints none() {
        return new BrowserEndpoints(null, null, List.of());
    }

    /** The embedded server's Browser, when it runs one; none for an external database. */
    public static BrowserEndpoints of(GraphConnection graph) {
        EmbeddedNeo4j embedded = graph.embedded();
        if (embedded == null) {
            return none();
        }
        String http = embedded.httpUrl();
        return http == null ? new BrowserEndpoints(null, embedded.boltUri().toString(), List.of())
                : new BrowserEndpoints(http + "/browser/", embedded.boltUri().toString(),
                        List.of(http, http.replace("127.0.0.1", "localhost")));
    }

    BrowserLinks links() {
        return new BrowserLinks(browserUrl, boltUri);
    }
}
