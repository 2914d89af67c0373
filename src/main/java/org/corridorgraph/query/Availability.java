package org.corridorgraph.query;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

import org.corridorgraph.graph.DatabaseUnavailableException;

/**
 * The gate in front of every query after an outage. A restarted Neo4j has no compiled plans, and
 * many clients compiling them at once run into the query timeout: once the database is back, one
 * request runs the warm-up while the others get 503, then all pass.
 */
public final class Availability {
    /** The JDK's logger (stderr by default): SLF4J output is swallowed by Neo4j's bridge in this process. */
    private static final System.Logger LOG = System.getLogger(Availability.class.getName());
    /** The warm-up stops after this long, however many plans remain. */
    public static final Duration WARM_UP_BUDGET = Duration.ofSeconds(10);

    private volatile boolean cold;
    private final ReentrantLock warming = new ReentrantLock();

    /**
     * Whether queries may run now: false while the database is away or being warmed.
     *
     * @param warmUp runs the warm-up, answering how many queries it ran
     */
    public boolean ready(IntSupplier warmUp) {
        if (!cold) {
            return true;
        }
        if (!warming.tryLock()) {
            return false;
        }
        try {
            if (cold) {
                long started = System.nanoTime();
                int ran = warmUp.getAsInt();
                cold = false;
                LOG.log(System.Logger.Level.INFO, "database reachable again: " + ran + " query examples ran in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms; answering queries");
            }
            return true;
        } catch (DatabaseUnavailableException e) {
            return false;
        } finally {
            warming.unlock();
        }
    }

    /** As {@link #ready}, or a 503 that says the plans are still being prepared. */
    public void requireReady(IntSupplier warmUp) {
        if (!ready(warmUp)) {
            throw new DatabaseUnavailableException("the database is back but its query plans are still being prepared",
                    "try again in a few seconds", null);
        }
    }

    /**
     * Marks the plans cold and says so as a 503; the first request to see the database go logs it,
     * the others answer quietly.
     */
    public DatabaseUnavailableException lost(RuntimeException e) {
        if (!cold) {
            cold = true;
            LOG.log(System.Logger.Level.WARNING, "database unavailable, answering 503 until it is back: " + e.getMessage());
        }
        return new DatabaseUnavailableException("the database is unavailable: " + e.getMessage(), "try again shortly", e);
    }
}
