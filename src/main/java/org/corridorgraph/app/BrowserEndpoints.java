package org.corridorgraph.app;

import java.util.List;

import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.http.LocalLogin;
import org.corridorgraph.query.BrowserLinks;

/**
 * Neo4j Browser as answers link to it, the origins it is served from (the only ones allowed to
 * fetch our guide cross-origin), and how the analyst signs in to it.
 *
 * @param browserUrl http://host:7474/browser/, or null when there is no Browser
 * @param boltUri    what Browser connects to, or null
 * @param login      the embedded store's user and password, for our page's copy button; null when it has none
 */
public record BrowserEndpoints(String browserUrl, String boltUri, List<String> origins, LocalLogin login) {
    public static BrowserEndpoints none() {
        return new BrowserEndpoints(null, null, List.of(), null);
    }

    /** The embedded server's Browser, when it runs one; none for an external database. */
    public static BrowserEndpoints of(GraphConnection graph) {
        EmbeddedNeo4j embedded = graph.embedded();
        if (embedded == null) {
            return none();
        }
        LocalLogin login = embedded.authRequired() ? new LocalLogin(GraphConnection.USER, embedded.password()) : null;
        String http = embedded.httpUrl();
        return http == null ? new BrowserEndpoints(null, embedded.boltUri().toString(), List.of(), login)
                : new BrowserEndpoints(http + "/browser/", embedded.boltUri().toString(),
                        List.of(http, http.replace("127.0.0.1", "localhost")), login);
    }

    BrowserLinks links() {
        return new BrowserLinks(browserUrl, boltUri, login == null ? null : login.user());
    }
}
