package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.NameKey;
import org.corridorgraph.seed.NameResolver;
import org.corridorgraph.seed.Schema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * Every entity of the graph by name, in memory: resolving what a user typed costs no database round
 * trip. Names resolve through the seed's {@link NameResolver}, the one that check, import and
 * extract use, so ask, the query endpoints and the page's completion forgive what they forgive:
 * case, diacritics, aliases, demonyms, possessives, long forms and one-letter misspellings.
 */
public final class EntityDirectory {
    /** A name found in free text: offsets in the text as given, the text as written, and how it resolved. */
    public record Mention(EntityRef entity, int start, int end, String matched, NameResolver.How how) {
        /** Whether the user wrote something other than a name or alias of the entity, worth a note. */
        public boolean corrected() {
            return how == NameResolver.How.SPELLING || how == NameResolver.How.LONG_FORM;
        }

        public String note() {
            return matched.strip() + " → " + entity.name();
        }
    }

    /** What a typed name resolved to, and how. */
    public record Found(EntityRef entity, NameResolver.How how) {
        public boolean corrected() {
            return how == NameResolver.How.SPELLING || how == NameResolver.How.LONG_FORM;
        }

        /** The note an answer carries for it: "Kazakstan → Kazakhstan". */
        public String note(String written) {
            return written.strip() + " → " + entity.name();
        }
    }

    private final Map<String, EntityRef> byId;
    private final Map<String, EntityRef> byKey;
    private final NameResolver names;

    EntityDirectory(List<EntityRef> entities) {
        Map<String, EntityRef> ids = new LinkedHashMap<>();
        Map<String, EntityRef> keys = new LinkedHashMap<>();
        for (EntityRef e : entities) {
            ids.put(e.id(), e);
            keys.putIfAbsent(NameKey.of(e.name()), e);
            e.aliases().forEach(a -> keys.putIfAbsent(NameKey.of(a), e));
            keys.putIfAbsent(NameKey.of(e.id().replace('-', ' ')), e);
        }
        this.byId = ids;
        this.byKey = keys;
        this.names = NameResolver.ofKnown(entities.stream()
                .map(e -> new NameResolver.Known(e.id(), e.name(), e.labels(), withId(e), true)).toList());
    }

    /** The id is a name too: "kazakhstan-iran-trade-target" is what exports and links show. */
    private static List<String> withId(EntityRef e) {
        List<String> aliases = new java.util.ArrayList<>(e.aliases());
        aliases.add(e.id().replace('-', ' '));
        return aliases;
    }

    public static EntityDirectory load(Driver driver, CypherLibrary cypher) {
        try (Session session = driver.session()) {
            List<EntityRef> entities = session.executeRead(tx -> tx.run(cypher.get("support/entities")).list(r -> new EntityRef(
                    r.get("id").asString(), r.get("name").asString(), r.get("labels").asList(Value::asString),
                    r.get("aliases").asList(Value::asString))));
            return new EntityDirectory(entities);
        }
    }

    /**
     * The same directory read on the embedded store through Neo4j's Java API: every {@code Entity}
     * with its name, its other labels and its aliases, ordered by id, as support/entities returns them.
     * At a start that query was the first answer's first plan; this read needs none.
     */
    public static EntityDirectory load(GraphDatabaseService db) {
        Label entity = Label.label(Schema.ENTITY_LABEL);
        List<EntityRef> entities = new ArrayList<>();
        try (Transaction tx = db.beginTx(); ResourceIterator<Node> nodes = tx.findNodes(entity)) {
            nodes.forEachRemaining(n -> {
                List<String> labels = new ArrayList<>();
                n.getLabels().forEach(label -> {
                    if (!label.equals(entity)) {
                        labels.add(label.name());
                    }
                });
                List<String> aliases = n.getProperty("aliases", null) instanceof String[] a ? List.of(a) : List.of();
                entities.add(new EntityRef((String) n.getProperty("id"), (String) n.getProperty("name"), List.copyOf(labels), aliases));
            });
        }
        entities.sort(Comparator.comparing(EntityRef::id));
        return new EntityDirectory(entities);
    }

    public int size() {
        return byId.size();
    }

    public List<EntityRef> all() {
        return List.copyOf(byId.values());
    }

    public Optional<EntityRef> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entity a whole name means, misspellings included. */
    public Optional<EntityRef> find(String text) {
        return resolve(text).map(Found::entity);
    }

    /** The entity a whole name means and how it got there, so a corrected spelling can be noted. */
    public Optional<Found> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<NameResolver.Resolution> r = names.resolve(text).or(() -> names.mentions(text).stream()
                .filter(m -> m.start() == 0 && m.end() == text.strip().length()).findFirst()
                .map(m -> new NameResolver.Resolution(m.entity(), m.how())));
        return r.map(x -> new Found(byId.get(x.entity().id()), x.how()));
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
        find(text).ifPresent(e -> scores.put(e, -1L));
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

    /** The entities named in free text, longest names first and without overlaps, in the order they appear. */
    public List<Mention> mentions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return names.mentionsForgiving(text).stream()
                .map(m -> new Mention(byId.get(m.entity().id()), m.start(), m.end(), m.surface(), m.how())).toList();
    }
}
