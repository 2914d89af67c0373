package org.corridorgraph.query;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.corridorgraph.resources.CypherLibrary;

/**
 * Which import the graph holds now, as a number that changes with every import: what cached
 * answers and the entity names are valid for. Another process may import (over --uri), so the
 * import's fingerprint is read every {@link #INTERVAL}; an import this process runs says so at once.
 */
public final class ImportGeneration implements AutoCloseable {
    /** Half the 1 s within which another process's import must show in answers. */
    public static final Duration INTERVAL = Duration.ofMillis(400);

    private record Known(long number, String fingerprint) {
    }

    /** Reads the last import's fingerprint: null when the graph holds none; throws while the database cannot be asked. */
    @FunctionalInterface
    public interface Source {
        String fingerprint();
    }

    private final Source source;
    private final AtomicLong numbers = new AtomicLong();
    /** null while the database cannot be asked: nothing is then known to be current. */
    private volatile Known known;
    private ScheduledExecutorService poller;

    /** @param source read now and every {@link #INTERVAL} once watched; on the embedded store, through the Java API */
    public ImportGeneration(Source source) {
        this.source = source;
    }

    /** Reading support/import-state through READS, as on an external database. */
    public static ImportGeneration overCypher(ReadTransactions reads, CypherLibrary cypher) {
        return new ImportGeneration(() -> reads.read("import-state", tx -> tx.list(cypher.get("support/import-state"), Map.of()).stream()
                .map(r -> (String) r.get("fingerprint")).filter(Objects::nonNull).findFirst().orElse(null)));
    }

    /** Reads the fingerprint now, then every {@link #INTERVAL} on a daemon thread until closed. */
    public synchronized ImportGeneration watch() {
        check();
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "import-generation");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::check, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** The current generation; empty while the database cannot be asked. */
    public OptionalLong current() {
        Known k = known;
        return k == null ? OptionalLong.empty() : OptionalLong.of(k.number());
    }

    /** The fingerprint of the graph's last import; null when none is known. */
    public String fingerprint() {
        Known k = known;
        return k == null ? null : k.fingerprint();
    }

    /** An import in this process finished: answers from before it are stale from now on. */
    public void imported() {
        known = null;
        check();
    }

    /** Reads the import's fingerprint; a new one starts a new generation. */
    public void check() {
        try {
            String fingerprint = source.fingerprint();
            Known k = known;
            if (k == null || !Objects.equals(k.fingerprint(), fingerprint)) {
                known = new Known(numbers.incrementAndGet(), fingerprint);
            }
        } catch (RuntimeException e) {
            known = null; // away: answers are not served from the cache until the graph can be asked again
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }
}
