package org.corridorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.corridorgraph.graph.Ports;
import org.corridorgraph.graph.StorePassword;
import org.corridorgraph.support.BoltProbe;
import org.corridorgraph.support.JavaProcess;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * A default `serve`, attacked as a page the analyst happens to open would attack it: through Neo4j's
 * HTTP server and through Bolt over TCP and WebSocket, with no or wrong credentials.
 */
class ServeSecurityTest {
    private static final String EVIL = "http://evil.example";
    private static final String PLANT = "{\"statement\": \"CREATE (x:Entity {id: 'evil', name: 'Evil'}) RETURN x.id\"}";

    @TempDir
    static Path temp;

    private static JavaProcess serve;
    private static int port;
    private static int bolt;
    private static int neo4jHttp;
    private static String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        port = Ports.free();
        bolt = Ports.free();
        neo4jHttp = Ports.free();
        serve = JavaProcess.start(Path.of("").toAbsolutePath(), "serve", "--port", "" + port, "--bolt-port", "" + bolt,
                "--neo4j-http-port", "" + neo4jHttp, "--data-dir", temp.resolve("data").toString(),
                "--corpus", Paths.CORPUS.toAbsolutePath().toString());
        serve.awaitLine("Stop with Ctrl-C", Duration.ofSeconds(120));
        password = StorePassword.recorded(temp.resolve("data"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null) {
            try {
                serve.stop(Duration.ofSeconds(30));
            } finally {
                serve.close();
            }
        }
    }

    @Test
    void serveSaysHowToSignInToBrowserWithoutPrintingThePassword() {
        assertThat(serve.output()).contains("user neo4j; the password is in", StorePassword.FILE).doesNotContain(password);
    }

    @Test
    void aForeignPageCannotWriteThroughNeo4jsHttpServer() throws Exception {
        String queryApi = "http://127.0.0.1:" + neo4jHttp + "/db/neo4j/query/v2";
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(queryApi))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", EVIL)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> write = post(queryApi);
        HttpResponse<String> legacy = post("http://127.0.0.1:" + neo4jHttp + "/db/neo4j/tx/commit");

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as("the preflight admits no foreign origin")
                .satisfiesAnyOf(o -> assertThat(o).isEmpty(), o -> assertThat(o.get()).isNotIn("*", EVIL));
        assertThat(write.statusCode()).as("the Query API is off: " + write.body()).isGreaterThanOrEqualTo(400);
        assertThat(legacy.statusCode()).as("the legacy transactional endpoint is off: " + legacy.body()).isGreaterThanOrEqualTo(400);
        HttpResponse<String> browser = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + neo4jHttp + "/browser/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).as("Browser itself is still served").isEqualTo(200);
        HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/entities?q=evil"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(search.body()).doesNotContain("\"Evil\"");
    }

    @Test
    void boltOverTcpLetsNobodyInWithoutThePassword() {
        assertThat(BoltProbe.overTcp(bolt, BoltProbe.anonymous()).success()).isFalse();
        assertThat(BoltProbe.overTcp(bolt, BoltProbe.basic("neo4j", "guessed-password")).success()).isFalse();
        try (Driver anonymous = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        BoltProbe.Answer signedIn = BoltProbe.overTcp(bolt, BoltProbe.basic("neo4j", password));
        assertThat(signedIn.success()).as("the probe itself can sign in: " + signedIn.text()).isTrue();
    }

    @Test
    void boltOverWebSocketFromAForeignOriginGetsNoSession() {
        BoltProbe.Answer anonymous = BoltProbe.overWebSocket(bolt, EVIL, BoltProbe.anonymous());
        BoltProbe.Answer guessed = BoltProbe.overWebSocket(bolt, EVIL, BoltProbe.basic("neo4j", "guessed-password"));

        // the upgrade cannot check the Origin; only the sign-in stops the page
        assertThat(anonymous.success()).as(anonymous.text()).isFalse();
        assertThat(anonymous.text()).containsIgnoringCase("auth");
        assertThat(guessed.success()).as(guessed.text()).isFalse();
        BoltProbe.Answer signedIn = BoltProbe.overWebSocket(bolt, EVIL, BoltProbe.basic("neo4j", password));
        assertThat(signedIn.upgraded()).isTrue();
        assertThat(signedIn.success()).as("the probe works over WebSocket: " + signedIn.text()).isTrue();
    }

    private HttpResponse<String> post(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Origin", EVIL).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PLANT)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
