package org.corridorgraph.harness.resilience;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.app.Application;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.TestApps;

/** Our HTTP app as the composition root builds it for serve, in this JVM, on a free loopback port, with the limits a test chooses. */
final class InProcessApi implements AutoCloseable {
    static final ObjectMapper JSON = Json.mapper();

    private final Application app;
    final org.corridorgraph.query.QueryCatalogue catalogue;

    InProcessApi(GraphConnection graph, java.nio.file.Path cypher, Duration timeout, int maxRows) {
        app = TestApps.on(graph, new QueryLimits(timeout, maxRows), cypher, false);
        app.serve("127.0.0.1", 0);
        catalogue = app.queries().catalogue();
    }

    InProcessApi(GraphConnection graph, Duration timeout, int maxRows) {
        this(graph, Paths.CYPHER, timeout, maxRows);
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.close();
    }
}
