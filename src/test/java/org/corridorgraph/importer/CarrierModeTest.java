package org.corridorgraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Carriers' modes reach the derived legs and hops, and routes keeps goods off pipelines unless a
 * mode asks for them: header examples can only say what a result holds, these say what it must not.
 */
@ExtendWith(SharedNeo4j.class)
class CarrierModeTest {
    private static final String PIPELINE = "Caspian Pipeline Consortium";
    private static Driver driver;
    private static QueryRunner runner;

    @BeforeAll
    static void importSeed(GraphConnection graph) {
        CliRun run = CliRun.of("import", "--uri", graph.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        driver = graph.driver();
        runner = TestApps.on(graph, new QueryLimits(Duration.ofSeconds(30), 1000)).queries();
    }

    @Test
    void everyCarrierLegCarriesItsCarriersModeAndBorderLegsNone() {
        assertThat(GraphAssertions.count(driver, """
                MATCH (c:Entity)-[:STARTS_IN|TRANSITS|ENDS_IN]->()
                WITH DISTINCT c
                WHERE NOT c.mode IN ['rail', 'road', 'sea', 'pipeline', 'multimodal']
                RETURN count(c)""")).isZero();
        assertThat(GraphAssertions.count(driver, """
                MATCH ()-[l:LEG {mode: 'carrier'}]->()
                MATCH (c:Entity {id: l.carrier})
                WHERE l.carrierMode IS NULL OR l.carrierMode <> c.mode
                RETURN count(l)""")).isZero();
        assertThat(GraphAssertions.count(driver, "MATCH ()-[l:LEG {mode: 'border'}]->() WHERE l.carrierMode IS NOT NULL RETURN count(l)")).isZero();
        assertThat(GraphAssertions.count(driver, """
                MATCH (a)-[h:HOP]->(b)
                WHERE size(h.carrierModes) <> size(h.carriers) OR h.hasBorder <> EXISTS { (a)-[:LEG {mode: 'border'}]-(b) }
                RETURN count(h)""")).isZero();
        assertThat(GraphAssertions.count(driver, "MATCH ()-[l:LEG {carrierMode: 'pipeline'}]->() RETURN count(l)")).isPositive();
    }

    @Test
    void routesLeavesPipelinesOutUnlessAsked() {
        QueryResult china = routes("from", "China", "to", "Iran", "via", "Central Asia");
        assertThat(china.rows()).isNotEmpty();
        for (Map<String, Object> row : china.rows()) {
            assertThat(row.get("carriers").toString()).doesNotContain(PIPELINE);
            assertThat(row.get("alsoServedBy").toString()).doesNotContain(PIPELINE);
            assertThat(strings(row.get("modes"))).doesNotContain("pipeline");
        }

        QueryResult pipeline = routes("from", "Kazakhstan", "to", "Russia", "mode", "pipeline");
        assertThat(pipeline.rows()).isNotEmpty();
        assertThat(pipeline.rows().get(0).get("carriers").toString()).contains(PIPELINE);
        pipeline.rows().forEach(row -> assertThat(strings(row.get("modes"))).allMatch(m -> m.equals("pipeline") || m.equals("border")));
    }

    @Test
    void aModeKeepsToCarriersOfThatModeWithBordersBetween() {
        QueryResult any = routes("from", "Russia", "to", "Iran");
        assertThat(any.rows().get(0).get("modes").toString()).contains("multimodal");

        QueryResult rail = routes("from", "Russia", "to", "Iran", "mode", "rail");
        assertThat(rail.rows()).isNotEmpty();
        for (Map<String, Object> row : rail.rows()) {
            List<String> modes = strings(row.get("modes"));
            assertThat(modes).as(row.get("legs").toString()).allMatch(m -> m.equals("rail") || m.equals("border")).contains("rail");
            assertThat(modes.stream().filter("border"::equals).count()).isLessThanOrEqualTo(1);
        }
        assertThat(routes("from", "Russia", "to", "Iran", "mode", "road").rows()).as("no road carrier in the seed data").isEmpty();
    }

    private static QueryResult routes(String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], List.of(pairs[i + 1]));
        }
        return runner.run("routes", Arguments.ofText(params));
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        ((List<?>) value).forEach(v -> out.add(String.valueOf(v)));
        return out;
    }
}
