package org.corridorgraph.cli;

import java.time.Clock;
import java.time.Duration;

import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.EntityCache;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.query.QuerySettings;
import org.corridorgraph.resources.CypherLibrary;
import picocli.CommandLine.Option;

/** Limits for canned queries, and how to build the runner from them. */
final class QueryOptions {
    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "time limit of one query, in seconds (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000", description = "most rows a query returns (default: ${DEFAULT-VALUE})")
    int maxRows;

    QueryRunner runner(GraphConnection graph, CypherLibrary cypher) {
        EmbeddedNeo4j embedded = graph.embedded();
        String browser = embedded == null || embedded.httpUrl() == null ? null : embedded.httpUrl() + "/browser/";
        String bolt = embedded == null ? null : embedded.boltUri().toString();
        QuerySettings settings = new QuerySettings(Duration.ofMillis((long) (timeoutSeconds * 1000)), maxRows, browser, bolt);
        return new QueryRunner(graph.driver(), QueryCatalogue.load(cypher.folder()),
                new EntityCache(graph.driver(), cypher, Duration.ofSeconds(10), Clock.systemUTC()), cypher, settings);
    }
}
