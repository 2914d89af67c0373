package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Reads over the driver, for an external Neo4j (--uri): a read transaction, so a cluster can route
 * it to a follower, with the time limit in its config.
 */
public final class BoltReads implements ReadTransactions {
    /** Neo4j's status codes for a transaction that ran past its time limit (server or client configured). */
    static final Set<String> TIMEOUT_CODES = Set.of(
            "Neo.ClientError.Transaction.TransactionTimedOut",
            "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
            "Neo.TransientError.Transaction.TransactionTimedOut",
            "Neo.TransientError.Transaction.TransactionTimedOutClientConfiguration");

    /** What the server answers a read transaction that tries to write. */
    static final String WRITE_IN_READ = "Neo.ClientError.Statement.AccessMode";

    /** Read sessions, so a cluster can route them to a follower. */
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private static final TransactionConfig PLANNING = TransactionConfig.builder().withTimeout(ColdPlans.PLANNING_LIMIT).build();

    private final Driver driver;
    private final QueryLimits limits;
    private final Availability availability;
    private final TransactionConfig config;

    public BoltReads(Driver driver, QueryLimits limits, Availability availability) {
        this.driver = driver;
        this.limits = limits;
        this.availability = availability;
        this.config = TransactionConfig.builder().withTimeout(limits.timeout()).build();
    }

    @Override
    public QueryLimits limits() {
        return limits;
    }

    @Override
    public String path() {
        return "bolt";
    }

    @Override
    public <T> T read(String what, Function<ReadTx, T> work) {
        try (Session session = driver.session(READ); Tx tx = new Tx(session)) {
            return work.apply(tx);
        } catch (Neo4jException e) {
            if (isTimeout(e)) {
                throw new QueryException.Timeout(what, limits.timeout().toMillis(), e);
            }
            if (WRITE_IN_READ.equals(e.code())) {
                throw new QueryException.NotReadOnly(what);
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

    /**
     * Begins the timed read transaction at its first statement, after that statement's plan is made
     * in a session of its own ({@link ColdPlans}): the time limit is for reading, not for a cold plan.
     * The driver retries nothing (GraphConnection), so an explicit transaction loses nothing
     * executeRead would have given.
     */
    private final class Tx implements ReadTx, AutoCloseable {
        private final Session session;
        private Transaction tx;

        Tx(Session session) {
            this.session = session;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Rows run(String cypher, Map<String, ?> params, int maxRows) {
            availability.coldPlans().ensure(cypher, () -> explain(cypher, (Map<String, Object>) params));
            if (tx == null) {
                tx = session.beginTransaction(config);
            }
            Result result = tx.run(cypher, (Map<String, Object>) params);
            List<String> columns = result.keys();
            List<Map<String, Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (result.hasNext()) {
                if (rows.size() == maxRows) {
                    truncated = true;
                    break;
                }
                rows.add(row(result.next()));
            }
            result.consume();
            return new Rows(columns, rows, truncated);
        }

        /** Plans CYPHER, reading nothing: EXPLAIN leaves the plan in the server's cache for the same text and parameter types. */
        private void explain(String cypher, Map<String, Object> params) {
            try (Session planning = driver.session(READ)) {
                planning.run(InProcessReads.EXPLAIN + cypher, params, PLANNING).consume();
            }
        }

        @Override
        public void close() {
            if (tx != null) {
                tx.close();
            }
        }

        private static Map<String, Object> row(Record record) {
            BoltValues values = new BoltValues();
            Map<String, Object> row = new LinkedHashMap<>();
            record.keys().forEach(k -> row.put(k, values.convert(record.get(k))));
            return row;
        }
    }
}
