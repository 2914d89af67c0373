package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Search (ask's retrieval when no shape fits), said with a speaker and
 * the abstaining answer's statement words find their statements through the keyword index on statement
 * ids, cited sentences and speakers: on a large graph a query that reads every relationship runs for
 * seconds, and these ran on every question. Each is PROFILEd on the imported seed: the operators that
 * read relationships without an index produce no row, and the answers are the ones the index must give.
 */
@ExtendWith(SharedNeo4j.class)
class IndexedLookupsTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static GraphConnection graph;
    private static QueryRunner runner;

    @BeforeAll
    static void importSeed(GraphConnection connection) {
        CliRun run = CliRun.of("import", "--uri", connection.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        graph = connection;
        runner = TestApps.on(connection, new QueryLimits(Duration.ofSeconds(10), 1000)).queries();
    }

    @Test
    void searchFindsTheStatementsCitingItsSentencesWithoutReadingEveryRelationship() {
        Map<String, Object> row = any("MATCH ()-[r]->() WHERE r.statementId STARTS WITH 'st-' AND size(r.evidence) > 0 "
                + "MATCH (s:Sentence {id: r.evidence[0]}) RETURN r.statementId AS id, s.text AS text ORDER BY id LIMIT 1");
        String sentence = (String) row.get("text");

        QueryResult found = runner.run("search", Arguments.ofText(Map.of("text", List.of(sentence), "limit", List.of("50"))));

        assertThat(found.rows()).extracting(r -> r.get("statement")).contains(row.get("id"));
        assertThat(scanned("search", Map.of("text", sentence, "entities", List.of(), "limit", 50))).isEmpty();
    }

    @Test
    void saidWithASpeakerAnswersWhatSaidWithoutOneAttributesToThatSpeaker() {
        Map<String, Object> top = any("MATCH (p:Person)<-[]-() WITH p MATCH ()-[r]->() WHERE r.statementId IS NOT NULL AND r.speaker = p.id "
                + "RETURN p.id AS id, p.name AS name, count(*) AS n ORDER BY n DESC, id LIMIT 1");

        QueryResult asked = runner.run("said", Arguments.ofText(Map.of("speaker", List.of((String) top.get("id")))));
        QueryResult everyone = runner.run("said", Arguments.ofText(Map.of()));

        assertThat(everyone.rows()).hasSizeLessThan(1000); // not capped: the whole answer is there to filter
        assertThat(asked.rows()).isNotEmpty()
                .extracting(r -> r.get("statement"))
                .containsExactlyElementsOf(everyone.rows().stream().filter(r -> top.get("name").equals(r.get("speaker")))
                        .map(r -> r.get("statement")).toList());
        Map<String, Object> params = new HashMap<>();
        params.put("speaker", top.get("id"));
        params.put("about", null);
        assertThat(scanned("said", params)).isEmpty();
    }

    @Test
    void statementWordsFindEachStatementByItsId() {
        List<String> ids = list("MATCH ()-[r]->() WHERE r.statementId IS NOT NULL RETURN r.statementId AS id ORDER BY id LIMIT 3");

        List<String> found;
        try (Session session = graph.driver().session()) {
            found = session.run(CYPHER.get("support/statement-words"), Map.of("ids", ids)).list(r -> r.get("id").asString());
        }

        assertThat(found).containsExactlyElementsOf(ids);
        assertThat(scanned("support/statement-words", Map.of("ids", ids))).isEmpty();
    }

    /** The operators of QUERY's profiled run that read every relationship, or every one of a label's nodes, and produced rows. */
    private static List<String> scanned(String query, Map<String, Object> params) {
        String cypher = query.contains("/") ? CYPHER.get(query) : CYPHER.get("queries/" + query);
        ProfiledPlan plan;
        try (Session session = graph.driver().session()) {
            plan = session.executeRead(tx -> {
                var result = tx.run("PROFILE\n" + cypher, params);
                result.list();
                return result.consume().profile();
            });
        }
        List<String> scans = new ArrayList<>();
        collect(plan, scans);
        return scans;
    }

    private static void collect(ProfiledPlan plan, List<String> scans) {
        String operator = plan.operatorType();
        // an expansion straight from a label scan walks every relationship of every node of that label
        boolean fromEveryNode = operator.startsWith("Expand") && plan.children().stream()
                .anyMatch(child -> child.operatorType().startsWith("NodeByLabelScan"));
        boolean unindexed = operator.contains("AllRelationshipsScan") || operator.contains("RelationshipTypeScan")
                || operator.startsWith("AllNodesScan") || fromEveryNode;
        if (unindexed && plan.records() > 0) {
            scans.add(operator + " " + plan.arguments().get("Details") + ": " + plan.records() + " rows");
        }
        plan.children().forEach(child -> collect(child, scans));
    }

    private static Map<String, Object> any(String cypher) {
        try (Session session = graph.driver().session()) {
            return session.run(cypher).single().asMap();
        }
    }

    private static List<String> list(String cypher) {
        try (Session session = graph.driver().session()) {
            return session.run(cypher).list(r -> r.get(0).asString());
        }
    }
}
