package org.corridorgraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.ArticleReader;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What the import guarantees, run against every kind of Neo4j we support: the embedded one here,
 * a Neo4j container where Docker exists. The import always goes through the CLI and --uri.
 */
abstract class ImportContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The article the seed data was written from; the corpus holds others beside it. */
    private static final String SEED_ARTICLE = "tehran-interests-central-asia";
    /** The corpus as the product reads it, so expected counts follow the folder's contents. */
    private static final List<Article> CORPUS = new ArticleReader().readFolder(Paths.CORPUS);

    protected abstract Driver driver();

    protected abstract String boltUri();

    @TempDir
    Path temp;

    @BeforeEach
    void emptyGraph() {
        GraphAssertions.wipe(driver());
    }

    CliRun importFrom(Path seedData, String... extra) {
        List<String> args = new ArrayList<>(List.of("import", "--uri", boltUri(), "--seed-data", seedData.toString()));
        args.addAll(List.of(extra));
        if (!args.contains("--no-corpus") && !args.contains("--corpus")) {
            args.addAll(List.of("--corpus", Paths.CORPUS.toString()));
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void importingTheSameDataTwiceChangesNothing() {
        CliRun first = importFrom(Paths.SEED_DATA);
        assertThat(first.exitCode()).as(first.err()).isZero();
        GraphChecksum.Snapshot before = GraphAssertions.snapshot(driver());

        CliRun second = importFrom(Paths.SEED_DATA);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("already matched the seed data");
        assertThat(GraphAssertions.snapshot(driver())).isEqualTo(before);
        assertThat(before.relationships()).isGreaterThan(150);
    }

    @Test
    void reimportingEditedSeedDataGivesTheSameGraphAsAFreshImportOfIt() throws IOException {
        assertThat(importFrom(Paths.SEED_DATA).exitCode()).isZero();
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("edited"));
        List<String> statements = new ArrayList<>(Files.readAllLines(seed.resolve("statements.jsonl")));
        // st-001 moves to another endpoint, st-002 changes a property
        statements.set(0, statements.get(0).replace("\"object\": \"kazakhstan\"", "\"object\": \"astana\""));
        statements.set(1, statements.get(1).replace("2025-12-11", "2025-12-12"));
        Files.write(seed.resolve("statements.jsonl"), statements);
        List<String> background = Files.readAllLines(seed.resolve("background.jsonl"));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < background.size(); i++) {
            if (i % 3 != 0) {
                kept.add(background.get(i));
            }
        }
        Files.write(seed.resolve("background.jsonl"), kept);

        CliRun edited = importFrom(seed);
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        GraphChecksum.Snapshot afterEdit = GraphAssertions.snapshot(driver());
        GraphAssertions.wipe(driver());
        assertThat(importFrom(seed).exitCode()).isZero();

        assertThat(afterEdit).isEqualTo(GraphAssertions.snapshot(driver()));
        assertThat(GraphAssertions.count(driver(),
                "MATCH (:Entity)-[r {statementId: 'st-001'}]->(:Entity {id: 'astana'}) RETURN count(r)")).isEqualTo(1);
        assertThat(GraphAssertions.count(driver(), "MATCH ()-[r {statementId: 'st-001'}]->() RETURN count(r)")).isEqualTo(1);
        assertThat(GraphAssertions.count(driver(), "MATCH ()-[r {statementId: 'bg-001'}]->() RETURN count(r)")).isZero();
    }

    @Test
    void theSummaryCountsLabelsTypesKindsAndCitedSentences() {
        CliRun run = importFrom(Paths.SEED_DATA);

        // "of N" counts every article's sentences, as the reader gives them: adding an article changes N
        int corpusSentences = CORPUS.stream().mapToInt(a -> a.sentences().size()).sum();
        assertThat(run.out()).contains("nodes by label:", "relationships by type:", "statements by kind:")
                .containsPattern("State\\s+\\d+").containsPattern("MEMBER_OF\\s+\\d+")
                .containsPattern("reported\\s+\\d+").containsPattern("background\\s+\\d+")
                .containsPattern("sentences cited: \\d+ of " + corpusSentences + "\\R");
    }

    @Test
    void everyArticleRelationshipCitesASentenceThatContainsItsAnchor() {
        importFrom(Paths.SEED_DATA);
        List<Record> rows = GraphAssertions.rows(driver(), """
                MATCH ()-[r]->() WHERE r.statementId IS NOT NULL AND r.source <> 'background'
                RETURN r.statementId AS id, r.anchors AS anchors, r.evidenceStatus AS status,
                       [e IN r.evidence | COLLECT { MATCH (s:Sentence {id: e}) RETURN s.text }] AS texts
                """, Map.of());

        assertThat(rows).hasSizeGreaterThan(80);
        for (Record row : rows) {
            // one sentence per article statement behind the relationship (two when two articles corroborate it)
            List<String> anchors = row.get("anchors").asList(Value::asString);
            List<List<Object>> texts = row.get("texts").asList(Value::asList);
            assertThat(texts).as(row.get("id").asString()).hasSameSizeAs(anchors).allSatisfy(t -> assertThat(t).hasSize(1));
            for (int i = 0; i < anchors.size(); i++) {
                assertThat(texts.get(i).get(0).toString().replaceAll("\\s+", " ")).as(row.get("id").asString()).contains(anchors.get(i));
            }
            assertThat(row.get("status").asString()).isEqualTo("resolved");
        }
    }

    @Test
    void backgroundFactsCarryAReferenceAndNoArticleEvidence() {
        importFrom(Paths.SEED_DATA);
        List<Record> rows = GraphAssertions.rows(driver(), """
                MATCH ()-[r]->() WHERE r.source = 'background'
                RETURN r.reference AS reference, r.evidence AS evidence, r.anchor AS anchor
                """, Map.of());

        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("reference").asString()).startsWith("http");
            assertThat(r.get("evidence").isNull()).isTrue();
            assertThat(r.get("anchor").isNull()).isTrue();
        });
    }

    @Test
    void theRepeatedParagraphGivesOneSetOfSentencesAndNoDuplicateStatements() {
        importFrom(Paths.SEED_DATA);

        // the repeat is in the seed article: its sentences are counted apart from the other articles'
        Map<String, Object> seedArticle = Map.of("source", SEED_ARTICLE);
        long sentences = count("MATCH (s:Sentence {source: $source}) RETURN count(s)", seedArticle);
        long distinctTexts = count("MATCH (s:Sentence {source: $source}) RETURN count(DISTINCT s.text)", seedArticle);
        long mentionsOfTheFreeTradeBoost = count(
                "MATCH (s:Sentence {source: $source}) WHERE s.text CONTAINS 'first two months' RETURN count(s)", seedArticle);
        long allSentences = GraphAssertions.count(driver(), "MATCH (s:Sentence) RETURN count(s)");
        long relationships = GraphAssertions.count(driver(), "MATCH ()-[r]->() WHERE r.statementId IS NOT NULL RETURN count(r)");
        long distinctClaims = GraphAssertions.count(driver(), """
                MATCH (a)-[r]->(b) WHERE r.statementId IS NOT NULL
                WITH a, type(r) AS t, b, [k IN keys(r) WHERE NOT k IN
                     ['statementId','statements','anchor','anchors','evidence','evidenceStatus','kind','kinds','speaker',
                      'source','sources','sourceCount','reference'] | [k, r[k]]] AS props
                RETURN count(DISTINCT [a.id, t, b.id, props])
                """);

        assertThat(sentences).isEqualTo(distinctTexts).isEqualTo(article(SEED_ARTICLE).sentences().size());
        assertThat(mentionsOfTheFreeTradeBoost).isEqualTo(1);
        assertThat(allSentences).isEqualTo(CORPUS.stream().mapToLong(a -> a.sentences().size()).sum());
        assertThat(distinctClaims).isEqualTo(relationships);
    }

    @Test
    void theChinaIranFreightServiceTransitsKazakhstanThenTurkmenistan() {
        importFrom(Paths.SEED_DATA);
        List<Record> rows = GraphAssertions.rows(driver(), """
                MATCH (f:FreightService)-[:STARTS_IN]->(:State {name: 'China'}),
                      (f)-[:ENDS_IN]->(:State {name: 'Iran'}),
                      (f)-[t:TRANSITS]->(s:State)
                RETURN s.name AS state, t.evidence AS evidence ORDER BY t.order
                """, Map.of());

        assertThat(rows).extracting(r -> r.get("state").asString()).containsExactly("Kazakhstan", "Turkmenistan");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("evidence").asList()).hasSize(1));
    }

    @Test
    void kazakhstanIranTradeIsATimeSeriesOfActualsAndATarget() {
        importFrom(Paths.SEED_DATA);
        List<Record> rows = GraphAssertions.rows(driver(), """
                MATCH (m:Measurement)-[:MEASURES]->(:State {name: 'Kazakhstan'}),
                      (m)-[:MEASURES]->(:State {name: 'Iran'})
                WHERE m.unit = 'USD'
                RETURN m.year AS year, m.value AS value, m.status AS status
                ORDER BY m.status, m.year, m.value
                """, Map.of());

        // the article's target and the one Tokayev gave the business forum the same day (background) differ
        assertThat(rows).extracting(r -> r.get("status").asString() + " " + (r.get("year").isNull() ? "-" : r.get("year").asLong())
                        + " " + Math.round(r.get("value").asDouble() / 1e6) + "M")
                .containsExactly("actual 2008 2000M", "actual 2019 300M", "actual 2024 340M", "target - 2000M", "target - 3000M");
    }

    @Test
    void thePresidentsAndTheirTransportMinistersMetInAstanaOnTheEleventhOfDecember2025() {
        importFrom(Paths.SEED_DATA);
        List<Record> rows = GraphAssertions.rows(driver(), """
                MATCH (a:Person)-[m:MET_WITH]-(b:Person)
                WHERE m.date = '2025-12-11' AND m.place = 'Astana' AND a.name < b.name
                RETURN a.name AS a, b.name AS b, m.evidence AS evidence ORDER BY a
                """, Map.of());

        // the ministers' talks are known from a photo caption
        assertThat(rows).extracting(r -> r.get("a").asString() + " + " + r.get("b").asString() + " " + r.get("evidence").asList())
                .containsExactly("Farzaneh Sadegh Malvajerd + Nurlan Sauranbayev [" + SEED_ARTICLE + "#c2.s1]",
                        "Kassym-Jomart Tokayev + Masoud Pezeshkian [" + SEED_ARTICLE + "#p4.s1]");
    }

    @Test
    void photoCaptionsAreSentencesMarkedAsCaptionsThatStatementsCite() {
        importFrom(Paths.SEED_DATA);
        List<Record> captions = GraphAssertions.rows(driver(), """
                MATCH (s:Sentence {caption: true})-[:IN_SOURCE]->(src:Source)
                OPTIONAL MATCH ()-[r]->() WHERE s.id IN r.evidence
                RETURN s.id AS id, src.id AS source, s.line AS line, collect(r.statementId) AS statements ORDER BY id
                """, Map.of());

        assertThat(captions).extracting(r -> r.get("id").asString() + " line " + r.get("line").asLong())
                .containsExactly(SEED_ARTICLE + "#c1.s1 line 23", SEED_ARTICLE + "#c2.s1 line 47");
        assertThat(captions).allSatisfy(r -> assertThat(r.get("statements").asList()).isNotEmpty());
        assertThat(GraphAssertions.count(driver(), "MATCH (s:Sentence {caption: false}) RETURN count(s)"))
                .isEqualTo(CORPUS.stream().mapToLong(a -> a.paragraphs().stream().mapToLong(p -> p.sentences().size()).sum()).sum());
    }

    @Test
    void eachSourceNodeSaysItsTitlePublicationDateAndOrigin() {
        importFrom(Paths.SEED_DATA);
        List<Record> rows = GraphAssertions.rows(driver(), """
                MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.titleGiven AS titleGiven, s.published AS published,
                       s.origin AS origin, s.captions AS captions ORDER BY id
                """, Map.of());

        assertThat(rows).extracting(r -> r.get("id").asString() + " | " + r.get("published").asString("unknown") + " | "
                        + r.get("titleGiven").asBoolean() + " | " + r.get("captions").asLong())
                .containsExactly("irandaily-container-trains-relaunched | unknown | true | 0",
                        "railfreight-turkmenistan-joins-instc | 2023-07-17 | true | 0",
                        "tass-turkmenistan-russia-instc-2025 | 2025-10-13 | false | 0",
                        SEED_ARTICLE + " | 2025-12 | true | 2");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("title").asString()).isNotBlank();
            assertThat(r.get("origin").asString()).isNotBlank();
        });
    }

    @Test
    void anImportThatFailsMidwayLeavesTheGraphAsItWas() throws IOException {
        importFrom(Paths.SEED_DATA);
        GraphChecksum.Snapshot before = GraphAssertions.snapshot(driver());
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("seed"));
        List<String> statements = Files.readAllLines(seed.resolve("statements.jsonl"));
        Files.write(seed.resolve("statements.jsonl"), statements.subList(0, statements.size() / 2));
        Path cypher = Paths.copy(Paths.CYPHER, temp.resolve("cypher"));
        // the last statement of the transaction fails, after every batch has been written
        Files.writeString(cypher.resolve("import/record-state.cypher"), "MATCH (s:ImportState) RETURN 1 / 0");

        CliRun run = importFrom(seed, "--cypher", cypher.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("rolled back; the graph is unchanged").doesNotContain("\tat ");
        assertThat(GraphAssertions.snapshot(driver())).isEqualTo(before);
    }

    @Test
    void withoutACorpusStatementsLoadWithUnresolvedEvidence() {
        CliRun run = importFrom(Paths.SEED_DATA, "--no-corpus");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("evidence marked unresolved");
        assertThat(GraphAssertions.count(driver(),
                "MATCH ()-[r]->() WHERE r.source <> 'background' AND r.evidenceStatus <> 'unresolved' RETURN count(r)")).isZero();
        assertThat(GraphAssertions.count(driver(), "MATCH (s:Sentence) RETURN count(s)")).isZero();
    }

    static Stream<Arguments> invalidSeedData() {
        return Stream.of(
                Arguments.of("unknown entity", "statements.jsonl", 1, edit(n -> n.put("subject", "atlantis")),
                        "unknown subject entity 'atlantis'"),
                Arguments.of("type not in the schema", "statements.jsonl", 1, edit(n -> n.put("type", "ALLIED_WITH")),
                        "relationship type ALLIED_WITH is not in the schema"),
                Arguments.of("wrong endpoint labels", "statements.jsonl", 35, edit(n -> n.put("subject", "kazakhstan")),
                        "TRANSITS cannot start at kazakhstan"),
                Arguments.of("missing required property", "statements.jsonl", 35, edit(n -> ((ObjectNode) n.get("props")).remove("order")),
                        "required property order is missing"),
                Arguments.of("bad date", "statements.jsonl", 9, edit(n -> ((ObjectNode) n.get("props")).put("date", "2025-13-40")),
                        "property date = \"2025-13-40\" is not an ISO date"),
                Arguments.of("bad number", "statements.jsonl", 35, edit(n -> ((ObjectNode) n.get("props")).put("order", "first")),
                        "property order = \"first\" is not a whole number"),
                Arguments.of("duplicate statement", "statements.jsonl", 9, edit(n -> n.put("id", "st-999")),
                        "statement st-999 duplicates st-009"),
                Arguments.of("anchor found nowhere", "statements.jsonl", 9, edit(n -> n.put("anchor", "words the article never used")),
                        "is found in no sentence"),
                Arguments.of("unknown label", "entities.jsonl", 1, edit(n -> n.putArray("labels").add("Country")),
                        "has unknown label Country"),
                Arguments.of("source not in the corpus", "sources.jsonl", 1, edit(n -> n.put("id", "no-such-article")),
                        "source no-such-article is not an article of the corpus"),
                Arguments.of("bad publication date", "sources.jsonl", 2, edit(n -> n.put("published", "2023-07-40")),
                        "published = \"2023-07-40\" is not an ISO date yyyy, yyyy-mm or yyyy-mm-dd"),
                Arguments.of("invalid JSON", "background.jsonl", 2, (UnaryOperator<String>) line -> line.substring(0, line.length() - 2),
                        "not valid JSON"));
    }

    /** The duplicate case appends its edited line; every other case replaces the line in place. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSeedData")
    void invalidSeedDataIsReportedWithFileAndLineAndTheGraphIsUntouched(String kind, String file, int line,
            UnaryOperator<String> change, String message) throws IOException {
        CliRun run = importRejecting(file, line, change, kind.equals("duplicate statement"));

        assertThat(run.err()).contains(message);
    }

    @Test
    void anAnchorFoundInSeveralSentencesIsReportedAsFoundInSeveralNotInNone() throws IOException {
        List<String> holders = article(SEED_ARTICLE).sentences().stream()
                .filter(s -> s.text().contains("Central Asia")).map(Sentence::id).toList();
        assertThat(holders).as("sentences of the seed article that name Central Asia").hasSizeGreaterThan(1);

        CliRun run = importRejecting("statements.jsonl", 9, edit(n -> n.put("anchor", "Central Asia")), false);

        // the words are there, too often: the user must lengthen the anchor, not look for a typo
        assertThat(run.err())
                .contains("statements.jsonl:9: statement st-009: anchor \"Central Asia\" is found in " + holders.size() + " sentences: ")
                .contains(holders)
                .contains("lengthen the anchor")
                .doesNotContain("found in no sentence");
    }

    /**
     * Imports the seed data with one line of FILE changed (or, with APPEND, a changed copy added at the
     * end) and checks the import is refused at that line, with a hint, and leaves the graph as it was.
     */
    private CliRun importRejecting(String file, int line, UnaryOperator<String> change, boolean append) throws IOException {
        importFrom(Paths.SEED_DATA);
        GraphChecksum.Snapshot before = GraphAssertions.snapshot(driver());
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("seed"));
        List<String> lines = new ArrayList<>(Files.readAllLines(seed.resolve(file)));
        int reportedLine = line;
        if (append) {
            lines.add(change.apply(lines.get(line - 1)));
            reportedLine = lines.size();
        } else {
            lines.set(line - 1, change.apply(lines.get(line - 1)));
        }
        Files.write(seed.resolve(file), lines);

        CliRun run = importFrom(seed);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(file + ":" + reportedLine + ": ").contains("hint:")
                .doesNotContain("Exception", "\tat ");
        assertThat(GraphAssertions.snapshot(driver())).isEqualTo(before);
        return run;
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("seed"));
        List<String> lines = new ArrayList<>(Files.readAllLines(seed.resolve("statements.jsonl")));
        lines.set(0, edit(n -> n.put("subject", "atlantis")).apply(lines.get(0)));
        lines.set(8, edit(n -> n.put("type", "ALLIED_WITH")).apply(lines.get(8)));
        Files.write(seed.resolve("statements.jsonl"), lines);

        CliRun run = importFrom(seed);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("2 problems", "statements.jsonl:1: ", "statements.jsonl:9: ");
        assertThat(GraphAssertions.count(driver(), "MATCH (n) RETURN count(n)")).isZero();
    }

    private long count(String query, Map<String, Object> params) {
        return GraphAssertions.rows(driver(), query, params).get(0).get(0).asLong();
    }

    private static Article article(String id) {
        return CORPUS.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + ".txt is missing from " + Paths.CORPUS));
    }

    private static UnaryOperator<String> edit(java.util.function.Consumer<ObjectNode> change) {
        return line -> {
            try {
                ObjectNode node = (ObjectNode) JSON.readTree(line);
                change.accept(node);
                return JSON.writeValueAsString(node);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
