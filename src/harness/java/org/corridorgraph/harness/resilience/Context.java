package org.corridorgraph.harness.resilience;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.QueryCatalogue;

/** What every scenario shares: settings, the launcher, one HTTP client, the catalogue, the log, and one embedded `serve`. */
final class Context implements AutoCloseable {
    final ResilienceSettings settings;
    final Launcher launcher;
    final Http http;
    final QueryCatalogue catalogue;
    final List<String> valid;
    final Path work;
    private final PrintWriter log;
    private Launcher.Server shared;
    private GraphChecksum.Snapshot sharedBaseline;

    Context(ResilienceSettings settings, Launcher launcher, QueryCatalogue catalogue, PrintWriter log) {
        this.settings = settings;
        this.launcher = launcher;
        this.catalogue = catalogue;
        this.valid = Requests.valid(catalogue);
        this.work = settings.workDir();
        this.log = log;
        this.http = new Http(ResilienceSettings.CLIENT_TIMEOUT);
    }

    void say(String line) {
        log.println("  " + line);
        log.flush();
    }

    /** The embedded `serve` used by load, hostile-input and limits; started on first use, with the graph's checksum taken then. */
    Launcher.Server shared() {
        if (shared == null) {
            say("starting serve (embedded Neo4j, seed import) …");
            shared = launcher.serveEmbedded("serve-embedded", work.resolve("serve-store"), List.of());
            sharedBaseline = checksum(shared.boltPort());
            say("serve is up at " + shared.base() + ", Bolt " + shared.boltUri() + "; graph " + sharedBaseline);
        }
        return shared;
    }

    /** The shared server's graph as it was when it started. */
    GraphChecksum.Snapshot sharedBaseline() {
        shared();
        return sharedBaseline;
    }

    /** The graph behind a Bolt port on loopback. */
    GraphChecksum.Snapshot checksum(int boltPort) {
        try (GraphConnection graph = GraphConnection.external(URI.create("bolt://127.0.0.1:" + boltPort), GraphConnection.USER, Launcher.PASSWORD)) {
            return GraphChecksum.of(graph.driver());
        }
    }

    @Override
    public void close() {
        if (shared != null) {
            shared.close();
        }
        http.close();
    }
}
