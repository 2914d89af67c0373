package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example in every query file's header, run against the imported graph. */
@ExtendWith(SharedNeo4j.class)
class CatalogueExamplesTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static final QueryCatalogue CATALOGUE = QueryCatalogue.load(CYPHER.folder());
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(10), 1000);
    private static QueryRunner runner;

    @BeforeAll
    static void importSeed(GraphConnection graph) {
        CliRun run = CliRun.of("import", "--uri", graph.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        runner = TestApps.on(graph, LIMITS).queries();
    }

    static Stream<Arguments> examples() {
        return CATALOGUE.all().stream().flatMap(q -> q.examples().stream()
                .map(e -> Arguments.of(q.name() + " line " + e.line() + " " + e.params(), q, e)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleShowsWhatItsHeaderExpects(String title, CannedQuery query, QueryExample example) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        example.params().forEach((k, v) -> params.put(k, List.of(v)));

        QueryResult result = runner.run(query.name(), org.corridorgraph.query.Arguments.ofText(params));

        assertThat(result.rows()).as(title).isNotEmpty();
        for (QueryExample.Expectation expectation : example.expectations()) {
            String column = expectation.column().equals("evidence") ? "citations" : expectation.column();
            assertThat(result.columns()).as(title).contains(column);
            List<String> cells = new ArrayList<>();
            result.rows().forEach(r -> cells.add(text(r.get(column))));
            String all = String.join(" | ", cells);
            for (String value : expectation.values()) {
                assertThat(all).as(title + ": column " + column).contains(value);
            }
        }
    }

    @Test
    void theCatalogueHasTheQueriesUsersCite() {
        assertThat(CATALOGUE.names()).contains("routes", "path", "memberships", "members", "summits", "sanctions", "trade",
                "timeline", "views", "evidence", "neighbourhood", "chokepoints");
    }

    @Test
    void citedSentencesAreNumberedOnceAndRowsReferToThem() {
        QueryResult result = runner.run("routes", text(Map.of("from", List.of("china"), "to", List.of("Tehran"), "via", List.of("central asia"))));

        assertThat(result.params()).containsEntry("to", "Iran").containsEntry("via", "Central Asia");
        List<Citation> citations = result.citations().list();
        assertThat(citations).extracting(Citation::number).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, citations.size()).boxed().toArray(Integer[]::new));
        assertThat(citations).extracting(Citation::sentenceId).doesNotHaveDuplicates();
        assertThat(result.rows().get(0).get("citations")).isEqualTo(new CitationNumbers(List.of(1)));
        assertThat(citations.get(0).text()).contains("Kazakhstan and Turkmenistan");
    }

    @Test
    void citationsAreTheSameWhetherTheirSentencesWereReadBeforeOrNot(GraphConnection graph) {
        QueryRunner fresh = TestApps.on(graph, LIMITS).queries();
        org.corridorgraph.query.Arguments routes = text(Map.of("from", List.of("China"), "to", List.of("Iran")));
        List<Citation> cold = fresh.run("routes", routes).citations().list();

        // other queries fill the sentence cache with some of the same sentences, numbered differently
        runner.run("memberships", text(Map.of("entity", List.of("Kazakhstan"))));
        runner.run("neighbourhood", text(Map.of("entity", List.of("Turkmenistan"))));
        List<Citation> warm = runner.run("routes", routes).citations().list();

        assertThat(cold).isNotEmpty();
        assertThat(warm).isEqualTo(cold);
        assertThat(runner.run("routes", routes).citations().list()).isEqualTo(cold);
    }

    private static org.corridorgraph.query.Arguments text(Map<String, List<String>> raw) {
        return org.corridorgraph.query.Arguments.ofText(raw);
    }

    private static String text(Object value) {
        if (value instanceof CitationNumbers c) {
            return String.valueOf(c.numbers());
        }
        if (value instanceof GraphNode n) {
            return n.name();
        }
        if (value instanceof GraphPath p) {
            return String.join(" → ", p.nodes().stream().map(GraphNode::name).toList());
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(CatalogueExamplesTest::text).toList());
        }
        return String.valueOf(value);
    }
}
