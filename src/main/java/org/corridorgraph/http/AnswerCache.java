package org.corridorgraph.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.corridorgraph.render.PictureSize;

/**
 * Rendered answers by what they are a function of: the endpoint, the query and its bound
 * parameters (or the question), the format asked for, and the import generation. Bounded by the
 * bytes of the bodies it holds, least recently used first out. The first request of a new
 * generation empties it.
 */
public final class AnswerCache {
    /**
     * @param endpoint "query", "ask" or "entity"
     * @param subject  the query name, the question or the entity id
     * @param params   the bound parameters, as the query receives them (order does not matter)
     * @param shown    what the answer repeats of the request: parameters as named, notes on corrected names
     * @param format   the format parameter, else the Accept header
     * @param size     the width and dpi asked for: two sizes of a picture are two answers
     */
    public record Key(String endpoint, String subject, Map<String, Object> params, Object shown, String format, PictureSize size,
                      long generation) {
    }

    /**
     * A body ready to send, text or binary (PNG, PDF), with its strong validator.
     *
     * @param mediaType the Content-Type header
     */
    public record Answer(String mediaType, byte[] body, String etag) {
        public static Answer of(String mediaType, String body) {
            return of(mediaType, body.getBytes(StandardCharsets.UTF_8));
        }

        public static Answer of(String mediaType, byte[] body) {
            return new Answer(mediaType, body, etag(body));
        }

        /** A strong ETag: the body's SHA-256, so equal bodies share it across generations and restarts. */
        static String etag(byte[] body) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
                return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }

        /**
         * Whether an If-None-Match header names this answer: a list of validators, or *. It uses the
         * weak comparison RFC 9110 asks of If-None-Match, so W/"x" matches "x".
         */
        public boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String tag : List.of(ifNoneMatch.split(","))) {
                String t = tag.trim();
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Bookkeeping per entry beyond its body: key, headers, map node. */
    private static final int OVERHEAD = 512;

    private final long maxBytes;
    private final LinkedHashMap<Key, Answer> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long generation = -1;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param maxBytes 0 turns the cache off */
    public AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public boolean enabled() {
        return maxBytes > 0;
    }

    public synchronized Answer get(Key key) {
        Answer answer = enter(key.generation()) ? entries.get(key) : null;
        (answer == null ? misses : hits).incrementAndGet();
        return answer;
    }

    public synchronized void put(Key key, Answer answer) {
        long size = size(answer);
        if (size > maxBytes) {
            return; // one answer larger than the whole cache would only push everything else out
        }
        if (!enter(key.generation())) {
            return; // computed on a graph an import has replaced since
        }
        Answer old = entries.put(key, answer);
        bytes += size - (old == null ? 0 : size(old));
        var oldest = entries.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= size(oldest.next().getValue());
            oldest.remove();
        }
    }

    /**
     * The first key of a newer generation empties the cache: the graph changed, every answer held is
     * stale. Generations only grow, so a key of an older one is a request that began before the change.
     */
    private boolean enter(long keyGeneration) {
        if (keyGeneration > generation) {
            entries.clear();
            bytes = 0;
            generation = keyGeneration;
        }
        return keyGeneration == generation;
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    public synchronized int size() {
        return entries.size();
    }

    private static long size(Answer a) {
        return a.body().length + OVERHEAD;
    }
}
