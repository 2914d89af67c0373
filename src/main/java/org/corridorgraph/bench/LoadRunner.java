package org.corridorgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one workload at a fixed number of concurrent clients: a warm-up, then a bounded number of
 * measured requests shared by the clients, each timed with System.nanoTime. A time cap stops the
 * cell early (and says so) rather than letting a slow system run on.
 */
public final class LoadRunner {
    /** One request; returns normally when the answer was right, throws otherwise. */
    @FunctionalInterface
    public interface Workload {
        void call() throws Exception;
    }

    private LoadRunner() {
    }

    /**
     * @param requests measured requests in total, shared by the clients
     * @param warmup   requests run first at the same concurrency, not measured
     */
    public static Stats run(Workload workload, int clients, int requests, int warmup, Duration cap) {
        phase(workload, clients, warmup, cap, null);
        long[] nanos = new long[requests];
        return phase(workload, clients, requests, cap, nanos);
    }

    private static Stats phase(Workload workload, int clients, int requests, Duration cap, long[] nanos) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + cap.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (i >= requests) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    try {
                        workload.call();
                        long elapsed = System.nanoTime() - t0;
                        if (nanos != null) {
                            nanos[done.getAndIncrement()] = elapsed;
                        }
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                }
            }, "bench-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", e);
            }
        }
        long wall = System.nanoTime() - t0;
        if (firstError.get() != null && errors.get() * 10 > Math.max(1, requests)) {
            Throwable e = firstError.get();
            throw new BenchException(errors.get() + " of " + requests + " requests failed; first: " + e.getMessage(),
                    "check that the server answers this query", e);
        }
        int count = nanos == null ? 0 : done.get();
        return Stats.of(nanos == null ? new long[0] : nanos, count, errors.get(), wall, next.get() < requests);
    }
}
