package org.corridorgraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cited sentences by id, so a query whose citations were seen before needs no second statement.
 * Sentences change only on import, and an import gives the entity cache a new directory: the cache
 * empties itself when the directory it was filled under is replaced. Bounded: when full it starts over.
 */
final class SentenceCache {
    record Text(String source, String text, boolean caption) {
        Text(String source, String text) {
            this(source, text, false);
        }
    }

    private final int capacity;
    private final Map<String, Text> byId = new ConcurrentHashMap<>();
    private volatile EntityDirectory filledUnder;

    SentenceCache(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The cached texts of these ids under this directory's import. The caller keeps what it got, so a
     * concurrent clear cannot take a sentence away between looking it up and citing it.
     */
    Map<String, Text> lookup(List<String> ids, EntityDirectory directory) {
        if (directory != filledUnder) {
            synchronized (this) {
                if (directory != filledUnder) {
                    byId.clear();
                    filledUnder = directory;
                }
            }
        }
        Map<String, Text> found = new HashMap<>();
        for (String id : ids) {
            Text text = byId.get(id);
            if (text != null) {
                found.put(id, text);
            }
        }
        return found;
    }

    void put(String id, Text text, EntityDirectory directory) {
        if (directory != filledUnder) {
            return; // read under an import that has since been replaced
        }
        if (byId.size() >= capacity) {
            byId.clear();
        }
        byId.put(id, text);
    }
}
