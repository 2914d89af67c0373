package org.corridorgraph.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** The one convention of bench and resilience: nearest-rank percentiles from 0 to 100, figures to 3 decimals. */
class StatsTest {
    private static long[] oneToAHundredMillisecondsUnsorted() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        return nanos;
    }

    @Test
    void percentilesAreNearestRankOnAScaleOfAHundred() {
        Stats stats = Stats.of(oneToAHundredMillisecondsUnsorted(), 100, 0, 2_000_000_000L, false);

        assertThat(stats.p50Ms()).isEqualTo(50.0);
        assertThat(stats.p90Ms()).isEqualTo(90.0);
        assertThat(stats.p95Ms()).isEqualTo(95.0);
        assertThat(stats.p99Ms()).isEqualTo(99.0);
        assertThat(stats.maxMs()).isEqualTo(100.0);
        assertThat(stats.rps()).isEqualTo(50.0);
        assertThat(Stats.percentile(new long[] {5, 7, 9}, 50)).isEqualTo(7);
    }

    @Test
    void latenciesAloneGiveTheFieldsTheResultsFilesName() {
        Stats stats = Stats.ofLatencies(oneToAHundredMillisecondsUnsorted());

        assertThat(stats.latencies()).containsExactly(entry("p50_ms", 50.0), entry("p90_ms", 90.0),
                entry("p99_ms", 99.0), entry("max_ms", 100.0));
        assertThat(stats.rps()).isZero();
    }

    @Test
    void subMillisecondLatenciesKeepThreeDecimals() {
        Stats stats = Stats.ofLatencies(new long[] {123_456, 654_321});

        assertThat(stats.p50Ms()).isEqualTo(0.123);
        assertThat(stats.maxMs()).isEqualTo(0.654);
        assertThat(Stats.round(10.81249)).isEqualTo(10.812);
    }

    @Test
    void noSamplesAreZeroNotAnError() {
        assertThat(Stats.ofLatencies(new long[0]).latencies()).containsValues(0.0);
        assertThat(Stats.percentile(new long[0], 99)).isZero();
    }
}
