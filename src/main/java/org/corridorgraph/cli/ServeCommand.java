package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.graph.Listen;
import org.corridorgraph.graph.Ports;
import org.corridorgraph.graph.SchemaInstaller;
import org.corridorgraph.http.ApiDocs;
import org.corridorgraph.http.HttpApp;
import org.corridorgraph.http.OpenApi;
import org.corridorgraph.http.Readiness;
import org.corridorgraph.importer.Importer;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.render.BrowserGuide;
import org.corridorgraph.render.BrowserStyle;
import org.corridorgraph.render.LabelColours;
import org.corridorgraph.render.Renderers;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The composition root of the server: database, import, HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start Neo4j (embedded unless --uri), import the seed data if the store is empty or older, and serve the API.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "our HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687", description = "embedded Bolt port (default: ${DEFAULT-VALUE})")
    int boltPort;

    @Option(names = "--neo4j-http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "embedded Neo4j HTTP port: Browser and Query API (default: ${DEFAULT-VALUE})")
    int neo4jHttpPort;

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address our API and the embedded Neo4j listen on (default: ${DEFAULT-VALUE}); beyond loopback, Neo4j needs a password")
    String listen;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "with --listen beyond loopback: the embedded Neo4j's password for user neo4j (at least 8 characters)")
    String neo4jPassword;

    @Mixin
    InputOptions input;

    @Mixin
    DatabaseOptions database;

    @Mixin
    QueryOptions queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = Json.mapper();
        PreparedImport prepared = PreparedImport.prepare(input.seedFolder(), input.corpusFolder(), mapper);
        CypherLibrary cypher = input.cypherLibrary();
        QueryCatalogue.load(cypher.folder()); // a malformed query file stops the start before anything runs
        Ports.requireFree(listen, port, "--port");
        String host = Listen.isWildcard(listen) ? "127.0.0.1" : listen;
        String guideUrl = "http://" + host + ":" + port + "/guide";
        GraphConnection graph;
        if (database.external()) {
            if (!Listen.isLoopback(listen)) {
                GraphConnection.requireAuth(database.uri);
            }
            graph = GraphConnection.external(database.uri, database.user, database.password);
        } else {
            graph = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(database.dataDir, boltPort, neo4jHttpPort)
                    .listeningOn(listen, neo4jPassword).withBrowserGuide(guideUrl));
        }
        Javalin app;
        try {
            new SchemaInstaller(graph.driver(), cypher).apply();
            Importer importer = new Importer(graph.driver(), cypher);
            if (importer.currentFingerprint().filter(prepared.fingerprint()::equals).isPresent()) {
                out.println("graph: up to date with the seed data");
            } else {
                SummaryText.prepared(out, prepared);
                SummaryText.summary(out, importer.run(prepared.seed(), prepared.fingerprint()));
            }
            QueryRunner runner = queries.runner(graph, cypher);
            Readiness readiness = () -> importer.currentFingerprint()
                    .map(f -> runner.ready() ? new Readiness.Status(true, "database reachable and imported")
                            : new Readiness.Status(false, "database back; preparing query plans"))
                    .orElse(new Readiness.Status(false, "database reachable but not imported"));
            Renderers renderers = new Renderers(mapper);
            Schema schema = prepared.seed().schema();
            String grass = new BrowserStyle(schema, LabelColours.LABEL_COLOURS).grass();
            ApiDocs docs = new ApiDocs(new OpenApi(runner.catalogue(), schema, renderers.formats(), Version.current()),
                    new BrowserGuide(schema, runner.catalogue().all(), grass), grass, browserOrigins(graph));
            app = new HttpApp(readiness, runner, renderers, mapper, Version.current(), docs).create(listen, port).start();
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }

        out.println("corridor-graph " + Version.current() + " is serving (" + graph.description() + ")");
        out.println("  API:     http://" + host + ":" + app.port() + "/api/queries  (/api/ask?q=…, /docs, /health, /ready)");
        EmbeddedNeo4j embedded = graph.embedded();
        if (embedded != null) {
            out.println("  Bolt:    " + embedded.boltUri());
            out.println("  Browser: " + embedded.httpUrl() + "/browser/  ("
                    + (Listen.isLoopback(listen) ? "no password on loopback" : "user neo4j, the password you gave") + "; it opens the guide)");
            out.println("  Guide:   :play " + guideUrl + "   Style: http://" + host + ":" + app.port() + "/style.grass");
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
        Shutdown.awaitSignal(() -> {
            app.stop();
            graph.close();
        });
        return ExitCodes.OK;
    }

    private static List<String> browserOrigins(GraphConnection graph) {
        if (graph.embedded() == null || graph.embedded().httpUrl() == null) {
            return List.of();
        }
        String url = graph.embedded().httpUrl();
        return List.of(url, url.replace("127.0.0.1", "localhost"));
    }
}
