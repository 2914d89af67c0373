package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

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
            ValueConverter converter = new ValueConverter();
            Record entity = tx.run(cypher.get("support/entity"), Map.of("id", ref.id())).single();
            List<Record> rels = tx.run(cypher.get("support/entity-relationships"), Map.of("id", ref.id())).list();
            Citations citations = citer.cite(Citer.sentenceIds(rels.stream().map(r -> r.get("evidence").asList(Value::asString)).toList()),
                    tx, directory);
            List<EntityDetail.Link> links = new ArrayList<>();
            for (Record r : rels) {
                Map<String, Object> all = properties(converter, r.get("properties"));
                Map<String, Object> props = new LinkedHashMap<>(all);
                props.keySet().removeAll(PROVENANCE);
                String speaker = all.get("speaker") == null ? null
                        : directory.byId(String.valueOf(all.get("speaker"))).map(EntityRef::name).orElse(null);
                links.add(new EntityDetail.Link(r.get("direction").asString(), r.get("type").asString(), r.get("other").asString(null),
                        r.get("otherId").asString(), r.get("otherLabels").asList(Value::asString), props, (String) all.get("kind"),
                        speaker, (String) all.get("source"), (String) all.get("reference"),
                        citations.numbersOf(r.get("evidence").asList(Value::asString)).numbers()));
            }
            Map<String, Object> properties = properties(converter, entity.get("properties"));
            properties.keySet().removeAll(IDENTITY);
            return new EntityDetail(ref.id(), ref.name(), ref.labels(), ref.aliases(), properties, links, citations.list());
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(ValueConverter converter, Value value) {
        return new LinkedHashMap<>((Map<String, Object>) converter.convert(value));
    }
}
