package org.corridorgraph.query;

import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Runs work in a read transaction under the time limit, and turns the driver's failures into ours:
 * a timeout into {@link QueryException.Timeout}, a lost database into a 503 through the gate.
 */
public final class ReadTransactions {
    /** Neo4j's status codes for a transaction that ran past its time limit (server or client configured). */
    static final Set<String> TIMEOUT_CODES = Set.of(
            "Neo.ClientError.Transaction.TransactionTimedOut",
            "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
            "Neo.TransientError.Transaction.TransactionTimedOut",
            "Neo.TransientError.Transaction.TransactionTimedOutClientConfiguration");

    private final Driver driver;
    private final QueryLimits limits;
    private final Availability availability;
    private final TransactionConfig config;

    public ReadTransactions(Driver driver, QueryLimits limits, Availability availability) {
        this.driver = driver;
        this.limits = limits;
        this.availability = availability;
        this.config = TransactionConfig.builder().withTimeout(limits.timeout()).build();
    }

    QueryLimits limits() {
        return limits;
    }

    /**
     * @param what names the query in a timeout message
     * @param work may be run more than once (the driver retries transient failures), so it starts afresh each time
     */
    <T> T read(String what, Function<TransactionContext, T> work) {
        try (Session session = driver.session()) {
            return session.executeRead(work::apply, config);
        } catch (Neo4jException e) {
            if (isTimeout(e)) {
                throw new QueryException.Timeout(what, limits.timeout().toMillis(), e);
            }
            if (e instanceof TransientException || e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
                throw availability.lost(e);
            }
            throw e;
        }
    }

    static boolean isTimeout(Neo4jException e) {
        return TIMEOUT_CODES.contains(e.code());
    }
}
