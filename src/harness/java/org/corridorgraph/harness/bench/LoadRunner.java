package org.corridorgraph.harness.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.Stats;

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

    /** Latencies of one measured phase, to be combined with others of the same system. */
    public record Sample(long[] nanos, int count, int errors, long wallNanos, boolean capped) {
    }

    /**
     * @param requests measured requests in total, shared by the clients
     * @param warmup   requests run first at the same concurrency, not measured
     */
    public static Stats run(Workload workload, int clients, int requests, int warmup, Duration cap) {
        warm(workload, clients, warmup, cap);
        return combine(List.of(measure(workload, clients, requests, cap)));
    }

    public static void warm(Workload workload, int clients, int requests, Duration cap) {
        phase(workload, clients, requests, cap, false);
    }

    public static Sample measure(Workload workload, int clients, int requests, Duration cap) {
        return phase(workload, clients, requests, cap, true);
    }

    /** One set of figures from several phases: latencies pooled, throughput = requests / summed wall time. */
    public static Stats combine(List<Sample> samples) {
        int count = samples.stream().mapToInt(Sample::count).sum();
        long[] all = new long[count];
        int at = 0;
        for (Sample s : samples) {
            System.arraycopy(s.nanos(), 0, all, at, s.count());
            at += s.count();
        }
        return Stats.of(all, count, samples.stream().mapToInt(Sample::errors).sum(),
                samples.stream().mapToLong(Sample::wallNanos).sum(), samples.stream().anyMatch(Sample::capped));
    }

    private static Sample phase(Workload workload, int clients, int requests, Duration cap, boolean measured) {
        long[] nanos = measured ? new long[requests] : null;
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
            throw new HarnessException(errors.get() + " of " + requests + " requests failed; first: " + e.getMessage(),
                    "check that the server answers this query", e);
        }
        return new Sample(nanos == null ? new long[0] : nanos, nanos == null ? 0 : done.get(), errors.get(), wall, next.get() < requests);
    }
}
