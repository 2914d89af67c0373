package org.corridorgraph.cli;

import java.time.Duration;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.app.Application;
import org.corridorgraph.query.QueryLimits;
import picocli.CommandLine.Option;

/** Limits for canned queries. */
final class QueryOptions {
    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "time limit of one query, in seconds (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000", description = "most rows a query returns (default: ${DEFAULT-VALUE})")
    int maxRows;

    @Option(names = "--reads", paramLabel = "PATH", defaultValue = "in-process",
            description = "how queries reach the embedded Neo4j: in-process (default) or bolt, as an external one is reached")
    String reads;

    @Option(names = "--answer-cache", paramLabel = "MB", defaultValue = "32",
            description = "memory for rendered answers, emptied by every import; 0 turns the cache off (default: ${DEFAULT-VALUE})")
    long answerCacheMegabytes;

    Application.Answers answers() {
        Application.ReadPath path = switch (reads) {
            case "in-process" -> Application.ReadPath.IN_PROCESS;
            case "bolt" -> Application.ReadPath.BOLT;
            default -> throw new CorridorGraphException(org.corridorgraph.ErrorKind.BAD_INPUT, "--reads " + reads + " is not a read path",
                    "use --reads in-process or --reads bolt", null);
        };
        if (answerCacheMegabytes < 0) {
            throw new CorridorGraphException(org.corridorgraph.ErrorKind.BAD_INPUT, "--answer-cache " + answerCacheMegabytes
                    + " is negative", "give megabytes, or 0 to turn the cache off", null);
        }
        return new Application.Answers(path, answerCacheMegabytes << 20, false);
    }

    QueryLimits limits() {
        return new QueryLimits(Duration.ofMillis((long) (timeoutSeconds * 1000)), maxRows);
    }
}
