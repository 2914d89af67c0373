package org.corridorgraph.harness.resilience;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency percentiles in milliseconds, from a bounded set of samples. */
public final class Stats {
    private Stats() {
    }

    public static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return round(sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6);
    }

    public static Map<String, Object> latencies(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50_ms", percentile(sorted, 50));
        out.put("p90_ms", percentile(sorted, 90));
        out.put("p99_ms", percentile(sorted, 99));
        out.put("max_ms", sorted.length == 0 ? 0 : round(sorted[sorted.length - 1] / 1e6));
        return out;
    }

    public static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
