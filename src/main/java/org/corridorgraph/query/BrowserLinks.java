package org.corridorgraph.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.corridorgraph.graph.CypherLiteral;

/**
 * Links that open Neo4j Browser with a canned query and its parameters in the editor.
 *
 * @see #none()
 */
public final class BrowserLinks {
    private final String browserUrl;
    private final String boltUri;
    private final String user;
    /** Each query's Cypher, URL-encoded once: encoding is per character and the text is long. */
    private final Map<String, String> encodedCypher = new ConcurrentHashMap<>();

    /**
     * @param browserUrl Neo4j Browser's address (http://host:7474/browser/), or null when there is none
     * @param boltUri    what Browser should connect to, or null to let it ask
     * @param user       who signs in (Browser opens with the user filled in, asking only the password); null: no sign-in
     */
    public BrowserLinks(String browserUrl, String boltUri, String user) {
        this.browserUrl = browserUrl;
        this.boltUri = boltUri;
        this.user = user;
    }

    /** No Browser to link to: results carry no link. */
    public static BrowserLinks none() {
        return new BrowserLinks(null, null, null);
    }

    /**
     * Browser 5 runs one URL command, so the editor gets both lines: its multi-statement editor sets
     * the parameters, then runs the query, on one click. Null when there is no Browser.
     */
    public String link(CannedQuery query, Map<String, Object> cypherParams) {
        if (browserUrl == null) {
            return null;
        }
        StringBuilder url = new StringBuilder(browserUrl).append('?');
        if (boltUri != null && user != null) {
            // Browser reads the user from the connection URL: bolt://neo4j@host:port
            url.append("dbms=").append(encode(boltUri.replaceFirst("://", "://" + user + "@"))).append("&preselectAuthMethod=NATIVE&");
        } else if (boltUri != null) {
            url.append("dbms=").append(encode(boltUri)).append("&preselectAuthMethod=NO_AUTH&");
        }
        String cypherPart = encodedCypher.computeIfAbsent(query.name(), n -> encode("\n" + query.cypher()));
        return url.append("cmd=edit&arg=").append(encode(":params " + CypherLiteral.of(cypherParams) + ";"))
                .append(cypherPart).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
