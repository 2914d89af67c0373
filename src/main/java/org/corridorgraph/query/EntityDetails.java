package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.corridorgraph.resources.CypherLibrary;

/** GET /api/entities/{name}: an entity by name or alias, every relationship it takes part in, and their sentences. */
public final class EntityDetails {
    private static final int SUGGESTIONS = 5;
    /** Provenance has fields of its own in a link; these stay out of its properties. */
    private static final Set<String> PROVENANCE = Set.of("evidence", "evidenceStatus", "kind", "speaker", "source", "reference", "text", "speakers");
    /** Identity and search keys are fields of the entity, not properties. */
    private static final Set<String> IDENTITY = Set.of("id", "name", "aliases", "nameKeys", "aliasText");

    private final Supplier<EntityDirectory> entities;
    private final ReadTransactions reads;
    private final Citer citer;
    private final CypherLibrary cypher;
    private final Runnable requireReady;

    /** @param requireReady throws a 503 while the database is away or warming up */
    public EntityDetails(Supplier<EntityDirectory> entities, ReadTransactions reads, Citer citer, CypherLibrary cypher,
                         Runnable requireReady) {
        this.entities = entities;
        this.reads = reads;
        this.citer = citer;
        this.cypher = cypher;
        this.requireReady = requireReady;
    }

    /** @throws QueryException.UnknownEntity with the nearest names when nothing is called that */
    public EntityDetail entity(String name) {
        requireReady.run();
        EntityDirectory directory = entities.get();
        EntityRef ref = directory.find(name).orElseThrow(() -> new QueryException.UnknownEntity("name", name,
                directory.suggest(name, SUGGESTIONS).stream().map(EntityRef::name).toList()));
        return reads.read("entity " + ref.name(), tx -> {
            Map<String, Object> entity = tx.list(cypher.get("support/entity"), Map.of("id", ref.id())).get(0);
            List<Map<String, Object>> rels = tx.list(cypher.get("support/entity-relationships"), Map.of("id", ref.id()));
            Citations citations = citer.cite(Citer.sentenceIds(rels.stream().map(r -> r.get("evidence")).toList()), tx, directory);
            List<EntityDetail.Link> links = new ArrayList<>();
            for (Map<String, Object> r : rels) {
                Map<String, Object> all = properties(r.get("properties"));
                Map<String, Object> props = new LinkedHashMap<>(all);
                props.keySet().removeAll(PROVENANCE);
                String speaker = all.get("speaker") == null ? null
                        : directory.byId(String.valueOf(all.get("speaker"))).map(EntityRef::name).orElse(null);
                List<String> evidence = Citer.sentenceIds(Collections.singletonList(r.get("evidence")));
                links.add(new EntityDetail.Link((String) r.get("direction"), (String) r.get("type"), (String) r.get("other"),
                        (String) r.get("otherId"), strings(r.get("otherLabels")), props, (String) all.get("kind"),
                        speaker, (String) all.get("source"), (String) all.get("reference"),
                        citations.numbersOf(evidence).numbers()));
            }
            Map<String, Object> properties = properties(entity.get("properties"));
            properties.keySet().removeAll(IDENTITY);
            return new EntityDetail(ref.id(), ref.name(), ref.labels(), ref.aliases(), properties, links, citations.list());
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Object value) {
        return value == null ? new LinkedHashMap<>() : new TreeMap<>((Map<String, Object>) value);
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
