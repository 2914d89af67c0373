package org.corridorgraph.query;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements Neo4j has planned since this process started (or since the database last came
 * back), so each is planned once with EXPLAIN before its first timed run. Neo4j's transaction
 * timeout counts the planning too: a large query's first plan on a cold JVM (routes takes 3 to 6 s
 * on two CPUs) would spend the whole limit before it read a row, and a plan given up on is not kept,
 * so the next request would start over. Planned outside the limit, the limit bounds the reading.
 * Requests that meet the same cold statement wait for the one plan instead of making their own.
 */
final class ColdPlans {
    /** The longest a plan may take: a statement whose plan runs away still ties up no thread for long. */
    static final Duration PLANNING_LIMIT = Duration.ofSeconds(60);

    private final Set<String> planned = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Object> planning = new ConcurrentHashMap<>();

    /**
     * Runs PLAN (an EXPLAIN of CYPHER with the parameters it will run with) unless CYPHER was
     * planned already. A failed plan is not remembered: the timed run that follows meets the same
     * failure and reports it as that query's error, so nothing is reported here.
     */
    void ensure(String cypher, Runnable plan) {
        if (planned.contains(cypher)) {
            return;
        }
        synchronized (planning.computeIfAbsent(cypher, c -> new Object())) {
            if (planned.contains(cypher)) {
                return;
            }
            try {
                plan.run();
                planned.add(cypher);
            } catch (RuntimeException e) {
                // reported by the run that follows, with the query's name and the mapping every failure gets
            }
        }
    }

    /** The database was lost: a restarted one has no plans. */
    void forget() {
        planned.clear();
    }
}
