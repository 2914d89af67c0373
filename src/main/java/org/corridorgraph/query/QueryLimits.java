package org.corridorgraph.query;

import java.time.Duration;

/** Limits every canned query runs under: a time limit and a row cap. */
public record QueryLimits(Duration timeout, int maxRows) {
    public static final QueryLimits DEFAULT = new QueryLimits(Duration.ofSeconds(5), 1000);
}
