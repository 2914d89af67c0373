package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.TextNode;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.ValueType;
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
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Every example in every query file's header, run against the imported graph. */
@ExtendWith(SharedNeo4j.class)
class CatalogueExamplesTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static final QueryCatalogue CATALOGUE = QueryCatalogue.load(CYPHER.folder());
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(10), 1000);
    private static QueryRunner runner;
    /** Each example's answer, read once for all the tests that look at it. */
    private static final Map<String, QueryResult> ANSWERS = new ConcurrentHashMap<>();

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
        QueryResult result = answer(query, example);

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleAnswersWithTheDeclaredColumnsAndTypes(String title, CannedQuery query, QueryExample example) {
        QueryResult result = answer(query, example);

        assertThat(result.columns()).as(title + ": columns, by the names answers give them")
                .containsExactlyElementsOf(query.columns().stream().map(QueryColumn::answerName).toList());
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < result.rows().size(); i++) {
            Map<String, Object> row = result.rows().get(i);
            assertThat(row.keySet()).as(title + ": row " + i).containsExactlyElementsOf(result.columns());
            for (QueryColumn column : query.columns()) {
                Object value = row.get(column.answerName());
                if (value == null ? !column.nullable() : !holds(column.type(), value)) {
                    wrong.add("row " + i + ", " + column.answerName() + ": " + column.type().declared() + (column.nullable() ? "?" : "")
                            + " holds " + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
                }
            }
        }
        assertThat(wrong).as(title + ": values that are not of their column's declared type").isEmpty();
    }

    /** Whether a non-null answer value is of the declared column type, as answers carry it. */
    static boolean holds(ValueType type, Object value) {
        return switch (type) {
            case STRING -> value instanceof String;
            case INTEGER -> value instanceof Long;
            case NUMBER -> value instanceof Double || value instanceof Long;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> value instanceof LocalDate || value instanceof String s && ValueType.DATE.convert(TextNode.valueOf(s)) != null;
            case PARTIAL_DATE -> value instanceof LocalDate
                    || value instanceof String s && ValueType.PARTIAL_DATE.convert(TextNode.valueOf(s)) != null;
            case NODE -> value instanceof GraphNode;
            case LINK -> value instanceof GraphLink;
            case PATH -> value instanceof GraphPath;
            case CITATIONS -> value instanceof CitationNumbers;
            case OBJECT -> value instanceof Map;
            case STRING_LIST, INTEGER_LIST, NUMBER_LIST, NODE_LIST, LINK_LIST, PATH_LIST, OBJECT_LIST ->
                    value instanceof List<?> list && list.stream().allMatch(item -> item != null && holds(type.items(), item));
            case ENTITY, ENTITY_LIST -> throw new IllegalArgumentException(type.declared() + " is no column type");
        };
    }

    @Test
    void neighbourhoodListsEveryStatementItsEntityIsTheSpeakerOf(GraphConnection graph) {
        Map<String, List<String>> bySpeakerName = new LinkedHashMap<>();
        try (Session session = graph.driver().session()) {
            // what the speaker branch means, read the slow way: every statement relationship, its speakers
            session.run("MATCH ()-[r]->() WHERE r.statementId IS NOT NULL "
                            + "UNWIND [s IN coalesce(r.speakers, []) + coalesce([r.speaker], []) WHERE s <> ''] AS speaker "
                            + "MATCH (e:Entity {id: speaker}) RETURN e.name AS name, collect(DISTINCT r.statementId) AS statements ORDER BY name")
                    .forEachRemaining(r -> bySpeakerName.put(r.get("name").asString(), r.get("statements").asList(Value::asString)));
        }

        assertThat(bySpeakerName).as("speakers in the seed").isNotEmpty();
        bySpeakerName.forEach((name, statements) -> {
            QueryResult result = runner.run("neighbourhood", org.corridorgraph.query.Arguments.ofText(Map.of("entity", List.of(name))));
            List<Object> listed = result.rows().stream().map(row -> row.get("statement")).toList();
            assertThat(listed).as("neighbourhood of " + name).containsAll(statements);
        });
    }

    @Test
    void theTypeCheckTellsAnswerValuesApart() {
        assertThat(holds(ValueType.INTEGER, 3L)).isTrue();
        assertThat(holds(ValueType.INTEGER, "3")).isFalse();
        assertThat(holds(ValueType.NUMBER, 3L)).isTrue();
        assertThat(holds(ValueType.NUMBER, 2.5)).isTrue();
        assertThat(holds(ValueType.DATE, "2025-12-11")).isTrue();
        assertThat(holds(ValueType.DATE, LocalDate.of(2025, 12, 11))).isTrue();
        assertThat(holds(ValueType.DATE, "2025-12")).isFalse();
        assertThat(holds(ValueType.PARTIAL_DATE, "2025-12")).isTrue();
        assertThat(holds(ValueType.PARTIAL_DATE, "2025-13")).isFalse();
        assertThat(holds(ValueType.STRING_LIST, List.of("a", "b"))).isTrue();
        assertThat(holds(ValueType.STRING_LIST, List.of("a", 1L))).isFalse();
        assertThat(holds(ValueType.STRING_LIST, List.of())).isTrue();
        assertThat(holds(ValueType.CITATIONS, new CitationNumbers(List.of(1)))).isTrue();
        assertThat(holds(ValueType.CITATIONS, List.of(1L))).isFalse();
        assertThat(holds(ValueType.OBJECT, Map.of("a", 1L))).isTrue();
        assertThat(holds(ValueType.NODE, Map.of("a", 1L))).isFalse();
    }

    @Test
    void theCatalogueHasTheQueriesUsersCite() {
        assertThat(CATALOGUE.names()).contains("routes", "path", "memberships", "members", "summits", "sanctions", "trade",
                "timeline", "views", "evidence", "neighbourhood", "chokepoints", "conflicts");
    }

    @Test
    void citedSentencesAreNumberedOnceAndRowsReferToThem() {
        QueryResult result = runner.run("routes", text(Map.of("from", List.of("china"), "to", List.of("Tehran"), "via", List.of("central asia"))));

        assertThat(result.params()).containsEntry("to", "Iran").containsEntry("via", "Central Asia");
        List<Citation> citations = result.citations().list();
        assertThat(citations).extracting(Citation::number).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, citations.size()).boxed().toArray(Integer[]::new));
        assertThat(citations).extracting(Citation::sentenceId).doesNotHaveDuplicates();
        // the first route's carrier is the China–Iran train, which two articles attest: both sentences are cited
        // first, then those of the carriers the row names as also serving it
        assertThat(((CitationNumbers) result.rows().get(0).get("citations")).numbers()).startsWith(1, 2).doesNotHaveDuplicates();
        assertThat(citations.get(0).text()).contains("Kazakhstan and Turkmenistan");
        assertThat(citations.get(1).source()).isEqualTo("irandaily-container-trains-relaunched");
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

    private static QueryResult answer(CannedQuery query, QueryExample example) {
        return ANSWERS.computeIfAbsent(query.name() + ":" + example.line(), k -> {
            Map<String, List<String>> params = new LinkedHashMap<>();
            example.params().forEach((key, v) -> params.put(key, List.of(v)));
            return runner.run(query.name(), org.corridorgraph.query.Arguments.ofText(params));
        });
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
