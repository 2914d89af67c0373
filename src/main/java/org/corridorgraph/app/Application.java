package org.corridorgraph.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.corridorgraph.extract.DraftAcceptor;
import org.corridorgraph.extract.ReviewSession;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.graph.SchemaInstaller;
import org.corridorgraph.http.ApiDocs;
import org.corridorgraph.http.HttpApp;
import org.corridorgraph.http.OpenApi;
import org.corridorgraph.http.Readiness;
import org.corridorgraph.http.ReviewRoutes;
import org.corridorgraph.importer.GraphCheck;
import org.corridorgraph.importer.GraphDrift;
import org.corridorgraph.importer.ImportMethod;
import org.corridorgraph.importer.ImportProgress;
import org.corridorgraph.importer.ImportState;
import org.corridorgraph.importer.ImportSummary;
import org.corridorgraph.importer.Importer;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.importer.SeedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.Availability;
import org.corridorgraph.query.Citer;
import org.corridorgraph.query.EntityCache;
import org.corridorgraph.query.EntityDirectory;
import org.corridorgraph.query.EntityDetails;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.query.Asker;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.query.ReadTransactions;
import org.corridorgraph.query.BoltReads;
import org.corridorgraph.query.InProcessReads;
import org.corridorgraph.query.ImportGeneration;
import org.corridorgraph.http.AnswerCache;
import org.corridorgraph.render.BrowserGuide;
import org.corridorgraph.render.BrowserStyle;
import org.corridorgraph.render.Renderers;
import org.corridorgraph.seed.Schema;
import org.corridorgraph.seed.SchemaLoader;

/**
 * The composition root: builds the whole application from its settings, once. First everything
 * that needs no database ({@link #prepare}: seed data, schema, query catalogue), so bad input stops
 * a start before a database is touched; then, on a connection ({@link Prepared#start}): schema,
 * import when asked, runner, renderers, docs and the HTTP app. serve, query, ask, report, the
 * harness and the tests all build it here.
 */
public final class Application implements AutoCloseable {
    /** Whether starting imports the seed data. */
    public enum Imports {
        /** Use the graph as it is (query, ask, report). */
        NONE,
        /** Import when the graph is empty or older than the seed data (serve). */
        WHEN_STALE,
        /** Import every time (benchmarks on a fresh store). */
        ALWAYS
    }

    /**
     * @param forReading indented JSON for people (the command line) instead of compact JSON (the API)
     * @param browser    Browser links and origins; null takes them from the embedded server, if any
     * @param draft      a draft folder of extract's to review at /review (serve --draft); null for none
     */
    public record Settings(Inputs inputs, QueryLimits limits, Imports imports, boolean forReading, String version,
                           BrowserEndpoints browser, Path draft, Answers answers) {
        public Settings(Inputs inputs, QueryLimits limits, Imports imports, boolean forReading, String version,
                        BrowserEndpoints browser) {
            this(inputs, limits, imports, forReading, version, browser, null, Answers.DEFAULT);
        }

        public Settings withBrowser(BrowserEndpoints endpoints) {
            return new Settings(inputs, limits, imports, forReading, version, endpoints, draft, answers);
        }

        public Settings withDraft(Path folder) {
            return new Settings(inputs, limits, imports, forReading, version, browser, folder, answers);
        }

        public Settings withAnswers(Answers how) {
            return new Settings(inputs, limits, imports, forReading, version, browser, draft, how);
        }
    }

    /** Which way canned queries reach the embedded Neo4j; an external one (--uri) is always reached over Bolt. */
    public enum ReadPath {
        /** In this process, through the embedded API: no Bolt round trip, no serialisation. */
        IN_PROCESS,
        /** Over Bolt through the driver, as for an external Neo4j. */
        BOLT
    }

    /**
     * How answers are computed and kept.
     *
     * @param cacheBytes  the answer cache's bound; 0 turns it off
     * @param benchBypass let a request skip the cache with a header (the benchmark's switch to time misses)
     */
    public record Answers(ReadPath reads, long cacheBytes, boolean benchBypass) {
        public static final Answers DEFAULT = new Answers(ReadPath.IN_PROCESS, 32L << 20, false);

        public Answers withReads(ReadPath path) {
            return new Answers(path, cacheBytes, benchBypass);
        }

        public Answers withBenchBypass() {
            return new Answers(reads, cacheBytes, true);
        }
    }

    private final GraphConnection graph;
    private final boolean ownsGraph;
    private final Schema schema;
    private final QueryRunner queries;
    private final Asker asker;
    private final EntityDetails entityDetails;
    private final Renderers renderers;
    private final HttpApp http;
    private final ImportSummary imported;
    private final GraphCheck graphCheck;
    private final AtomicReference<String> graphState;
    private final ImportGeneration generation;
    private Javalin server;

    private Application(GraphConnection graph, boolean ownsGraph, Schema schema, QueryRunner queries, Asker asker, EntityDetails entityDetails,
                        Renderers renderers, HttpApp http, ImportSummary imported, GraphCheck graphCheck,
                        AtomicReference<String> graphState, ImportGeneration generation) {
        this.generation = generation;
        this.graph = graph;
        this.ownsGraph = ownsGraph;
        this.schema = schema;
        this.queries = queries;
        this.asker = asker;
        this.entityDetails = entityDetails;
        this.renderers = renderers;
        this.http = http;
        this.imported = imported;
        this.graphCheck = graphCheck;
        this.graphState = graphState;
    }

    /**
     * Compares the graph with what the last import wrote, and keeps the answer for /ready.
     *
     * @return empty when no import recorded what it wrote
     */
    public Optional<GraphDrift> checkGraph() {
        Optional<GraphDrift> drift = graphCheck.check();
        graphState.set(drift.map(GraphDrift::describe).orElse("no import has recorded what it wrote; import to record it"));
        return drift;
    }

    /**
     * Reads and validates everything that needs no database.
     *
     * @throws org.corridorgraph.seed.SeedValidationException listing every problem of the seed data (when importing)
     * @throws org.corridorgraph.query.QueryFileException naming a malformed query file
     */
    public static Prepared prepare(Settings settings) {
        ObjectMapper mapper = Json.mapper();
        Inputs inputs = settings.inputs();
        PreparedImport seed = settings.imports() == Imports.NONE ? null
                : PreparedImport.prepare(inputs.seedData(), inputs.corpus(), mapper);
        Schema schema = seed != null ? seed.seed().schema() : new SchemaLoader(mapper).load(inputs.seedData());
        QueryCatalogue catalogue = QueryCatalogue.load(inputs.cypher().folder());
        Renderers renderers = settings.forReading() ? Renderers.forReading(mapper, schema) : new Renderers(mapper, schema);
        // the draft is read now, so a broken one (or a read-only seed-data folder) stops serve before a database starts
        ReviewSession review = settings.draft() == null ? null
                : new ReviewSession(settings.draft(), new DraftAcceptor(inputs.seedData(), inputs.corpus(), mapper), mapper);
        return new Prepared(settings, mapper, seed, schema, catalogue, renderers, review);
    }

    /** Validated input, not yet connected. */
    public static final class Prepared {
        private final Settings settings;
        private final ObjectMapper mapper;
        private final PreparedImport seed;
        private final Schema schema;
        private final QueryCatalogue catalogue;
        private final Renderers renderers;
        private final ReviewSession review;

        private Prepared(Settings settings, ObjectMapper mapper, PreparedImport seed, Schema schema, QueryCatalogue catalogue,
                         Renderers renderers, ReviewSession review) {
            this.review = review;
            this.settings = settings;
            this.mapper = mapper;
            this.seed = seed;
            this.schema = schema;
            this.catalogue = catalogue;
            this.renderers = renderers;
        }

        public QueryCatalogue catalogue() {
            return catalogue;
        }

        /** The renderers, so a command can refuse an unknown format before it connects. */
        public Renderers renderers() {
            return renderers;
        }

        /** The validated seed data and corpus; null when this start imports nothing. */
        public PreparedImport seed() {
            return seed;
        }

        /**
         * Builds the application on a connection: schema and import (as the settings say), then
         * queries, renderers, docs and the HTTP app, not yet listening.
         *
         * @param ownsGraph whether closing the application closes the connection
         * @param out       where the import reports what it loaded
         */
        public Application start(GraphConnection graph, boolean ownsGraph, PrintWriter out) {
            try {
                return build(graph, ownsGraph, out);
            } catch (RuntimeException e) {
                if (ownsGraph) {
                    graph.close();
                }
                throw e;
            }
        }

        private Application build(GraphConnection graph, boolean ownsGraph, PrintWriter out) {
            var cypher = settings.inputs().cypher();
            Importer importer = new Importer(graph.driver(), cypher);
            // on the embedded store through the Java API: at a start on an up-to-date store nothing then plans Cypher before the first answer
            Supplier<Optional<String>> fingerprint = graph.embedded() != null
                    ? () -> ImportState.fingerprint(graph.embedded().database()) : importer::currentFingerprint;
            ImportSummary imported = null;
            if (seed != null) {
                SchemaInstaller.of(graph, cypher).apply();
                boolean current = settings.imports() == Imports.WHEN_STALE
                        && fingerprint.get().filter(seed.fingerprint()::equals).isPresent();
                if (current) {
                    out.println("graph: up to date with the seed data");
                } else {
                    SummaryText.prepared(out, seed);
                    imported = new SeedImport(graph, cypher, ImportProgress.NONE).run(ImportMethod.AUTO, seed);
                    SummaryText.summary(out, imported);
                }
                out.flush();
            }
            BrowserEndpoints browser = settings.browser() != null ? settings.browser() : BrowserEndpoints.of(graph);
            Availability availability = new Availability();
            ReadTransactions reads = graph.embedded() != null && settings.answers().reads() == ReadPath.IN_PROCESS
                    ? new InProcessReads(graph.embedded()::database, settings.limits(), availability)
                    : new BoltReads(graph.driver(), settings.limits(), availability);
            ImportGeneration generation = (graph.embedded() != null ? new ImportGeneration(() -> fingerprint.get().orElse(null))
                    : ImportGeneration.overCypher(reads, cypher)).watch();
            EntityCache entities = graph.embedded() != null
                    ? new EntityCache(() -> EntityDirectory.load(graph.embedded().database()), generation)
                    : EntityCache.overCypher(graph.driver(), cypher, generation);
            Citer citer = new Citer(cypher);
            QueryRunner queries = new QueryRunner(catalogue, entities, reads, availability, citer, browser.links(), cypher);
            EntityDetails details = new EntityDetails(entities, reads, citer, cypher, queries::requireReady);
            String grass = new BrowserStyle(schema).grass();
            ApiDocs docs = new ApiDocs(new OpenApi(catalogue, schema, renderers.all(), settings.version()),
                    new BrowserGuide(schema, catalogue.all(), grass), grass, browser.origins());
            AtomicReference<String> graphState = new AtomicReference<>("not checked yet");
            Readiness readiness = () -> fingerprint.get()
                    .map(f -> queries.ready() ? new Readiness.Status(true, "database reachable and imported", graphState.get())
                            : new Readiness.Status(false, "database back; preparing query plans", graphState.get()))
                    .orElse(new Readiness.Status(false, "database reachable but not imported", graphState.get()));
            Asker asker = new Asker(queries);
            HttpApp http = new HttpApp(readiness, queries, asker, details, renderers, mapper, settings.version(), docs, browser.login(),
                    review == null ? null : new ReviewRoutes(review, mapper),
                    new HttpApp.Caching(new AnswerCache(settings.answers().cacheBytes()), generation, settings.answers().benchBypass()));
            return new Application(graph, ownsGraph, schema, queries, asker, details, renderers, http, imported,
                    new GraphCheck(graph.driver(), cypher), graphState, generation);
        }
    }

    public GraphConnection graph() {
        return graph;
    }

    public Schema schema() {
        return schema;
    }

    public QueryRunner queries() {
        return queries;
    }

    /** Answers plain-language questions: the router, then retrieval. */
    public Asker asker() {
        return asker;
    }

    public EntityDetails entityDetails() {
        return entityDetails;
    }

    public Renderers renderers() {
        return renderers;
    }

    /** What this start imported; null when the graph was used as it was. */
    public ImportSummary imported() {
        return imported;
    }

    /** Starts the HTTP app on HOST:PORT (0 for a free port); {@link #close()} stops it. */
    public synchronized Javalin serve(String host, int port) {
        if (server != null) {
            throw new IllegalStateException("already serving on port " + server.port());
        }
        server = http.create(host, port).start();
        return server;
    }

    /** The port the HTTP app listens on. */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("not serving");
        }
        return server.port();
    }

    @Override
    public synchronized void close() {
        queries.close();
        try {
            if (server != null) {
                server.stop();
            }
            generation.close();
        } finally {
            if (ownsGraph) {
                graph.close();
            }
        }
    }
}
