package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.NameKey;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Every entity's name and aliases in memory: resolving what a user typed costs no database round
 * trip. Case, diacritics and punctuation do not matter.
 */
public final class EntityDirectory {
    /** A name found in free text, at its position in the normalised text. */
    public record Mention(EntityRef entity, int start, int end, String matched) {
    }

    private final Map<String, EntityRef> byKey;
    private final Map<String, EntityRef> byId;

    EntityDirectory(List<EntityRef> entities) {
        Map<String, EntityRef> keys = new HashMap<>();
        Map<String, EntityRef> ids = new LinkedHashMap<>();
        for (EntityRef e : entities) {
            ids.put(e.id(), e);
            keys.putIfAbsent(NameKey.of(e.name()), e);
            e.aliases().forEach(a -> keys.putIfAbsent(NameKey.of(a), e));
            keys.putIfAbsent(NameKey.of(e.id().replace('-', ' ')), e);
        }
        this.byKey = keys;
        this.byId = ids;
    }

    public static EntityDirectory load(Driver driver, CypherLibrary cypher) {
        try (Session session = driver.session()) {
            List<EntityRef> entities = session.executeRead(tx -> tx.run(cypher.get("support/entities")).list(r -> new EntityRef(
                    r.get("id").asString(), r.get("name").asString(), r.get("labels").asList(Value::asString),
                    r.get("aliases").asList(Value::asString))));
            return new EntityDirectory(entities);
        }
    }

    public int size() {
        return byId.size();
    }

    public Optional<EntityRef> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<EntityRef> find(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(byKey.get(NameKey.of(text)));
    }

    /** Up to LIMIT entities whose names start with, contain, or nearly spell the text. */
    public List<EntityRef> suggest(String text, int limit) {
        String key = NameKey.of(text == null ? "" : text);
        if (key.isEmpty()) {
            return byId.values().stream().limit(limit).toList();
        }
        // rank by how well the best name matches, then by how short it is: "turkm" finds Turkmenistan
        // before a deal whose alias merely starts the same way
        Map<EntityRef, Long> scores = new LinkedHashMap<>();
        for (Map.Entry<String, EntityRef> e : byKey.entrySet()) {
            int score = score(key, e.getKey());
            if (score < Integer.MAX_VALUE) {
                scores.merge(e.getValue(), score * 10_000L + e.getKey().length(), Math::min);
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<EntityRef, Long>comparingByValue().thenComparing(e -> e.getKey().name()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static int score(String wanted, String candidate) {
        if (candidate.equals(wanted)) {
            return 0;
        }
        if (candidate.startsWith(wanted)) {
            return 1;
        }
        if (candidate.contains(wanted)) {
            return 2;
        }
        int distance = NameKey.distance(wanted, candidate.length() > wanted.length() + 3 ? candidate.substring(0, wanted.length()) : candidate);
        return distance <= Math.max(1, wanted.length() / 3) ? 3 + distance : Integer.MAX_VALUE;
    }

    /**
     * The entities named in free text, longest names first and without overlaps, in the order they
     * appear.
     */
    public List<Mention> mentions(String text) {
        String normal = " " + NameKey.of(text) + " ";
        List<Map.Entry<String, EntityRef>> keys = new ArrayList<>(byKey.entrySet());
        keys.sort(Comparator.comparingInt((Map.Entry<String, EntityRef> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        boolean[] taken = new boolean[normal.length()];
        List<Mention> found = new ArrayList<>();
        for (Map.Entry<String, EntityRef> e : keys) {
            if (e.getKey().length() < 2) {
                continue;
            }
            String needle = " " + e.getKey() + " ";
            for (int at = normal.indexOf(needle); at >= 0; at = normal.indexOf(needle, at + 1)) {
                int start = at + 1;
                int end = start + e.getKey().length();
                if (!overlaps(taken, start, end)) {
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    found.add(new Mention(e.getValue(), start, end, e.getKey()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
