package org.corridorgraph.query;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.corridorgraph.graph.DatabaseUnavailableException;

/**
 * The gate in front of every query after an outage. A restarted Neo4j has no compiled plans, and a
 * request that compiles one on a busy machine runs into the query timeout. So once the database is
 * lost, no request touches it: one background thread waits for it to answer, then prepares the
 * plans, the smallest queries first and a few at a time, and opens the gate query by query as each
 * plan is ready. A request for a query whose plan is not ready gets 503, never a cold plan.
 */
public final class Availability {
    /** The JDK's logger (stderr by default): SLF4J output is swallowed by Neo4j's bridge in this process. */
    private static final System.Logger LOG = System.getLogger(Availability.class.getName());
    /** Past this, the plans still cold are left to the requests that need them, so one broken plan cannot keep the API shut. */
    public static final Duration WARM_UP_BUDGET = Duration.ofSeconds(120);
    /** How often the recovery asks a database that is away whether it is back. */
    static final Duration PROBE_INTERVAL = Duration.ofMillis(50);
    /** Plans prepared at once: half the CPUs, leaving the others to the queries already let through. */
    static final int WARMERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));

    /**
     * One query's plans to prepare: running its examples leaves them compiled. The query is let
     * through once the first has run; the others follow, for the plans of other parameter shapes.
     */
    public record Plan(String query, List<Runnable> examples) {
        public Plan {
            examples = List.copyOf(examples);
        }
    }

    /** What running an example said about the database. */
    private enum Outcome { RAN, AWAY, LATE }

    private enum State { OPEN, DOWN, WARMING }

    private volatile State state = State.OPEN;
    /** Set when the application stops: connections it closes itself are no outage to report. */
    private volatile boolean closed;
    /** Queries whose plans are ready while WARMING; once OPEN, every query is. */
    private final Set<String> warm = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean recovering = new AtomicBoolean();
    /** Counts outages, so a warm-up that outlived its outage cannot open the gate of the next. */
    private final AtomicInteger outage = new AtomicInteger();
    private final ColdPlans coldPlans = new ColdPlans();

    /** Whether every query may run now; starts the recovery when the database was lost. */
    public boolean ready(Supplier<List<Plan>> plans) {
        return state == State.OPEN || recover(plans);
    }

    /** Whether QUERY may run now: every plan is ready, or this query's is. */
    public boolean ready(String query, Supplier<List<Plan>> plans) {
        return state == State.OPEN || warm.contains(query) || recover(plans);
    }

    /**
     * Refuses while the database is away and until the recovery has a first plan ready: then a
     * query costs the database nothing. Which query may run while plans are still being prepared is
     * decided where the query is known ({@link #ready(String, Supplier)}).
     */
    public void requireReachable(Supplier<List<Plan>> plans) {
        if (state == State.DOWN) {
            recover(plans);
            throw new Unavailable("the database is unavailable, or back with its query plans not yet prepared", "try again in a second");
        }
    }

    /**
     * Closes the gate and says so as a 503; the first request to see the database go logs it, the
     * others answer quietly. Plans already prepared are forgotten: a restarted database has none.
     */
    public DatabaseUnavailableException lost(RuntimeException e) {
        if (state != State.DOWN && !closed) {
            synchronized (this) {
                if (state != State.DOWN) {
                    outage.incrementAndGet();
                    state = State.DOWN;
                    warm.clear();
                    coldPlans.forget();
                    LOG.log(System.Logger.Level.WARNING, "database unavailable, answering 503 until it is back: " + e.getMessage());
                }
            }
        }
        return new DatabaseUnavailableException("the database is unavailable: " + e.getMessage(), "try again shortly", e);
    }

    /** The statements planned since the database was last (re)started, each planned once outside the time limit. */
    ColdPlans coldPlans() {
        return coldPlans;
    }

    /** The application is stopping: a read cut off by it (a warm-up still running, say) logs no outage. */
    public void close() {
        closed = true;
    }

    /** Always false: the caller is answered 503 meanwhile. Starts the one recovery thread unless it runs. */
    private boolean recover(Supplier<List<Plan>> plans) {
        if (recovering.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    recoverNow(plans.get());
                } finally {
                    recovering.set(false);
                }
            }, "corridor-graph-recovery");
            t.setDaemon(true);
            t.start();
        }
        return false;
    }

    private void recoverNow(List<Plan> plans) {
        long started = System.nanoTime();
        while (state != State.OPEN) {
            int seen = outage.get();
            if (plans.isEmpty() || first(plans.get(0), seen)) {
                LOG.log(System.Logger.Level.INFO, "database reachable again after "
                        + (System.nanoTime() - started) / 1_000_000 + " ms of waiting; answering queries as their plans are prepared");
                long warming = System.nanoTime();
                if (rest(plans.subList(Math.min(1, plans.size()), plans.size()), seen)) {
                    LOG.log(System.Logger.Level.INFO, "query plans ready: " + plans.size() + " queries in "
                            + (System.nanoTime() - warming) / 1_000_000 + " ms; answering every query");
                    return;
                }
            }
            if (!pause()) {
                return;
            }
        }
    }

    /** Runs the first plan, which tells whether the database answers again; true when it did (and no new outage began). */
    private boolean first(Plan plan, int seen) {
        if (!prepare(plan, seen, System.nanoTime() + WARM_UP_BUDGET.toNanos())) {
            return false;
        }
        synchronized (this) {
            if (outage.get() == seen && state == State.DOWN) {
                state = State.WARMING;
            }
        }
        return outage.get() == seen;
    }

    /** Prepares the other plans a few at a time; true when every one is ready (or the budget is spent) and the gate is open. */
    private boolean rest(List<Plan> plans, int seen) {
        long deadline = System.nanoTime() + WARM_UP_BUDGET.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(WARMERS, r -> {
            Thread t = new Thread(r, "corridor-graph-warm-up");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Boolean>> done = plans.stream()
                    .map(p -> pool.submit(() -> System.nanoTime() > deadline || outage.get() != seen || prepare(p, seen, deadline))).toList();
            boolean all = true;
            for (Future<Boolean> f : done) {
                all &= f.get();
            }
            synchronized (this) {
                if (all && outage.get() == seen && state == State.WARMING) {
                    state = State.OPEN;
                    warm.clear();
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs PLAN's examples; true when the query may now run, false when the database was away. An
     * example that ran past the query timeout may have left no plan (Neo4j gives up on it), so it is
     * run again, until the budget is spent; the query stays shut meanwhile.
     */
    private boolean prepare(Plan plan, int seen, long deadline) {
        for (int i = 0; i < plan.examples().size() && outage.get() == seen; i++) {
            Outcome outcome = run(plan.examples().get(i));
            while (outcome == Outcome.LATE && System.nanoTime() < deadline && outage.get() == seen) {
                outcome = run(plan.examples().get(i));
            }
            if (outcome == Outcome.AWAY) {
                return false;
            }
            if (i == 0 && outage.get() == seen) {
                warm.add(plan.query());
            }
        }
        if (plan.examples().isEmpty() && outage.get() == seen) {
            warm.add(plan.query());
        }
        return true;
    }

    private static Outcome run(Runnable example) {
        try {
            example.run();
            return Outcome.RAN;
        } catch (DatabaseUnavailableException e) {
            return Outcome.AWAY;
        } catch (QueryException.Timeout e) {
            return Outcome.LATE;
        } catch (RuntimeException e) {
            return Outcome.RAN; // the database answered, with an error the query's own requests will meet and report
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(PROBE_INTERVAL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The gate's 503: thrown by the thousand during an outage, so it skips the stack trace. */
    private static final class Unavailable extends DatabaseUnavailableException {
        Unavailable(String message, String hint) {
            super(message, hint, null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
