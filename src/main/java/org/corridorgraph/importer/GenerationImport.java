package org.corridorgraph.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.SchemaInstaller;
import org.corridorgraph.graph.StagingStore;
import org.corridorgraph.graph.StoreGenerations;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.ValidatedEntity;
import org.corridorgraph.seed.ValidatedSeed;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransactionFailureException;

/**
 * The embedded store's import: the seed data is written into a fresh generation of the store that no
 * reader sees, in transactions of {@value #BATCH} rows each (so the heap holds one batch, not the
 * whole graph), then that generation replaces the live one in one step ({@link EmbeddedNeo4j#promote}).
 * All or nothing for readers: until the switch they read the previous graph, after it the new one.
 * A failure or a kill before the switch leaves the previous generation live and the unfinished one
 * to be deleted. The graph equals the seed data by construction (a fresh store holds nothing else),
 * so nothing is diffed or pruned. Imports into one store serialise on the store.
 */
public final class GenerationImport {
    static final int BATCH = 10_000;
    /** Entities, sources and sentences are found by id while the rows are written; the import state by its id. */
    private static final Pattern LOOKUP_KEYS = Pattern.compile("^CREATE CONSTRAINT (entity_id|source_id|sentence_id|import_state_id) ", Pattern.MULTILINE);

    private final EmbeddedNeo4j neo4j;
    private final CypherLibrary cypher;
    /** Phase names as progress reports them; the resilience harness kills imports at these lines. */
    public static final String PHASE_CSV = "CSV files for the bulk importer";
    public static final String PHASE_NO_BULK_LOAD = "no bulk load, rows in batches";
    public static final String PHASE_BULK_LOAD = "bulk importer (nodes and relationships)";
    public static final String PHASE_STAGING = "staging store start";
    public static final String PHASE_SCHEMA = "schema";
    public static final String PHASE_DERIVED = "legs and hops";

    private final ImportProgress progress;
    private final boolean bulkLoadAllowed;

    /** @param progress told as each phase ends; an exception from it fails the import like any other */
    public GenerationImport(EmbeddedNeo4j neo4j, CypherLibrary cypher, ImportProgress progress) {
        this(neo4j, cypher, progress, true);
    }

    private GenerationImport(EmbeddedNeo4j neo4j, CypherLibrary cypher, ImportProgress progress, boolean bulkLoadAllowed) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.progress = progress;
        this.bulkLoadAllowed = bulkLoadAllowed;
    }

    /** The same import with its rows always written in batches through the Java API, as for a seed the bulk importer cannot take. */
    GenerationImport inBatches() {
        return new GenerationImport(neo4j, cypher, progress, false);
    }

    public ImportSummary run(ValidatedSeed seed, String fingerprint) {
        synchronized (neo4j) {
            // the replaced graph's fingerprint read in process, as the start's up-to-date check reads it: no plan for it
            boolean changed = !ImportState.fingerprint(neo4j.database()).map(fingerprint::equals).orElse(false);
            Rows rows = Rows.of(seed);
            BulkPreparation bulk = new BulkPreparation(seed, rows);
            try (StagingStore staging = neo4j.stage(bulk)) {
                phase(PHASE_STAGING, -1, bulk.preparedAt);
                ImportSummary summary = build(staging, seed, rows, fingerprint, changed, bulk.loaded ? bulk : null);
                long started = System.nanoTime();
                neo4j.promote(staging);
                phase("switch to the new generation", -1, started);
                return summary;
            } catch (QueryExecutionException | TransactionFailureException | ConstraintViolationException | Neo4jException e) {
                throw new ImportFailedException("the database rejected the import while it built a new generation of the store; "
                        + "the graph is unchanged: " + e.getMessage(), "if you edited cypher/import/*.cypher, check it; otherwise report this", e);
            }
        }
    }

    /** The rows every way of writing a generation takes: sources, sentences, entities and the statements' relationships. */
    record Rows(List<Map<String, Object>> sources, List<Sentence> sentences, List<ValidatedEntity> entities,
                        List<Map<String, Object>> relationships) {
        static Rows of(ValidatedSeed seed) {
            List<Map<String, Object>> sources = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            for (Article article : seed.articles()) {
                sources.add(seed.sources().of(article).row(article));
                sentences.addAll(article.sentences());
            }
            boolean resolved = seed.evidenceResolved();
            StatementText words = new StatementText(seed.entities(), seed.schema());
            List<StatedRelation> relations = StatedRelation.group(seed.statements());
            return new Rows(sources, sentences, seed.entities(),
                    new RowList<>(relations, r -> Importer.relationshipRow(r, resolved, words)));
        }
    }

    /**
     * Writes the rows into a new generation's home with Neo4j's bulk importer, before its store
     * starts, through CSV files in the home that are deleted before the store starts (a killed
     * import's home is removed whole at the next start); loads nothing, leaving the store empty,
     * when bulk loads are not allowed or a value has no faithful CSV form.
     */
    private final class BulkPreparation implements Consumer<Path> {
        private final ValidatedSeed seed;
        private final Rows rows;
        /** Whether the rows are in the store. */
        boolean loaded;
        /** The digest parts of the rows loaded, or null: then the digest is read from the whole store. */
        DomainDigest.RowDigests digests;
        /** What the counts need of the rows loaded, or null: then they are counted in the whole store. */
        InProcessCounts.RowFacts facts;
        /** When the home was ready for its store to start: the staging start is timed from here. */
        long preparedAt = System.nanoTime();

        BulkPreparation(ValidatedSeed seed, Rows rows) {
            this.seed = seed;
            this.rows = rows;
        }

        @Override
        public void accept(Path home) {
            if (bulkLoadAllowed) {
                loaded = load(home);
            }
            preparedAt = System.nanoTime();
        }

        private boolean load(Path home) {
            Path files = home.resolve("import-csv");
            long written = rows.relationships().size() + rows.sentences().size();
            try {
                long started = System.nanoTime();
                CsvGeneration.Written csv = CsvGeneration.write(files, seed.schema(), rows.sources(), rows.sentences(),
                        rows.entities(), rows.relationships());
                if (csv.files().isEmpty()) {
                    phase(PHASE_NO_BULK_LOAD + ": " + csv.whyNot(), -1, started);
                    return false;
                }
                digests = csv.digests();
                facts = csv.facts();
                phase(PHASE_CSV, written, started);
                started = System.nanoTime();
                BulkLoad.into(home, csv.files().get(), files.resolve("neo4j-import.log"));
                phase(PHASE_BULK_LOAD, written, started);
                return true;
            } finally {
                StoreGenerations.delete(files);
            }
        }
    }

    /**
     * Writes the new generation; returns its counts, taken before the switch (the graph the switch
     * makes live; for rows bulk loaded, from the store's count store and what BULK knows of its rows).
     * The constraints and indexes (full-text ones included) are built from the data at once, not row
     * by row: the constraints once the rows are in, then the indexes, which Neo4j populates in its own
     * threads while this one writes the derived relationships and makes the digest and the counts,
     * which need no index (a constraint created while an index populates would wait for it, hence the
     * constraints first). The full-text population is then what the import waits for.
     *
     * @param bulk the bulk load that wrote the rows, or null when they are to be written here in batches
     */
    private ImportSummary build(StagingStore staging, ValidatedSeed seed, Rows rows, String fingerprint, boolean changed, BulkPreparation bulk) {
        boolean bulkLoaded = bulk != null;
        GraphDatabaseService db = staging.database();
        try (Driver driver = staging.connect()) {
            SchemaInstaller schema = new SchemaInstaller(driver, cypher);
            long started = System.nanoTime();
            try (Session session = driver.session()) {
                session.executeWriteWithoutResult(tx -> lookupKeys().forEach(statement -> tx.run(statement).consume()));
            }
            db.executeTransactionally(cypher.get("import/lock"));
            phase("lookup keys", -1, started);

            StoreWriter writer = new StoreWriter(db, seed.schema(), BATCH);
            if (bulkLoaded) {
                started = System.nanoTime();
                phase("empty lists", writer.restoreEmptyLists(CsvGeneration.EMPTY_LISTS), started);
            } else {
                timed("sources", rows.sources().size(), () -> writer.sources(rows.sources()));
                timed("sentences", rows.sentences().size(), () -> writer.sentences(rows.sentences()));
                timed("entities", rows.entities().size(), () -> writer.entities(rows.entities()));
                timed("relationships", rows.relationships().size(), () -> writer.relationships(rows.relationships()));
            }
            boolean resolved = seed.evidenceResolved();

            long schemaStarted = System.nanoTime();
            phase("constraints", schema.applyConstraints(), schemaStarted);
            started = System.nanoTime();
            phase("indexes started", schema.startIndexes(), started);

            started = System.nanoTime();
            long derived;
            // through the Java API, as a fresh store's import derives them: nothing to plan, and no row goes through Cypher's runtime
            try (Transaction tx = db.beginTx()) {
                derived = InProcessDerivations.apply(tx);
                tx.commit();
            }
            phase(PHASE_DERIVED, derived, started);

            started = System.nanoTime();
            DomainDigest digest;
            // read in this process through the Java API, not sent through Bolt: the same elements and canonical form, the same checksum
            try (Transaction tx = db.beginTx()) {
                // the rows' parts were made from the values the bulk importer wrote: only the derived relationships are read back
                digest = bulkLoaded && bulk.digests != null ? DomainDigest.completed(bulk.digests, tx, InProcessDerivations.TYPES) : DomainDigest.read(tx);
            }
            phase("digest", -1, started);

            started = System.nanoTime();
            ImportSummary summary;
            try (Transaction tx = db.beginTx()) {
                // counted from the rows loaded and the store's counts when the rows were bulk loaded: no scan of every relationship
                InProcessCounts counts = bulkLoaded && bulk.facts != null
                        ? InProcessCounts.of(tx, seed.schema(), bulk.facts, InProcessDerivations.TYPES) : InProcessCounts.of(tx, seed.schema());
                summary = counts.summary(changed, seed.warnings(), bulkLoaded
                        ? "as a new store generation by Neo4j's bulk importer, swapped in whole"
                        : "as a new store generation in batches, swapped in whole");
            }
            phase("counts", -1, started);

            started = System.nanoTime();
            schema.awaitIndexes();
            phase("waited for the indexes", -1, started);
            // from the first constraint to the last index online: the schema's wall time, most of it beside the phases above
            phase(PHASE_SCHEMA, -1, schemaStarted);

            started = System.nanoTime();
            try (Session session = driver.session()) {
                session.executeWriteWithoutResult(tx -> {
                    digest.record(tx, cypher);
                    tx.run(cypher.get("import/record-state"), Map.of("fingerprint", fingerprint, "evidenceResolved", resolved)).consume();
                }, TransactionConfig.builder().withTimeout(Importer.TIMEOUT).build());
            }
            phase("digest and state recorded", -1, started);
            return summary;
        }
    }

    /** The schema's statements for the keys the writes look nodes up by (MERGE and MATCH on id), created before any row. */
    private List<String> lookupKeys() {
        return Arrays.stream(cypher.get("schema").split(";\\s*\\n"))
                .map(statement -> statement.strip().replaceAll(";$", ""))
                .filter(statement -> LOOKUP_KEYS.matcher(statement).find())
                .toList();
    }

    private void timed(String phase, long rows, Runnable write) {
        long started = System.nanoTime();
        write.run();
        phase(phase, rows, started);
    }

    private void phase(String name, long rows, long startedNanos) {
        progress.phase(name, rows, Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
