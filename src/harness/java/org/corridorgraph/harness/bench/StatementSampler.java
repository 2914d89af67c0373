package org.corridorgraph.harness.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corridorgraph.harness.Stats;
import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Where an import spends its time, without touching the importer: every 250 ms another session asks
 * the server which statement each open transaction is running (SHOW TRANSACTIONS), and the samples
 * are attributed to the cypher/import file whose text it is. Seconds per file are samples × interval.
 */
final class StatementSampler implements AutoCloseable {
    private static final long INTERVAL_MS = 250;
    private static final List<String> IMPORT_FILES = List.of("lock", "sources", "sentences", "entities",
            "existing-relationships", "delete-relationships", "update-relationships", "create-relationships", "prune-entities", "prune-sentences", "prune-sources", "clear-legs", "derive-carrier-legs",
            "derive-border-legs", "derive-hops", "record-state", "state", "count-labels", "count-types", "count-kinds", "count-cited");

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, Integer> samples = new TreeMap<>();
    private final Driver driver;
    private final Thread thread;
    private volatile boolean running = true;
    private long ticks;

    private final java.io.PrintWriter log;
    private final long started = System.nanoTime();
    private final long offsetNanos;

    /**
     * @param log          where a line of the seconds so far goes every 30 s, so a run stopped from outside still says where its time went
     * @param offsetNanos  System.nanoTime() of the run's start, for the "[  12.3 s]" prefix
     */
    StatementSampler(Driver driver, CypherLibrary cypher, java.io.PrintWriter log, long offsetNanos) {
        this.driver = driver;
        this.log = log;
        this.offsetNanos = offsetNanos;
        for (String f : IMPORT_FILES) {
            try {
                texts.put("import/" + f, cypher.get("import/" + f));
            } catch (RuntimeException missing) {
                // a file renamed since: its time shows as "other"
            }
        }
        thread = new Thread(this::loop, "statement-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try (Session session = driver.session()) {
            while (running) {
                try {
                    List<Record> open = session.run("SHOW TRANSACTIONS YIELD currentQuery, status "
                            + "WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN currentQuery").list();
                    for (Record r : open) {
                        String name = attribute(r.get("currentQuery").asString(""));
                        synchronized (samples) {
                            samples.merge(name, 1, Integer::sum);
                        }
                    }
                } catch (RuntimeException e) {
                    synchronized (samples) {
                        samples.merge("(sampling failed)", 1, Integer::sum);
                    }
                }
                Thread.sleep(INTERVAL_MS);
                if (log != null && ++ticks % (30_000 / INTERVAL_MS) == 0) {
                    log.printf("[%7.1f s] import running for %.0f s; by statement so far: %s%n", (System.nanoTime() - offsetNanos) / 1e9,
                            (System.nanoTime() - started) / 1e9, seconds());
                    log.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String attribute(String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            return "(between statements)";
        }
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (q.equals(e.getValue()) || q.contains(e.getValue())) {
                return e.getKey();
            }
        }
        return "other: " + q.substring(0, Math.min(60, q.length())).replace('\n', ' ');
    }

    /** Approximate seconds per statement file, longest first. */
    Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        synchronized (samples) {
            samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> out.put(e.getKey(), Stats.round(e.getValue() * INTERVAL_MS / 1000.0)));
        }
        return out;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
