package org.corridorgraph.graph;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.TransientException;

/**
 * Runs an idempotent write again when Neo4j calls its failure transient (a deadlock between two imports
 * creating the same constraints, a lock wait timed out), with growing pauses, for at most a budget.
 *
 * <p>The driver's own retries are off (GraphConnection: a read must fail within its timeout), so writes
 * that may meet another writer say here that they are safe to repeat.
 */
public final class TransientRetry {
    /** Long enough for the other import's schema and write to end on a slow machine. */
    public static final Duration IMPORT_BUDGET = Duration.ofSeconds(60);
    private static final long FIRST_PAUSE_MS = 100;
    private static final long LONGEST_PAUSE_MS = 2_000;

    private final Duration budget;

    public TransientRetry(Duration budget) {
        this.budget = budget;
    }

    /** The work's result; its last transient failure once the budget is spent; any other failure at once. */
    public <T> T call(Supplier<T> work) {
        long deadline = System.nanoTime() + budget.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                return work.get();
            } catch (TransientException e) {
                long jittered = pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
                if (System.nanoTime() + jittered * 1_000_000 > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(jittered);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
            }
        }
    }
}
