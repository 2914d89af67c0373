package org.corridorgraph.harness.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop clients: each sends the next request of a shared round-robin as soon as its last one
 * is answered. Bounded three ways: a stop signal, a deadline and a request count.
 */
final class Traffic {
    /** One request: when it started and ended (System.nanoTime), and what came back. */
    record Sample(long start, long end, String path, int status, boolean problemJson, String failure, boolean timedOut) {
        double millis() {
            return (end - start) / 1e6;
        }

        boolean ok() {
            return failure == null && status >= 200 && status < 300;
        }
    }

    private final Http http;
    private final String base;
    private final List<String> paths;
    private final int clients;
    private final long maxRequests;
    private final AtomicLong next = new AtomicLong();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private long deadline;

    Traffic(Http http, String base, List<String> paths, int clients, long maxRequests) {
        this.http = http;
        this.base = base;
        this.paths = List.copyOf(paths);
        this.clients = clients;
        this.maxRequests = maxRequests;
    }

    /** Starts the clients; they stop by themselves at LIMIT at the latest. */
    Traffic start(Duration limit) {
        deadline = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(this::client, "resilience-client-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return this;
    }

    private void client() {
        while (!stopping.get() && System.nanoTime() < deadline) {
            long n = next.getAndIncrement();
            if (n >= maxRequests) {
                return;
            }
            String path = paths.get((int) (n % paths.size()));
            long start = System.nanoTime();
            Http.Answer answer = http.get(base + path);
            samples.add(new Sample(start, System.nanoTime(), path, answer.status(), answer.isProblemJson(), answer.failure(),
                    answer.timedOut()));
        }
    }

    /** Signals the clients to stop and waits for requests in flight (each bounded by the client timeout). */
    List<Sample> stop() {
        stopping.set(true);
        return await();
    }

    /** Waits for the clients to end by themselves (deadline or count). */
    List<Sample> await() {
        long until = System.nanoTime() + ResilienceSettings.CLIENT_TIMEOUT.plusSeconds(10).toNanos()
                + Math.max(0, deadline - System.nanoTime());
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return samples();
    }

    List<Sample> samples() {
        return new ArrayList<>(samples);
    }
}
