package org.corridorgraph.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.graph.DatabaseUnavailableException;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.ValidatedEntity;
import org.corridorgraph.seed.ValidatedSeed;
import org.corridorgraph.seed.ValidatedStatement;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Writes validated seed data in one transaction, batched with UNWIND ... MERGE on stable keys: all
 * or nothing. Whatever the seed data no longer holds is removed in the same transaction, so the
 * graph ends up equal to the seed data however often the import runs.
 */
public final class Importer {
    static final int BATCH = 1000;
    /** The import is one transaction; it may outlast the server's default timeout, which is sized for queries. */
    static final Duration TIMEOUT = Duration.ofHours(1);

    private final Driver driver;
    private final CypherLibrary cypher;

    public Importer(Driver driver, CypherLibrary cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** The fingerprint of the last complete import, if any. */
    public Optional<String> currentFingerprint() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get("import/state"));
                return result.hasNext() ? Optional.of(result.next().get("fingerprint").asString()) : Optional.empty();
            });
        }
    }

    public ImportSummary run(ValidatedSeed seed, String fingerprint) {
        boolean changed = !currentFingerprint().map(fingerprint::equals).orElse(false);
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> write(tx, seed, fingerprint), TransactionConfig.builder().withTimeout(TIMEOUT).build());
        } catch (ServiceUnavailableException e) {
            throw new DatabaseUnavailableException("the database went away during the import, which was rolled back: "
                    + e.getMessage(), "check that Neo4j runs, then import again", e);
        } catch (Neo4jException e) {
            throw new ImportFailedException("the database rejected the import, which was rolled back; the graph is unchanged: "
                    + e.getMessage(), "if you edited cypher/import/*.cypher, check it; otherwise report this", e);
        }
        return summary(changed, seed.warnings());
    }

    private void write(TransactionContext tx, ValidatedSeed seed, String fingerprint) {
        tx.run(cypher.get("import/lock")).consume();

        // rows are built a batch at a time: a large corpus would otherwise hold them all at once beside the seed
        List<Map<String, Object>> sources = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Article article : seed.articles()) {
            sources.add(seed.sources().of(article).row(article));
            sentences.addAll(article.sentences());
        }
        batched(tx, "import/sources", sources, row -> row);
        batched(tx, "import/sentences", sentences, s -> Map.of("id", s.id(), "source", s.sourceId(), "paragraph", s.paragraph(),
                "number", s.number(), "line", s.line(), "text", s.text(), "caption", s.caption()));
        batched(tx, "import/entities", seed.entities(), Importer::entityRow);
        writeRelationships(tx, seed);
        tx.run(cypher.get("import/prune-entities"), Map.of("ids", seed.entities().stream().map(ValidatedEntity::id).toList())).consume();
        if (seed.evidenceResolved()) {
            tx.run(cypher.get("import/prune-sentences"), Map.of("ids", sentences.stream().map(Sentence::id).toList())).consume();
            tx.run(cypher.get("import/prune-sources"), Map.of("ids", sources.stream().map(r -> r.get("id")).toList())).consume();
        }
        tx.run(cypher.get("import/prune-unstated")).consume();
        tx.run(cypher.get("import/clear-legs")).consume();
        tx.run(cypher.get("import/derive-carrier-legs")).consume();
        tx.run(cypher.get("import/derive-border-legs")).consume();
        tx.run(cypher.get("import/derive-hops")).consume();
        DomainDigest.read(tx, cypher).record(tx, cypher);
        tx.run(cypher.get("import/record-state"), Map.of("fingerprint", fingerprint, "evidenceResolved", seed.evidenceResolved())).consume();
    }

    /** A statement already in the graph with the same key, and the element id of its relationship. */
    private record Existing(ValidatedStatement statement, String elementId) {
    }

    /**
     * Diffs the statements against the graph's statement relationships (read once, under the lock): the
     * unchanged keys are updated in place, the rest deleted or created. Linear in the number of statements
     * whatever the store holds, where a MERGE per row with a dynamic type would scan all relationships.
     * Deletes go first, so a statement that moved does not meet its old self in the uniqueness constraint.
     */
    private void writeRelationships(TransactionContext tx, ValidatedSeed seed) {
        Map<String, String> existing = new HashMap<>();
        tx.run(cypher.get("import/existing-relationships"))
                .forEachRemaining(r -> existing.put(r.get("key").asString(), r.get("elementId").asString()));
        List<Existing> updates = new ArrayList<>();
        List<ValidatedStatement> creates = new ArrayList<>();
        for (ValidatedStatement st : seed.statements()) {
            String elementId = existing.remove(st.id() + "|" + st.type() + "|" + st.subject() + "|" + st.object());
            if (elementId == null) {
                creates.add(st);
            } else {
                updates.add(new Existing(st, elementId));
            }
        }
        List<String> stale = List.copyOf(existing.values());
        for (int from = 0; from < stale.size(); from += BATCH) {
            tx.run(cypher.get("import/delete-relationships"),
                    Map.of("elementIds", stale.subList(from, Math.min(stale.size(), from + BATCH)))).consume();
        }
        boolean resolved = seed.evidenceResolved();
        batched(tx, "import/update-relationships", updates,
                u -> Map.of("elementId", u.elementId(), "props", relationshipProps(u.statement(), resolved)));
        batched(tx, "import/create-relationships", creates, st -> relationshipRow(st, resolved));
    }

    private <T> void batched(TransactionContext tx, String query, List<T> items, Function<T, Map<String, Object>> toRow) {
        String text = cypher.get(query);
        for (int from = 0; from < items.size(); from += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>(BATCH);
            for (T item : items.subList(from, Math.min(items.size(), from + BATCH))) {
                rows.add(toRow.apply(item));
            }
            tx.run(text, Map.of("rows", rows)).consume();
        }
    }

    private static Map<String, Object> entityRow(ValidatedEntity e) {
        Map<String, Object> props = new TreeMap<>(e.props());
        props.put("id", e.id());
        props.put("name", e.name());
        props.put("aliases", e.aliases());
        props.put("nameKeys", e.nameKeys());
        props.put("aliasText", String.join(" | ", e.aliases()));
        return Map.of("id", e.id(), "labels", e.labels(), "props", props);
    }

    private static Map<String, Object> relationshipProps(ValidatedStatement st, boolean evidenceResolved) {
        Map<String, Object> props = new TreeMap<>(st.props());
        props.put("statementId", st.id());
        props.put("kind", st.kind().value());
        props.put("source", st.source());
        if (st.speaker() != null) {
            props.put("speaker", st.speaker());
        }
        if (st.isBackground()) {
            props.put("reference", st.reference());
            props.put("evidenceStatus", "background");
        } else {
            props.put("anchor", st.anchor());
            props.put("evidence", st.evidence().stream().map(Sentence::id).toList());
            props.put("evidenceStatus", evidenceResolved ? "resolved" : "unresolved");
        }
        return props;
    }

    private static Map<String, Object> relationshipRow(ValidatedStatement st, boolean evidenceResolved) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", st.type());
        row.put("subject", st.subject());
        row.put("object", st.object());
        row.put("props", relationshipProps(st, evidenceResolved));
        return row;
    }

    /** Counts read back from the graph. */
    public ImportSummary summary(boolean changed, List<String> notes) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, Long> labels = counts(tx.run(cypher.get("import/count-labels")).list(), "label");
                Map<String, Long> types = counts(tx.run(cypher.get("import/count-types")).list(), "type");
                Map<String, Long> kinds = counts(tx.run(cypher.get("import/count-kinds")).list(), "kind");
                Record cited = tx.run(cypher.get("import/count-cited")).single();
                return new ImportSummary(labels, types, kinds, cited.get("cited").asLong(), cited.get("total").asLong(),
                        changed, notes);
            });
        }
    }

    private static Map<String, Long> counts(List<Record> records, String key) {
        Map<String, Long> result = new LinkedHashMap<>();
        records.forEach(r -> result.put(r.get(key).asString(), r.get("count").asLong()));
        return result;
    }
}
