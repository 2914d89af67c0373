package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridorgraph.resources.CypherLibrary;

/**
 * Turns evidence sentence ids into numbered {@link Citations}, reading only the sentences not
 * already cached, in the transaction that found the ids.
 */
public final class Citer {
    static final int SENTENCE_CACHE_SIZE = 100_000;

    private final CypherLibrary cypher;
    private final SentenceCache sentences = new SentenceCache(SENTENCE_CACHE_SIZE);

    public Citer(CypherLibrary cypher) {
        this.cypher = cypher;
    }

    /** Sentence ids in the order given, each once: a value may be one id, a list of ids, or lists of them. */
    static List<String> sentenceIds(Collection<?> values) {
        Set<String> ids = new LinkedHashSet<>();
        values.forEach(v -> collect(v, ids));
        return List.copyOf(ids);
    }

    private static void collect(Object value, Set<String> ids) {
        if (value instanceof String s) {
            ids.add(s);
        } else if (value instanceof Collection<?> list) {
            list.forEach(v -> collect(v, ids));
        }
    }

    Citations cite(List<String> order, ReadTx tx, EntityDirectory directory) {
        Map<String, SentenceCache.Text> texts = sentences.lookup(order, directory);
        List<String> missing = order.stream().filter(id -> !texts.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            for (Map<String, Object> r : tx.list(cypher.get("support/sentences"), Map.of("ids", missing))) {
                SentenceCache.Text text = new SentenceCache.Text((String) r.get("source"), (String) r.get("text"),
                        Boolean.TRUE.equals(r.get("caption")));
                String id = (String) r.get("id");
                texts.put(id, text);
                sentences.put(id, text, directory);
            }
        }
        List<Citation> citations = new ArrayList<>();
        for (String id : order) {
            SentenceCache.Text t = texts.get(id);
            if (t != null) {
                citations.add(new Citation(citations.size() + 1, id, t.source(), t.text(), t.caption()));
            }
        }
        return new Citations(citations);
    }
}
