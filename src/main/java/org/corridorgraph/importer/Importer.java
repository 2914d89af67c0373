package org.corridorgraph.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.graph.DatabaseUnavailableException;
import org.corridorgraph.graph.TransientRetry;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.ValidatedEntity;
import org.corridorgraph.seed.ValidatedSeed;
import org.corridorgraph.seed.ValidatedStatement;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
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
            // all or nothing, so a transaction Neo4j rolled back as transient (a deadlock with another writer) runs again
            new TransientRetry(TransientRetry.IMPORT_BUDGET).call(() -> {
                session.executeWriteWithoutResult(tx -> write(tx, seed, fingerprint), TransactionConfig.builder().withTimeout(TIMEOUT).build());
                return null;
            });
        } catch (ServiceUnavailableException e) {
            throw new DatabaseUnavailableException("the database went away during the import, which was rolled back: "
                    + e.getMessage(), "check that Neo4j runs, then import again", e);
        } catch (Neo4jException e) {
            throw ImportFailedException.rolledBack(e);
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
        batched(tx, "import/sentences", sentences, Importer::sentenceRow);
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

    /** A relation already in the graph as a relationship, and that relationship's element id. */
    private record Existing(StatedRelation relation, String elementId) {
    }

    /**
     * Diffs the relations against the graph's statement relationships (read once, under the lock): a
     * relation whose type and ends match a relationship that holds any of its statements updates it in
     * place (so adding or removing a corroborating statement never duplicates a relationship), the rest
     * are created, and relationships no relation claimed are deleted. Linear in the number of statements
     * whatever the store holds, where a MERGE per row with a dynamic type would scan all relationships.
     * Deletes go first, so a statement that moved does not meet its old self in the uniqueness constraint.
     */
    private void writeRelationships(TransactionContext tx, ValidatedSeed seed) {
        Map<String, String> byStatement = new HashMap<>();
        Set<String> unclaimed = new LinkedHashSet<>();
        tx.run(cypher.get("import/existing-relationships")).forEachRemaining(r -> {
            String elementId = r.get("elementId").asString();
            unclaimed.add(elementId);
            String ends = "|" + r.get("type").asString() + "|" + r.get("subject").asString() + "|" + r.get("object").asString();
            r.get("statements").asList(Value::asString).forEach(id -> byStatement.putIfAbsent(id + ends, elementId));
        });
        List<Existing> updates = new ArrayList<>();
        List<StatedRelation> creates = new ArrayList<>();
        for (StatedRelation relation : StatedRelation.group(seed.statements())) {
            String ends = "|" + relation.type() + "|" + relation.subject() + "|" + relation.object();
            String elementId = relation.ids().stream().map(id -> byStatement.get(id + ends))
                    .filter(e -> e != null && unclaimed.contains(e)).findFirst().orElse(null);
            if (elementId == null) {
                creates.add(relation);
            } else {
                unclaimed.remove(elementId);
                updates.add(new Existing(relation, elementId));
            }
        }
        List<String> stale = List.copyOf(unclaimed);
        for (int from = 0; from < stale.size(); from += BATCH) {
            tx.run(cypher.get("import/delete-relationships"),
                    Map.of("elementIds", stale.subList(from, Math.min(stale.size(), from + BATCH)))).consume();
        }
        boolean resolved = seed.evidenceResolved();
        StatementText words = new StatementText(seed.entities(), seed.schema());
        batched(tx, "import/update-relationships", updates,
                u -> Map.of("elementId", u.elementId(), "props", relationshipProps(u.relation(), resolved, words)));
        batched(tx, "import/create-relationships", creates, r -> relationshipRow(r, resolved, words));
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

    static Map<String, Object> sentenceRow(Sentence s) {
        return Map.of("id", s.id(), "source", s.sourceId(), "paragraph", s.paragraph(),
                "number", s.number(), "line", s.line(), "text", s.text(), "caption", s.caption());
    }

    static Map<String, Object> entityRow(ValidatedEntity e) {
        Map<String, Object> props = new TreeMap<>(e.props());
        props.put("id", e.id());
        props.put("name", e.name());
        props.put("aliases", e.aliases());
        props.put("nameKeys", e.nameKeys());
        props.put("aliasText", String.join(" | ", e.aliases()));
        return Map.of("id", e.id(), "labels", e.labels(), "props", props);
    }

    /**
     * The relationship's properties: the statements' own, then provenance. statementId is the first
     * statement's id, so queries and the per-type uniqueness constraint see one id a relationship; the
     * lists statements, sources and kinds run in the same order, and anchors and evidence follow the
     * article statements in that order (each article statement cites one sentence of its own source).
     */
    private static Map<String, Object> relationshipProps(StatedRelation relation, boolean evidenceResolved, StatementText words) {
        Map<String, Object> props = new TreeMap<>(relation.props());
        props.put("text", words.of(relation));
        props.put("statementId", relation.id());
        props.put("statements", relation.ids());
        props.put("kind", relation.kind().value());
        props.put("kinds", relation.kinds());
        List<String> sources = relation.sources();
        props.put("source", sources.get(0));
        props.put("sources", sources);
        props.put("sourceCount", (long) sources.size());
        String speaker = relation.speaker();
        if (speaker != null) {
            props.put("speaker", speaker);
        }
        // one speaker a statement ("" for none), in the order of statements: a corroborating fact does not erase who said it
        List<String> speakers = new ArrayList<>(relation.statements().size());
        boolean spoken = false;
        for (ValidatedStatement st : relation.statements()) {
            spoken |= st.speaker() != null;
            speakers.add(st.speaker() == null ? "" : st.speaker());
        }
        if (spoken) {
            props.put("speakers", speakers);
        }
        if (relation.reference() != null) {
            props.put("reference", relation.reference());
        }
        List<ValidatedStatement> articles = relation.articleStatements();
        if (articles.isEmpty()) {
            props.put("evidenceStatus", "background");
        } else {
            props.put("anchor", articles.get(0).anchor());
            List<String> anchors = new ArrayList<>(articles.size());
            articles.forEach(st -> anchors.add(st.anchor()));
            props.put("anchors", anchors);
            props.put("evidence", relation.evidence());
            props.put("evidenceStatus", evidenceResolved ? "resolved" : "unresolved");
        }
        return props;
    }

    static Map<String, Object> relationshipRow(StatedRelation relation, boolean evidenceResolved, StatementText words) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", relation.type());
        row.put("subject", relation.subject());
        row.put("object", relation.object());
        row.put("props", relationshipProps(relation, evidenceResolved, words));
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
                        changed, notes, ImportSummary.ONE_TRANSACTION);
            });
        }
    }

    private static Map<String, Long> counts(List<Record> records, String key) {
        Map<String, Long> result = new LinkedHashMap<>();
        records.forEach(r -> result.put(r.get(key).asString(), r.get("count").asLong()));
        return result;
    }
}
