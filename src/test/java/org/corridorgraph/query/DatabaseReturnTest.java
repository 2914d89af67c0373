package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.corridorgraph.graph.DatabaseUnavailableException;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TcpProxy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The database goes away behind a TCP proxy and comes back; the runner fails clearly, then recovers warm. */
@ExtendWith(SharedNeo4j.class)
class DatabaseReturnTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static GraphConnection graph;

    @BeforeAll
    static void importSeed(GraphConnection connection) {
        graph = connection;
        CliRun run = CliRun.of("import", "--uri", connection.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void afterAnOutageQueriesAre503UntilThePlansAreWarmThenAnswerAgain() throws Exception {
        Map<String, List<String>> kazakhstan = Map.of("entity", List.of("Kazakhstan"));
        List<String> logged = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger(QueryRunner.class.getName());
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
        Config failFast = Config.builder().withMaxTransactionRetryTime(0, TimeUnit.SECONDS)
                .withConnectionTimeout(1, TimeUnit.SECONDS).build();
        try (TcpProxy proxy = new TcpProxy(graph.embedded().boltPort());
             Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + proxy.port(), AuthTokens.none(), failFast)) {
            QueryRunner runner = new QueryRunner(driver, QueryCatalogue.load(CYPHER.folder()),
                    new EntityCache(driver, CYPHER, Duration.ZERO, Clock.systemUTC()), CYPHER,
                    new QuerySettings(Duration.ofSeconds(10), 1000, null, null));
            assertThat(runner.run("memberships", kazakhstan).rows()).isNotEmpty();
            assertThat(runner.ready()).isTrue();

            proxy.down();
            assertThatThrownBy(() -> runner.run("memberships", kazakhstan)).isInstanceOf(DatabaseUnavailableException.class);
            assertThat(runner.ready()).as("not ready while the database is away").isFalse();
            assertThatThrownBy(() -> runner.run("routes", Map.of("from", List.of("China"), "to", List.of("Iran"))))
                    .isInstanceOf(DatabaseUnavailableException.class);

            proxy.up();
            assertThat(runner.ready()).as("ready once every example ran again").isTrue();
            assertThat(runner.run("memberships", kazakhstan).rows()).isNotEmpty();
        } finally {
            log.removeHandler(handler);
        }
        // the operator reads one line when the database goes and one when it is back, not one per request
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).startsWith("WARNING database unavailable");
        assertThat(logged.get(1)).startsWith("INFO database reachable again");
    }

    @Test
    void warmingUpRunsEveryCatalogueExample(GraphConnection connection) {
        QueryCatalogue catalogue = QueryCatalogue.load(CYPHER.folder());
        QueryRunner runner = new QueryRunner(connection.driver(), catalogue,
                new EntityCache(connection.driver(), CYPHER, Duration.ofSeconds(10), Clock.systemUTC()), CYPHER,
                new QuerySettings(Duration.ofSeconds(10), 1000, null, null));

        assertThat(runner.warmUp()).isEqualTo(catalogue.all().stream().mapToInt(q -> q.examples().size()).sum()).isGreaterThan(12);
    }
}
