package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransactionFailureException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Reads in this process, on the embedded Neo4j, with no Bolt round trip or serialisation. The
 * embedded API has no read-only transaction, so a query whose plan would write is refused before
 * it runs a row, and the transaction is never committed: closing it rolls back whatever it did.
 */
public final class InProcessReads implements ReadTransactions {
    /** Cypher's own prefix for "plan this, run nothing"; the statement after it is the query's file, unchanged. */
    static final String EXPLAIN = "EXPLAIN ";

    private final Supplier<GraphDatabaseService> database;
    private final QueryLimits limits;
    private final Availability availability;

    /** @param database the live database; a supplier, because the store may be swapped under a running server */
    public InProcessReads(Supplier<GraphDatabaseService> database, QueryLimits limits, Availability availability) {
        this.database = database;
        this.limits = limits;
        this.availability = availability;
    }

    @Override
    public QueryLimits limits() {
        return limits;
    }

    @Override
    public String path() {
        return "in-process";
    }

    @Override
    public <T> T read(String what, Function<ReadTx, T> work) {
        try (Tx tx = new Tx(database.get(), what)) {
            return work.apply(tx);
        } catch (DatabaseShutdownException e) {
            throw availability.lost(e);
        } catch (QueryException e) {
            throw e;
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                throw new QueryException.Timeout(what, limits.timeout().toMillis(), e);
            }
            if (e instanceof TransactionFailureException && unavailable(e)) {
                throw availability.lost(e);
            }
            throw e;
        }
    }

    /** By Neo4j's status code, as {@link BoltReads} does, wherever in the chain of causes it sits. */
    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String code = code(t);
            if (code != null && BoltReads.TIMEOUT_CODES.contains(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String code = code(t);
            if (code != null && code.startsWith("Neo.TransientError.General.DatabaseUnavailable")) {
                return true;
            }
        }
        return false;
    }

    private static String code(Throwable t) {
        if (t instanceof Status.HasStatus s) {
            return s.status().code().serialize();
        }
        if (t instanceof QueryExecutionException q) {
            return q.getStatusCode();
        }
        return null;
    }

    /**
     * Begins the timed transaction at its first statement, after that statement's plan is made
     * ({@link ColdPlans}): the time limit is for reading, not for a cold plan.
     */
    private final class Tx implements ReadTx, AutoCloseable {
        private final GraphDatabaseService db;
        private final String what;
        private Transaction tx;

        Tx(GraphDatabaseService db, String what) {
            this.db = db;
            this.what = what;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Rows run(String cypher, Map<String, ?> params, int maxRows) {
            availability.coldPlans().ensure(cypher, () -> explain(cypher, (Map<String, Object>) params));
            if (tx == null) {
                tx = db.beginTx(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            try (Result result = tx.execute(cypher, (Map<String, Object>) params)) {
                if (result.getQueryExecutionType().queryType() != QueryExecutionType.QueryType.READ_ONLY) {
                    throw new QueryException.NotReadOnly(what);
                }
                List<String> columns = result.columns();
                List<Map<String, Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    Map<String, Object> raw = result.next();
                    InProcessValues values = new InProcessValues();
                    Map<String, Object> row = new LinkedHashMap<>();
                    columns.forEach(c -> row.put(c, values.convert(raw.get(c))));
                    rows.add(row);
                }
                return new Rows(columns, rows, truncated);
            }
        }

        /** Plans CYPHER, reading nothing: EXPLAIN leaves the plan in Neo4j's cache for the same text and parameter types. */
        private void explain(String cypher, Map<String, Object> params) {
            try (Transaction planning = db.beginTx(ColdPlans.PLANNING_LIMIT.toMillis(), TimeUnit.MILLISECONDS); Result plan = planning.execute(EXPLAIN + cypher, params)) {
                plan.getExecutionPlanDescription();
            }
        }

        @Override
        public void close() {
            if (tx != null) {
                tx.close();
            }
        }
    }
}
