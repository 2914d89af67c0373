package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.corridorgraph.app.Application;
import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.graph.Listen;
import org.corridorgraph.graph.Ports;
import org.corridorgraph.graph.StorePassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the database (embedded unless --uri) and the API, built by the {@link Application} composition root. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start Neo4j (embedded unless --uri), import the seed data if the store is empty or older, and serve the API.")
final class ServeCommand implements Callable<Integer> {
    /** How long after the start the graph check waits, so the first answers have the CPUs. */
    static final Duration CHECK_DELAY = Duration.ofSeconds(5);

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "our HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687", description = "embedded Bolt port (default: ${DEFAULT-VALUE})")
    int boltPort;

    @Option(names = "--neo4j-http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "embedded Neo4j HTTP port: Browser and Query API (default: ${DEFAULT-VALUE})")
    int neo4jHttpPort;

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address our API and the embedded Neo4j listen on (default: ${DEFAULT-VALUE}); beyond loopback, not with --no-auth")
    String listen;

    @Option(names = "--draft", paramLabel = "DIR",
            description = "a draft of extract's to review at /review: accept, reject or edit its candidates into the seed data")
    Path draft;

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
        Ports.requireFree(listen, port, "--port");
        // seed data, corpus and query files are read and checked while the database starts; a problem in them stops the start
        // all the same, and is the error reported
        CompletableFuture<Application.Prepared> preparing = CompletableFuture.supplyAsync(
                () -> Launch.prepare(input, queries, Application.Imports.WHEN_STALE, false, draft), task -> new Thread(task, "prepare").start());
        String host = Listen.isWildcard(listen) ? "127.0.0.1" : listen;
        GraphConnection graph;
        try {
            graph = connect(host);
        } catch (RuntimeException e) {
            prepared(preparing);
            throw e;
        }
        Application.Prepared prepared;
        try {
            prepared = prepared(preparing);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        Application app = prepared.start(graph, true, out);
        int apiPort;
        try {
            // the entity names, which the first answer needs, load while the HTTP server starts
            CompletableFuture.runAsync(() -> app.queries().entities(), task -> new Thread(task, "entities").start());
            apiPort = app.serve(listen, port).port();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }

        out.println("corridor-graph " + Version.current() + " is serving (" + graph.description() + ")");
        out.println("  API:     http://" + host + ":" + apiPort + "/api/queries  (/api/ask?q=…, /docs, /health, /ready)");
        EmbeddedNeo4j embedded = graph.embedded();
        if (embedded != null) {
            out.println("  Bolt:    " + embedded.boltUri());
            out.println("  Browser: " + embedded.httpUrl() + "/browser/  (" + (embedded.authRequired()
                    ? "user neo4j; the password is in " + embedded.dataDir().resolve(StorePassword.FILE).toAbsolutePath()
                      + ", and a button on http://" + host + ":" + apiPort + "/ copies it"
                    : "no password: --no-auth") + "; it opens the guide)");
            out.println("  Guide:   :play " + guideUrl(host) + "   Style: http://" + host + ":" + apiPort + "/style.grass");
        }
        if (draft != null) {
            out.println("  Review:  http://127.0.0.1:" + apiPort + "/review  (the draft in " + draft.toAbsolutePath()
                    + "; saving writes to the seed data, not the graph)");
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
        AtomicBoolean stopping = new AtomicBoolean();
        Thread check = checkGraphInBackground(app, out, spec.commandLine().getErr(), stopping);
        Shutdown.awaitSignal(() -> {
            // a check the stop cuts short says nothing: the graph was not what failed
            stopping.set(true);
            check.interrupt();
            app.close();
        });
        return ExitCodes.OK;
    }

    private GraphConnection connect(String host) {
        if (database.external()) {
            if (!Listen.isLoopback(listen)) {
                GraphConnection.requireAuth(database.uri);
            }
            return database.connectExternal();
        }
        database.auth.warn(spec.commandLine().getErr());
        return GraphConnection.embedded(database.auth.apply(EmbeddedNeo4j.Options.loopback(database.dataDir, boltPort, neo4jHttpPort))
                .listeningOn(listen).withBrowserGuide(guideUrl(host)));
    }

    private String guideUrl(String host) {
        return "http://" + host + ":" + port + "/guide";
    }

    /** The prepared input, or the error that reading it raised, as it was raised. */
    private static Application.Prepared prepared(CompletableFuture<Application.Prepared> preparing) {
        try {
            return preparing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * After the start, so it waits on nothing: is the graph what the last import wrote? /ready reports it too.
     * It reads the whole graph, so it waits {@link #CHECK_DELAY} first: on two CPUs it would otherwise take
     * a third of the CPU the first answers need (about 1 CPU-second of a 10 s start at load 5).
     */
    private static Thread checkGraphInBackground(Application app, PrintWriter out, PrintWriter err, AtomicBoolean stopping) {
        Thread check = new Thread(() -> {
            try {
                Thread.sleep(CHECK_DELAY.toMillis());
                app.checkGraph().ifPresent(drift -> {
                    if (drift.matches()) {
                        out.println("graph: " + drift.describe());
                        out.flush();
                    } else {
                        err.println("warning: " + drift.describe() + "; run import to restore what the seed data says");
                        err.flush();
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (!stopping.get()) {
                    err.println("warning: could not check the graph against the last import: " + e.getMessage());
                    err.flush();
                }
            }
        }, "graph-check");
        check.setDaemon(true);
        check.start();
        return check;
    }
}
