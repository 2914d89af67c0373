package org.corridorgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.graph.SchemaInstaller;
import org.corridorgraph.http.ApiDocs;
import org.corridorgraph.http.HttpApp;
import org.corridorgraph.http.OpenApi;
import org.corridorgraph.http.Readiness;
import org.corridorgraph.importer.Importer;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.query.EntityCache;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.query.QuerySettings;
import org.corridorgraph.render.BrowserGuide;
import org.corridorgraph.render.BrowserStyle;
import org.corridorgraph.render.LabelColours;
import org.corridorgraph.render.Renderers;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.Schema;
import org.neo4j.driver.Driver;

/**
 * One embedded Neo4j (Bolt and its own HTTP server, with the Query API, on free loopback ports),
 * the seed data imported into it, and our HttpApp started in this JVM the way {@code serve} builds
 * it: so all three systems answer from the same server, the same store and the same Cypher.
 */
public final class BenchServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";

    private final Path dir;
    private final GraphConnection graph;
    private final QueryRunner runner;
    private final Renderers renderers;
    private final Javalin app;

    private BenchServer(Path dir, GraphConnection graph, QueryRunner runner, Renderers renderers, Javalin app) {
        this.dir = dir;
        this.graph = graph;
        this.runner = runner;
        this.renderers = renderers;
        this.app = app;
    }

    /**
     * @param prepared the validated seed data (and corpus) to import
     * @param version  what /health reports
     */
    public static BenchServer start(PreparedImport prepared, CypherLibrary cypher, ObjectMapper mapper, String version) {
        Path dir;
        try {
            dir = Files.createTempDirectory("corridor-graph-bench");
        } catch (IOException e) {
            throw new BenchException("cannot create a temporary store: " + e.getMessage(), "check the space in " + System.getProperty("java.io.tmpdir"), e);
        }
        GraphConnection graph = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(dir.resolve("store"), 0, 0).withQuickShutdown());
        try {
            new SchemaInstaller(graph.driver(), cypher).apply();
            Importer importer = new Importer(graph.driver(), cypher);
            importer.run(prepared.seed(), prepared.fingerprint());
            QueryRunner runner = runner(graph, cypher);
            Renderers renderers = new Renderers(mapper);
            Readiness readiness = () -> new Readiness.Status(true, "benchmark store");
            Schema schema = prepared.seed().schema();
            String grass = new BrowserStyle(schema, LabelColours.LABEL_COLOURS).grass();
            String neo4jHttp = graph.embedded().httpUrl();
            ApiDocs docs = new ApiDocs(new OpenApi(runner.catalogue(), schema, renderers.formats(), version),
                    new BrowserGuide(schema, runner.catalogue().all(), grass), grass,
                    List.of(neo4jHttp, neo4jHttp.replace("127.0.0.1", "localhost")));
            Javalin app = new HttpApp(readiness, runner, renderers, mapper, version, docs).create(HOST, 0).start();
            return new BenchServer(dir, graph, runner, renderers, app);
        } catch (RuntimeException e) {
            graph.close();
            delete(dir);
            throw e;
        }
    }

    /** As QueryOptions builds it for serve: 5 s timeout, 1000 rows, entity cache checked every 10 s. */
    static QueryRunner runner(GraphConnection graph, CypherLibrary cypher) {
        EmbeddedNeo4j embedded = graph.embedded();
        String browser = embedded.httpUrl() == null ? null : embedded.httpUrl() + "/browser/";
        QuerySettings settings = new QuerySettings(QuerySettings.DEFAULT_TIMEOUT, QuerySettings.DEFAULT_MAX_ROWS, browser,
                embedded.boltUri().toString());
        return new QueryRunner(graph.driver(), QueryCatalogue.load(cypher.folder()),
                new EntityCache(graph.driver(), cypher, Duration.ofSeconds(10), Clock.systemUTC()), cypher, settings);
    }

    /** Our API, e.g. http://127.0.0.1:PORT */
    public String ourBaseUrl() {
        return "http://" + HOST + ":" + app.port();
    }

    /** Neo4j's Query API endpoint for the default database. */
    public String queryApiUrl() {
        return graph.embedded().httpUrl() + "/db/neo4j/query/v2";
    }

    public Driver driver() {
        return graph.driver();
    }

    public QueryRunner runner() {
        return runner;
    }

    public Renderers renderers() {
        return renderers;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            graph.close();
            delete(dir);
        }
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is not worth failing the benchmark for
        }
    }
}
