package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.corridorgraph.app.Application;
import org.corridorgraph.graph.DatabaseUnavailableException;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TcpProxy;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database goes away behind a TCP proxy and comes back; the runner fails clearly, then recovers warm. */
@ExtendWith(SharedNeo4j.class)
class DatabaseReturnTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(10), 1000);
    private static GraphConnection graph;

    @BeforeAll
    static void importSeed(GraphConnection connection) {
        graph = connection;
        CliRun run = CliRun.of("import", "--uri", connection.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void afterAnOutageQueriesAre503UntilThePlansAreWarmThenAnswerAgain() throws Exception {
        Arguments kazakhstan = Arguments.ofText(Map.of("entity", List.of("Kazakhstan")));
        List<String> logged = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger(Availability.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try (TcpProxy proxy = new TcpProxy(graph.embedded().boltPort());
             Application app = TestApps.on(GraphConnection.external(URI.create("bolt://127.0.0.1:" + proxy.port()), null, null),
                     LIMITS, Paths.CYPHER, true)) {
            QueryRunner runner = app.queries();
            assertThat(runner.run("memberships", kazakhstan).rows()).isNotEmpty();
            assertThat(runner.ready()).isTrue();

            proxy.down();
            assertThatThrownBy(() -> runner.run("memberships", kazakhstan)).isInstanceOf(DatabaseUnavailableException.class);
            assertThat(runner.ready()).as("not ready while the database is away").isFalse();
            assertThatThrownBy(() -> runner.run("routes", Arguments.ofText(Map.of("from", List.of("China"), "to", List.of("Iran")))))
                    .isInstanceOf(DatabaseUnavailableException.class);

            proxy.up();
            // the plans are prepared in the background; each request meanwhile is answered at once
            long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!runner.ready() && System.nanoTime() < giveUp) {
                Thread.sleep(100);
            }
            assertThat(runner.ready()).as("ready once every query's plan was prepared again").isTrue();
            assertThat(runner.ready("memberships")).isTrue();
            assertThat(runner.run("memberships", kazakhstan).rows()).isNotEmpty();
        } finally {
            log.removeHandler(handler);
        }
        // the operator reads one line when the database goes, one when it is back and one when every plan is ready, not one per request
        assertThat(logged).hasSize(3);
        assertThat(logged.get(0)).startsWith("WARNING database unavailable");
        assertThat(logged.get(1)).startsWith("INFO database reachable again");
        assertThat(logged.get(2)).startsWith("INFO query plans ready");
    }

    @Test
    void warmingUpPreparesEveryCatalogueQuery(GraphConnection connection) {
        QueryCatalogue catalogue = QueryCatalogue.load(CYPHER.folder());
        QueryRunner runner = TestApps.on(connection, LIMITS).queries();

        List<Availability.Plan> plans = runner.warmUp();
        assertThat(plans).extracting(Availability.Plan::query).containsAll(catalogue.names()).contains("statement-words");
        plans.forEach(p -> p.examples().forEach(Runnable::run)); // the database answers every one of them
    }
}
