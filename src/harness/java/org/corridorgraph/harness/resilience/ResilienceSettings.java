package org.corridorgraph.harness.resilience;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How big and how long: every loop in the scenarios is bounded by a count and by time.
 *
 * @param scenarios           names to run, in this order
 * @param clients             concurrent clients for the load scenario
 * @param loadSeconds         how long the load scenario runs
 * @param maxRequests         most requests any traffic loop sends
 * @param inputs              generated hostile values; each goes to every query and to /api/ask
 * @param hostileSeconds      time limit for sending them
 * @param hostileClients      concurrent clients sending them
 * @param queryTimeout        serve --query-timeout for the database-loss scenario
 * @param outageSeconds       how long the database stays down
 * @param importRelationships relationships in the synthetic import that gets killed
 * @param killRounds          how many times the import is killed, at spread-out moments
 * @param workDir             stores, generated data and child logs
 * @param childArgs           --seed-data/--cypher/--corpus options passed on to child commands
 */
public record ResilienceSettings(List<String> scenarios, int clients, Duration loadSeconds, int maxRequests, int inputs,
                                 Duration hostileSeconds, int hostileClients, double queryTimeout, Duration outageSeconds,
                                 int importRelationships, int killRounds, Path workDir, List<String> childArgs) {
    public static final List<String> ALL = List.of("load", "database-loss", "hostile-input", "killed-import", "limits");

    /** Heap of a child that runs serve or neo4j. */
    static final String SERVER_HEAP = "1g";
    /** Heap of a child that runs a large import in one transaction. */
    static final String IMPORT_HEAP = "3g";
    /** A client gives up on a request after this long: far above any query timeout, so a hang shows. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    /** How long a child may take to start (an embedded Neo4j plus the seed import, on a slow machine). */
    static final Duration START_TIMEOUT = Duration.ofSeconds(240);
}
