package org.corridorgraph.harness.bench;

import java.util.Arrays;

/**
 * Latency percentiles and throughput of one measured cell.
 *
 * @param count    requests measured (warm-up excluded)
 * @param errors   requests that failed (not counted in the latencies)
 * @param seconds  wall-clock time of the measured phase
 * @param capped   true when the time cap ended the cell before every request ran
 */
public record Stats(int count, int errors, double p50Ms, double p90Ms, double p99Ms, double maxMs, double rps, double seconds,
                    boolean capped) {

    /** @param nanos per-request latencies; only the first {@code count} are used */
    public static Stats of(long[] nanos, int count, int errors, long wallNanos, boolean capped) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double seconds = wallNanos / 1e9;
        return new Stats(count, errors, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.90)), ms(percentile(sorted, 0.99)),
                ms(count == 0 ? 0 : sorted[count - 1]), seconds <= 0 ? 0 : round(count / seconds), round(seconds), capped);
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return round(nanos / 1e6);
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
