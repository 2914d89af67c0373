package org.corridorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.corridorgraph.graph.Ports;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.JavaProcess;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The whole path for an article no one curated: extract, accept, check, import, then a canned query
 * answers its facts with citations to its own sentences; the same steps again change nothing.
 */
class NewArticleEndToEndTest {
    private static final String PASSWORD = "end-to-end-password";
    private static final String ARTICLE = "heldout-ots-transport-ministers-baku";

    @TempDir
    Path temp;

    @Test
    void anUncuratedArticleBecomesAnswerableWithItsOwnCitationsAndRepeatingTheStepsChangesNothing() throws Exception {
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("seed-data"));
        Path corpus = Paths.copy(Paths.CORPUS, temp.resolve("corpus"));
        Path article = corpus.resolve(ARTICLE + ".txt");
        Files.copy(Path.of("src", "test", "resources", "articles", ARTICLE + ".txt"), article);
        String[] inputs = {"--seed-data", seed.toString(), "--corpus", corpus.toString()};

        CliRun extract = CliRun.of(concat(new String[] {"extract", article.toString(), "--out", temp.resolve("draft").toString()}, inputs));
        CliRun accept = CliRun.of(concat(new String[] {"accept", temp.resolve("draft").toString()}, inputs));
        CliRun check = CliRun.of(concat(new String[] {"check"}, inputs));
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        assertThat(extract.out()).contains("entities new:").contains("candidates:");
        assertThat(accept.exitCode()).as(accept.err()).isZero();
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(Files.readString(seed.resolve("statements.jsonl"))).contains(ARTICLE);

        int bolt = Ports.free();
        try (JavaProcess neo4j = JavaProcess.start(temp, "neo4j", "--data-dir", temp.resolve("store").toString(),
                "--bolt-port", "" + bolt, "--neo4j-http-port", "" + Ports.free(), "--neo4j-password", PASSWORD)) {
            neo4j.awaitLine("Bolt:\\s+bolt://127.0.0.1:" + bolt, Duration.ofSeconds(60));
            String uri = "bolt://127.0.0.1:" + bolt;
            String[] db = {"--uri", uri, "--neo4j-password", PASSWORD};
            CliRun imported = CliRun.of(concat(concat(new String[] {"import"}, inputs), db));
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            CliRun answer = CliRun.of(concat(concat(new String[] {"query", "neighbourhood", "--param", "entity=Georgia", "--format", "md",
                    "--query-timeout", "60"}, inputs), db));
            assertThat(answer.exitCode()).as(answer.err()).isZero();
            assertThat(answer.out()).contains("Middle Corridor").contains("TRANSITS").contains("— " + ARTICLE);

            long before;
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD))) {
                before = GraphAssertions.count(driver, "MATCH ()-[r]->() RETURN count(r)");
            }
            Map<String, String> files = snapshot(seed);
            CliRun again = CliRun.of(concat(new String[] {"extract", article.toString(), "--out", temp.resolve("draft-again").toString()}, inputs));
            CliRun acceptAgain = CliRun.of(concat(new String[] {"accept", temp.resolve("draft-again").toString()}, inputs));
            CliRun importAgain = CliRun.of(concat(concat(new String[] {"import"}, inputs), db));
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("entities new: 0");
            assertThat(acceptAgain.exitCode()).as(acceptAgain.err()).isZero();
            assertThat(snapshot(seed)).as("seed files after the same steps again").isEqualTo(files);
            assertThat(importAgain.exitCode()).as(importAgain.err()).isZero();
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD))) {
                assertThat(GraphAssertions.count(driver, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(before);
            }
            assertThat(neo4j.stop(Duration.ofSeconds(30))).isIn(0, 143);
        }
    }

    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (var list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
