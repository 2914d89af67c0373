package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.corridorgraph.app.Application;
import org.corridorgraph.app.Inputs;
import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.render.Renderers;
import org.neo4j.driver.Driver;

/**
 * One embedded Neo4j (Bolt and its own HTTP server, with the Query API, on free loopback ports),
 * the seed data imported into it, and our HttpApp started in this JVM the way {@code serve} builds
 * it: so all three systems answer from the same server, the same store and the same Cypher.
 */
public final class BenchServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";

    private final Path dir;
    private final Application app;

    private BenchServer(Path dir, Application app) {
        this.dir = dir;
        this.app = app;
    }

    /**
     * Imports the seed data (and corpus) into a fresh temporary store and serves our API on it, as
     * serve does: 5 s timeout, 1000 rows.
     *
     * @param version what /health reports
     */
    public static BenchServer start(Inputs inputs, String version, PrintWriter log) {
        Application.Prepared prepared = Application.prepare(new Application.Settings(inputs, QueryLimits.DEFAULT,
                Application.Imports.ALWAYS, false, version, null).withAnswers(Application.Answers.DEFAULT.withBenchBypass()));
        Path dir;
        try {
            dir = Files.createTempDirectory("corridor-graph-bench");
        } catch (IOException e) {
            throw new HarnessException("cannot create a temporary store: " + e.getMessage(), "check the space in " + System.getProperty("java.io.tmpdir"), e);
        }
        try {
            GraphConnection graph = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(dir.resolve("store"), 0, 0).withQueryApi().withQuickShutdown());
            Application app = prepared.start(graph, true, log);
            try {
                // every system is measured warm: plans compiled and pages read once, by the catalogue's examples
                log.println("  warm-up: " + app.queries().prepareAll() + " query examples ran");
                app.serve(HOST, 0);
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
            return new BenchServer(dir, app);
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** Our API, e.g. http://127.0.0.1:PORT */
    public String ourBaseUrl() {
        return "http://" + HOST + ":" + app.port();
    }

    /** Neo4j's Query API endpoint for the default database. */
    public String queryApiUrl() {
        return app.graph().embedded().httpUrl() + "/db/neo4j/query/v2";
    }

    /** The Basic credentials Neo4j's Query API takes, as an Authorization header value. */
    public String queryApiAuthorization() {
        String login = GraphConnection.USER + ":" + app.graph().embedded().password();
        return "Basic " + java.util.Base64.getEncoder().encodeToString(login.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Driver driver() {
        return app.graph().driver();
    }

    public QueryRunner runner() {
        return app.queries();
    }

    public Renderers renderers() {
        return app.renderers();
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
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
