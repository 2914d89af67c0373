package org.corridorgraph.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.corridorgraph.http.ApiDocs;
import org.corridorgraph.http.HttpApp;
import org.corridorgraph.http.OpenApi;
import org.corridorgraph.http.Readiness;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.EntityCache;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.query.QuerySettings;
import org.corridorgraph.render.BrowserGuide;
import org.corridorgraph.render.BrowserStyle;
import org.corridorgraph.render.LabelColours;
import org.corridorgraph.render.Renderers;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.Schema;
import org.corridorgraph.seed.SchemaLoader;
import org.corridorgraph.support.Paths;
import org.neo4j.driver.Driver;

/** Our HTTP app wired as `serve` wires it, in this JVM, on a free loopback port, with the limits a test chooses. */
final class InProcessApi implements AutoCloseable {
    static final ObjectMapper JSON = Json.mapper();
    static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));

    private final Javalin app;
    final QueryCatalogue catalogue;

    InProcessApi(Driver driver, CypherLibrary cypher, Duration timeout, int maxRows) {
        catalogue = QueryCatalogue.load(cypher.folder());
        QueryRunner runner = new QueryRunner(driver, catalogue, new EntityCache(driver, cypher, Duration.ofSeconds(10), Clock.systemUTC()),
                cypher, new QuerySettings(timeout, maxRows, "http://127.0.0.1:7474/browser/", "bolt://127.0.0.1:7687"));
        Renderers renderers = new Renderers(JSON);
        Schema schema = new SchemaLoader(JSON).load(ProjectFolder.locate("seed-data", Paths.SEED_DATA));
        String grass = new BrowserStyle(schema, LabelColours.LABEL_COLOURS).grass();
        ApiDocs docs = new ApiDocs(new OpenApi(runner.catalogue(), schema, renderers.formats(), "test"),
                new BrowserGuide(schema, runner.catalogue().all(), grass), grass, List.of("http://127.0.0.1:7474"));
        Readiness ready = () -> new Readiness.Status(true, "imported");
        app = new HttpApp(ready, runner, renderers, JSON, "test", docs).create("127.0.0.1", 0).start();
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
