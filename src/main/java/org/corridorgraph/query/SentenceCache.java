package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cited sentences by id, so a query whose citations were seen before needs no second statement.
 * Sentences change only on import, and an import gives the entity cache a new directory: the cache
 * empties itself when the directory it was filled under is replaced. Bounded: when full it starts over.
 */
final class SentenceCache {
    record Text(String source, String text) {
    }

    private final int capacity;
    private final Map<String, Text> byId = new ConcurrentHashMap<>();
    private volatile EntityDirectory filledUnder;

    SentenceCache(int capacity) {
        this.capacity = capacity;
    }

    /** The ids among these that the cache lacks for this directory's import. */
    List<String> missing(List<String> ids, EntityDirectory directory) {
        if (directory != filledUnder) {
            synchronized (this) {
                if (directory != filledUnder) {
                    byId.clear();
                    filledUnder = directory;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!byId.containsKey(id)) {
                missing.add(id);
            }
        }
        return missing;
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

    Text get(String id) {
        return byId.get(id);
    }
}
