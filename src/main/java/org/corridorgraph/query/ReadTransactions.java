package org.corridorgraph.query;

import java.util.function.Function;

/**
 * Where canned queries run: a read transaction under the time limit, whose failures arrive as ours
 * (a timeout as {@link QueryException.Timeout}, a lost database as a 503 through the gate). Two
 * paths: {@link InProcessReads} for the embedded Neo4j, {@link BoltReads} over the driver.
 */
public interface ReadTransactions {
    QueryLimits limits();

    /** "in-process" or "bolt", for diagnostics. */
    String path();

    /**
     * @param what names the query in a timeout message
     * @param work runs in one transaction, begun at its first statement once that statement is planned
     *             (a cold plan is made outside the time limit, {@link ColdPlans})
     */
    <T> T read(String what, Function<ReadTx, T> work);
}
