package org.corridorgraph.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.corridorgraph.graph.DatabaseUnavailableException;

/**
 * Admission to the routes that read the database. While the gate is shut (the database is away, or
 * back with the plan of the query asked for not yet prepared) a request waits a moment for it to
 * open and then gets a constant 503 that costs the server nothing: no database call, no exception,
 * no serialisation. The wait matters as much as the cheapness: clients that retry at once, ignoring
 * Retry-After, would otherwise spin thousands of 503s a second on the CPUs the restarted database
 * needs. Admitted requests are capped too, below the driver's connection pool, so none waits for a
 * connection and an overload is a quick 503 instead of a slow failure; while plans are still being
 * prepared after an outage, only as many as the machine has CPUs, so the first answers are not late.
 */
public final class Bulkhead {
    /** Requests reading the database at once: half the driver's pool of 64, many more than two CPUs can serve. */
    static final int PERMITS = 32;
    /**
     * Requests reading the database at once while plans are still being prepared after an outage: on
     * a restarted database every query is slow until its JVM has warmed up, and more at once only
     * makes each of them late.
     */
    static final int WARMING_PERMITS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** How long a request may wait for one of them; with the query timeout, still inside its time limit + 1 s. */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(1);
    /** How long a request waits for a shut gate to open before it is answered 503. */
    static final Duration HOLD = Duration.ofMillis(100);
    private static final long POLL_MILLIS = 20;
    private static final String ADMITTED = Bulkhead.class.getName();

    private final Predicate<String> queryReady;
    private final BooleanSupplier allReady;
    private final Semaphore running;
    private final Semaphore runningWhileWarming;
    /** Requests waiting at the gate, capped like the running ones so an outage cannot hold every Jetty thread. */
    private final Semaphore waiting;
    private final Duration queueWait;
    private final Duration hold;
    private final byte[] unavailable;
    private final byte[] busy;

    /**
     * @param queryReady whether the named canned query may run
     * @param allReady   whether every query may, for routes that may run any (ask, entity details)
     */
    public Bulkhead(ObjectMapper mapper, Predicate<String> queryReady, BooleanSupplier allReady) {
        this(mapper, queryReady, allReady, PERMITS, WARMING_PERMITS, QUEUE_WAIT, HOLD);
    }

    Bulkhead(ObjectMapper mapper, Predicate<String> queryReady, BooleanSupplier allReady, int permits, int warmingPermits,
             Duration queueWait, Duration hold) {
        this.queryReady = queryReady;
        this.allReady = allReady;
        this.running = new Semaphore(permits);
        this.runningWhileWarming = new Semaphore(warmingPermits);
        this.waiting = new Semaphore(permits);
        this.queueWait = queueWait;
        this.hold = hold;
        this.unavailable = body(mapper, new DatabaseUnavailableException(
                "the database is unavailable, or back with this query's plan not yet prepared", "try again in a second", null));
        this.busy = body(mapper, new DatabaseUnavailableException("the server is answering as many database requests as it can",
                "try again in a second", null));
    }

    /** Puts the bulkhead in front of the routes that read the database. */
    public void install(JavalinDefaultRoutingApi routes) {
        routes.before("/api/queries/{name}", ctx -> admit(ctx, () -> queryReady.test(ctx.pathParam("name"))));
        routes.before("/api/ask", ctx -> admit(ctx, allReady));
        routes.before("/api/entities/{name}", ctx -> admit(ctx, allReady));
        routes.after(this::release);
    }

    private void admit(Context ctx, BooleanSupplier open) throws InterruptedException {
        if (!open.getAsBoolean() && !awaitOpen(open)) {
            refuse(ctx, unavailable);
            return;
        }
        long until = System.nanoTime() + queueWait.toNanos();
        if (!running.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS)) {
            refuse(ctx, busy);
        } else if (allReady.getAsBoolean()) {
            ctx.attribute(ADMITTED, running);
        } else if (runningWhileWarming.tryAcquire(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            ctx.attribute(ADMITTED, runningWhileWarming);
        } else {
            running.release();
            refuse(ctx, busy);
        }
    }

    private boolean awaitOpen(BooleanSupplier open) throws InterruptedException {
        if (!waiting.tryAcquire()) {
            return false;
        }
        try {
            long until = System.nanoTime() + hold.toNanos();
            while (System.nanoTime() < until) {
                Thread.sleep(POLL_MILLIS);
                if (open.getAsBoolean()) {
                    return true;
                }
            }
            return false;
        } finally {
            waiting.release();
        }
    }

    private void release(Context ctx) {
        Semaphore held = ctx.attribute(ADMITTED);
        if (held != null) {
            ctx.attribute(ADMITTED, null);
            running.release();
            if (held == runningWhileWarming) {
                runningWhileWarming.release();
            }
        }
    }

    private static void refuse(Context ctx, byte[] body) {
        ctx.status(503).contentType(HttpApp.PROBLEM_JSON).header("Retry-After", "1").result(body);
        ctx.skipRemainingHandlers();
    }

    private static byte[] body(ObjectMapper mapper, DatabaseUnavailableException e) {
        try {
            return mapper.writeValueAsBytes(HttpErrors.problem(e, ""));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("problem not serialisable", x);
        }
    }
}
