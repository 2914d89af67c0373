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
        try (Transaction tx = database.get().beginTx(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
            return work.apply(new Tx(tx, what));
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

    private record Tx(Transaction tx, String what) implements ReadTx {
        @Override
        @SuppressWarnings("unchecked")
        public Rows run(String cypher, Map<String, ?> params, int maxRows) {
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
    }
}
