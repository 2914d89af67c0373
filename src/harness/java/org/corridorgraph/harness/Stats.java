package org.corridorgraph.harness;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latencies and throughput of a set of requests, in the one convention of bench and resilience: nearest-rank percentiles with p
 * from 0 to 100 (p99 is percentile 99), in milliseconds, and every figure rounded to 3 decimals (the driver answers in well
 * under a millisecond, so a coarser rounding would blur the ratios between systems).
 *
 * @param count   requests measured (warm-up excluded)
 * @param errors  requests that failed (not counted in the latencies)
 * @param rps     requests per second of wall-clock time; 0 when only latencies are known
 * @param seconds wall-clock time of the measured phase; 0 when only latencies are known
 * @param capped  true when the time cap ended the phase before every request ran
 */
public record Stats(int count, int errors, double p50Ms, double p90Ms, double p95Ms, double p99Ms, double maxMs, double rps,
                    double seconds, boolean capped) {

    /** @param nanos per-request latencies; only the first {@code count} are used */
    public static Stats of(long[] nanos, int count, int errors, long wallNanos, boolean capped) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double seconds = wallNanos / 1e9;
        return new Stats(count, errors, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 95)),
                ms(percentile(sorted, 99)), ms(count == 0 ? 0 : sorted[count - 1]), seconds <= 0 ? 0 : round(count / seconds), round(seconds), capped);
    }

    /** Latencies only, of requests whose wall-clock time is not the point (the resilience scenarios'). */
    public static Stats ofLatencies(long[] nanos) {
        return of(nanos, nanos.length, 0, 0, false);
    }

    /** p50_ms, p90_ms, p99_ms and max_ms, as the results files name them. */
    public Map<String, Object> latencies() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50_ms", p50Ms);
        out.put("p90_ms", p90Ms);
        out.put("p99_ms", p99Ms);
        out.put("max_ms", maxMs);
        return out;
    }

    /** Nearest-rank percentile P (0 to 100) of sorted values; 0 when there are none. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Every figure of the results files (milliseconds, seconds, megabytes, rates) to 3 decimals. */
    public static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private static double ms(long nanos) {
        return round(nanos / 1e6);
    }
}
