package org.corridorgraph.query;

import java.time.Duration;

/**
 * Limits every canned query runs under.
 *
 * @param browserUrl Neo4j Browser's address (http://host:7474/browser/), or null when there is none
 * @param boltUri    what Browser should connect to, or null
 */
public record QuerySettings(Duration timeout, int maxRows, String browserUrl, String boltUri) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_ROWS = 1000;
}
