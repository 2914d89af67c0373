package org.corridorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.corridorgraph.graph.Ports;
import org.corridorgraph.graph.StorePassword;
import org.corridorgraph.support.JavaProcess;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/** `serve` as a user runs it: a separate JVM that imports, serves, and stops on SIGTERM. */
class ServeProcessTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    @Test
    void serveStartsNeo4jImportsAndAnswersOnBrowserBoltAndHealthThenStopsOnSigterm() throws Exception {
        int port = Ports.free();
        int bolt = Ports.free();
        int neo4jHttp = Ports.free();
        Path project = Path.of("").toAbsolutePath();
        try (JavaProcess serve = JavaProcess.start(project, "serve", "--port", "" + port, "--bolt-port", "" + bolt,
                "--neo4j-http-port", "" + neo4jHttp, "--data-dir", temp.resolve("data").toString(),
                "--corpus", Paths.CORPUS.toAbsolutePath().toString())) {
            serve.awaitLine("Stop with Ctrl-C", Duration.ofSeconds(90));

            assertThat(serve.output()).contains("http://127.0.0.1:" + port + "/", "bolt://127.0.0.1:" + bolt,
                    "http://127.0.0.1:" + neo4jHttp + "/browser/", "sentences cited:");
            assertThat(get("http://127.0.0.1:" + port + "/health").statusCode()).isEqualTo(200);
            HttpResponse<String> ready = get("http://127.0.0.1:" + port + "/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"ready\":true");
            HttpResponse<String> browser = get("http://127.0.0.1:" + neo4jHttp + "/browser/");
            assertThat(browser.statusCode()).isEqualTo(200);
            assertThat(browser.body()).containsIgnoringCase("neo4j browser");
            // the first start made the store a password, kept in the data folder
            String password = StorePassword.recorded(temp.resolve("data"));
            assertThat(password).isNotBlank();
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", password));
                 Session session = driver.session()) {
                assertThat(session.run("MATCH (s:State {name: 'Kazakhstan'}) RETURN count(s)").single().get(0).asLong()).isEqualTo(1);
            }

            int exit = serve.stop(Duration.ofSeconds(30));

            assertThat(exit).as(serve.output()).isIn(0, 143);
            assertThat(serve.output()).doesNotContain("Exception")
                    .as("a stop that cuts the background graph check short is not reported as a failed check")
                    .doesNotContain("could not check the graph");
        }
    }

    @Test
    void aSecondStartOfAnImportedStoreSkipsTheImport() throws Exception {
        Path data = temp.resolve("data");
        for (int run = 0; run < 2; run++) {
            try (JavaProcess serve = JavaProcess.start(Path.of("").toAbsolutePath(), "serve", "--port", "" + Ports.free(),
                    "--bolt-port", "" + Ports.free(), "--neo4j-http-port", "" + Ports.free(), "--data-dir", data.toString(),
                    "--corpus", Paths.CORPUS.toAbsolutePath().toString())) {
                serve.awaitLine("Stop with Ctrl-C", Duration.ofSeconds(90));
                if (run == 1) {
                    assertThat(serve.output()).contains("graph: up to date with the seed data").doesNotContain("written in one transaction");
                }
                serve.stop(Duration.ofSeconds(30));
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
