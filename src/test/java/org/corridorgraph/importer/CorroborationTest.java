package org.corridorgraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.Citation;
import org.corridorgraph.query.CitationNumbers;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Two sources stating one relation make one relationship that cites both; figures the sources give
 * differently stay apart and the conflicts query shows each with its source.
 */
@ExtendWith(SharedNeo4j.class)
class CorroborationTest {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(30), 1000);
    private static final String TASS = "tass-turkmenistan-russia-instc-2025";
    private static final String RAILFREIGHT = "railfreight-turkmenistan-joins-instc";
    /** The eastern branch passes Kazakhstan: TASS (st-129, reported) and RailFreight (st-170, fact) both say so. */
    private static final String BRANCH_IN_KAZAKHSTAN = """
            MATCH (:Entity {id: 'instc-eastern-branch'})-[r:TRANSITS]->(:Entity {id: 'kazakhstan'})
            RETURN r.statementId AS statementId, r.statements AS statements, r.sources AS sources, r.source AS source,
                   r.sourceCount AS sourceCount, r.kind AS kind, r.kinds AS kinds, r.speaker AS speaker, r.anchors AS anchors,
                   r.evidence AS evidence
            """;

    @TempDir
    Path temp;
    private GraphConnection graph;

    @BeforeEach
    void emptyGraph(GraphConnection connection) {
        graph = connection;
        GraphAssertions.wipe(graph.driver());
    }

    @Test
    void twoSourcesStatingOneRelationMakeOneRelationshipCitingBothAndAReimportChangesNothing() {
        assertImported(Paths.SEED_DATA);
        GraphChecksum.Snapshot before = GraphAssertions.snapshot(graph.driver());

        List<Record> rows = GraphAssertions.rows(graph.driver(), BRANCH_IN_KAZAKHSTAN, Map.of());

        assertThat(rows).hasSize(1);
        Record r = rows.get(0);
        assertThat(r.get("statementId").asString()).isEqualTo("st-129");
        assertThat(r.get("statements").asList(Value::asString)).containsExactly("st-129", "st-170");
        assertThat(r.get("sources").asList(Value::asString)).containsExactly(TASS, RAILFREIGHT);
        assertThat(r.get("source").asString()).isEqualTo(TASS);
        assertThat(r.get("sourceCount").asLong()).isEqualTo(2);
        // RailFreight asserts what TASS reports the minister saying: the relation keeps the stronger kind
        assertThat(r.get("kind").asString()).isEqualTo("fact");
        assertThat(r.get("kinds").asList(Value::asString)).containsExactly("reported", "fact");
        assertThat(r.get("speaker").isNull()).isTrue();
        List<String> evidence = r.get("evidence").asList(Value::asString);
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(0)).startsWith(TASS + "#");
        assertThat(evidence.get(1)).startsWith(RAILFREIGHT + "#");
        List<String> anchors = r.get("anchors").asList(Value::asString);
        for (int i = 0; i < evidence.size(); i++) {
            String text = GraphAssertions.rows(graph.driver(), "MATCH (s:Sentence {id: $id}) RETURN s.text AS text",
                    Map.of("id", evidence.get(i))).get(0).get("text").asString();
            assertThat(text).as("sentence %s holds its statement's anchor", evidence.get(i)).contains(anchors.get(i));
        }

        CliRun again = CliRun.of("import", "--uri", uri(), "--corpus", Paths.CORPUS.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(GraphAssertions.snapshot(graph.driver())).isEqualTo(before);
        assertGraphCheckPasses();
    }

    @Test
    void addingACorroboratingStatementUpdatesTheRelationshipAndNeverDuplicatesIt() throws IOException {
        Path single = seedWithout("st-170");
        assertImported(single);
        assertThat(GraphAssertions.rows(graph.driver(), BRANCH_IN_KAZAKHSTAN, Map.of()))
                .singleElement().satisfies(r -> assertThat(r.get("sourceCount").asLong()).isEqualTo(1));

        assertImported(Paths.SEED_DATA);

        assertThat(GraphAssertions.rows(graph.driver(), BRANCH_IN_KAZAKHSTAN, Map.of())).singleElement().satisfies(r -> {
            assertThat(r.get("sourceCount").asLong()).isEqualTo(2);
            assertThat(r.get("statements").asList(Value::asString)).containsExactly("st-129", "st-170");
        });
        assertSameAsAFreshImportOf(Paths.SEED_DATA);
    }

    @Test
    void removingOneOfTwoSourcesKeepsTheRelationshipWithTheOther() throws IOException {
        assertImported(Paths.SEED_DATA);

        // the first statement goes: the relationship is now RailFreight's alone, under its statement id
        Path withoutTass = seedWithout("st-129");
        assertImported(withoutTass);

        assertThat(GraphAssertions.rows(graph.driver(), BRANCH_IN_KAZAKHSTAN, Map.of())).singleElement().satisfies(r -> {
            assertThat(r.get("statementId").asString()).isEqualTo("st-170");
            assertThat(r.get("sources").asList(Value::asString)).containsExactly(RAILFREIGHT);
            assertThat(r.get("sourceCount").asLong()).isEqualTo(1);
            assertThat(r.get("kind").asString()).isEqualTo("fact");
            assertThat(r.get("evidence").asList(Value::asString)).singleElement().asString().startsWith(RAILFREIGHT + "#");
        });
        assertGraphCheckPasses();
        assertSameAsAFreshImportOf(withoutTass);
    }

    @Test
    void answersShowACorroboratedRelationOnceWithBothSourcesAndBothSentences() {
        assertImported(Paths.SEED_DATA);
        QueryResult result = TestApps.on(graph, LIMITS).queries().run("evidence", Arguments.ofText(Map.of(
                "subject", List.of("INSTC eastern branch"), "type", List.of("TRANSITS"), "object", List.of("Kazakhstan"))));

        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("sources")).isEqualTo(List.of(TASS, RAILFREIGHT));
            assertThat(row.get("statements")).isEqualTo(List.of("st-129", "st-170"));
            assertThat(((CitationNumbers) row.get("citations")).numbers()).hasSize(2);
        });
        assertThat(result.citations().list()).extracting(Citation::source).containsExactly(TASS, RAILFREIGHT);

        CliRun markdown = CliRun.of("query", "evidence", "--uri", uri(), "--param", "subject=INSTC eastern branch",
                "--param", "type=TRANSITS", "--param", "object=Kazakhstan", "--format", "md");
        assertThat(markdown.exitCode()).as(markdown.err()).isZero();
        assertThat(markdown.out()).contains("| " + TASS + "; " + RAILFREIGHT + " |");
    }

    @Test
    void theConflictsQueryGivesEachDifferingTradeTargetWithItsSource() {
        assertImported(Paths.SEED_DATA);

        QueryResult result = TestApps.on(graph, LIMITS).queries().run("conflicts",
                Arguments.ofText(Map.of("entity", List.of("Kazakhstan"))));

        assertThat(result.rows()).extracting(row -> row.get("value") + " " + row.get("source") + " " + row.get("values"))
                .containsExactly("3000000000 tehran-interests-central-asia 2", "2000000000 background 2");
        Map<String, Object> article = result.rows().get(0);
        assertThat(article.get("measure")).isEqualTo("Kazakhstan–Iran bilateral trade turnover");
        assertThat(((CitationNumbers) article.get("citations")).numbers()).isNotEmpty();
        assertThat(result.rows().get(1).get("speaker")).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(result.rows().get(1).get("statements")).isEqualTo(List.of("bg-172", "bg-173", "bg-174"));
    }

    @Test
    void aDateTwoArticlesGiveDifferentlyIsKeptTwiceAndListedAsAConflict() throws IOException {
        // an article of our own words that dates Japan's summit with Central Asia a day earlier than st-098 does
        Path corpus = Paths.copy(Paths.CORPUS, temp.resolve("corpus"));
        Files.writeString(corpus.resolve("summit-notes.txt"), """
                Summit notes

                Our notes put the Japanese summit with the five Central Asian leaders one day earlier than other reports.
                """);
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("seed"));
        Files.writeString(seed.resolve("statements.jsonl"), """
                {"id": "st-900", "subject": "japan", "type": "SUMMIT_WITH", "object": "central-asia", "props": {"format": "C5+1", "date": "2025-12-18", "endDate": "2025-12-20"}, "kind": "fact", "source": "summit-notes", "anchor": "one day earlier than other reports"}
                """, java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.of("import", "--uri", uri(), "--seed-data", seed.toString(), "--corpus", corpus.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        QueryResult result = TestApps.on(graph, LIMITS).queries().run("conflicts", Arguments.ofText(Map.of("entity", List.of("Japan"))));

        assertThat(result.rows()).extracting(row -> row.get("measure") + " " + row.get("value") + " " + row.get("source"))
                .containsExactlyInAnyOrder("SUMMIT_WITH date 2025-12-19 tehran-interests-central-asia",
                        "SUMMIT_WITH date 2025-12-18 summit-notes");
        assertThat(result.rows()).allSatisfy(row -> {
            assertThat(row.get("about")).isEqualTo("Japan → Central Asia");
            assertThat(row.get("values")).isEqualTo(2L);
            assertThat(((CitationNumbers) row.get("citations")).numbers()).hasSize(1);
        });
    }

    private void assertImported(Path seedData) {
        CliRun run = CliRun.of("import", "--uri", uri(), "--seed-data", seedData.toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private void assertGraphCheckPasses() {
        CliRun check = CliRun.of("check", "--graph", "--uri", uri(), "--corpus", Paths.CORPUS.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
    }

    /** What an import over an older graph left equals what the same seed data gives on an empty one. */
    private void assertSameAsAFreshImportOf(Path seedData) {
        GraphChecksum.Snapshot updated = GraphAssertions.snapshot(graph.driver());
        GraphAssertions.wipe(graph.driver());
        assertImported(seedData);
        assertThat(GraphAssertions.snapshot(graph.driver())).isEqualTo(updated);
    }

    private Path seedWithout(String statementId) throws IOException {
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("without-" + statementId));
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(seed.resolve("statements.jsonl"))) {
            if (!line.contains("\"id\": \"" + statementId + "\"")) {
                kept.add(line);
            }
        }
        Files.write(seed.resolve("statements.jsonl"), kept);
        return seed;
    }

    private String uri() {
        return graph.embedded().boltUri().toString();
    }
}
