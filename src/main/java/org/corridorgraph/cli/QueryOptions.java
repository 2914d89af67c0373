package org.corridorgraph.cli;

import java.time.Duration;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.query.QueryLimits;
import picocli.CommandLine.Option;

/** Limits for canned queries. */
final class QueryOptions {
    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "time limit of one query, in seconds (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000", description = "most rows a query returns (default: ${DEFAULT-VALUE})")
    int maxRows;

    QueryLimits limits() {
        return new QueryLimits(Duration.ofMillis((long) (timeoutSeconds * 1000)), maxRows);
    }
}
