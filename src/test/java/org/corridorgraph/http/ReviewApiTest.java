package org.corridorgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridorgraph.app.Application;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.json.Json;
import org.corridorgraph.support.DraftFixture;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review routes of serve --draft on a real port: the page and the draft answer only this
 * machine's browser by a loopback name; a write needs this server's Origin and the run's token, and
 * goes through the same acceptor as the accept command. Refused writes change nothing.
 */
@ExtendWith(SharedNeo4j.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewApiTest {
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"review-token\" content=\"([A-Za-z0-9_-]+)\">");
    private static final String ACCEPT_ONE = "{\"decisions\": [{\"id\": \"c-003\", \"action\": \"accept\"}]}";

    @TempDir
    static Path temp;
    private static DraftFixture fixture;
    private static Application application;
    private static int port;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(GraphConnection graph) {
        fixture = DraftFixture.in(temp, true);
        application = TestApps.reviewing(graph, fixture);
        port = application.serve("127.0.0.1", 0).port();
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/review/decisions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() throws Exception {
        HttpResponse<String> page = get("/review", Map.of());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as("the page carries the run's token").isTrue();
        return m.group(1);
    }

    /** A request as a rebound DNS name would send it: the Host names another site, the peer is loopback. */
    private String raw(String requestHead, String body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertForbidden(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(HttpApp.PROBLEM_JSON));
        assertThat(Json.mapper().readTree(response.body()).path("hint").asText()).isNotBlank();
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    @Order(1)
    void thePageCarriesATokenAndIsNeitherCachedNorFramed() throws Exception {
        HttpResponse<String> page = get("/review", Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Review a draft", "/review.js");
        assertThat(TOKEN.matcher(page.body()).find()).isTrue();
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
    }

    @Test
    @Order(2)
    void thePageAndTheDraftRefuseAForeignOriginOrAHostThatIsNotThisMachine() throws Exception {
        assertForbidden(get("/review", Map.of("Origin", "http://evil.example")));
        assertForbidden(get("/review", Map.of("Sec-Fetch-Site", "cross-site")));
        assertForbidden(get("/api/review/draft", Map.of("Origin", "http://evil.example")));

        String page = raw("GET /review HTTP/1.1\r\nHost: evil.example:" + port + "\r\n", "");
        assertThat(page).startsWith("HTTP/1.1 403").contains("names host 'evil.example:" + port + "'").doesNotContain("review-token\" content");
    }

    @Test
    @Order(3)
    void theDraftListsEachCandidateWithItsSentenceAndWhereTheAnchorIs() throws Exception {
        HttpResponse<String> response = get("/api/review/draft", Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode draft = Json.mapper().readTree(response.body());
        assertThat(draft.path("source").path("id").asText()).isEqualTo(DraftFixture.ARTICLE);
        assertThat(draft.path("candidates")).hasSize(6);
        JsonNode first = draft.path("candidates").get(0);
        assertThat(first.path("subject").path("name").asText()).isEqualTo("Eurasia Ferry Line");
        assertThat(first.path("object").path("proposed").asBoolean()).isTrue();
        assertThat(first.path("confidence").asDouble()).isEqualTo(0.9);
        assertThat(first.path("rule").asText()).isEqualTo("service-from");
        String sentence = first.path("sentence").asText();
        String text = null;
        for (JsonNode s : draft.path("sentences")) {
            if (s.path("id").asText().equals(sentence)) {
                text = s.path("text").asText();
            }
        }
        assertThat(text).isNotNull();
        assertThat(text.substring(first.path("anchorStart").asInt(), first.path("anchorEnd").asInt()))
                .isEqualTo("every week from the port city of Aktau");
        JsonNode fifth = draft.path("candidates").get(4);
        assertThat(fifth.path("subject").path("name").asText()).isEqualTo("Kazakhstan");
        assertThat(fifth.path("subject").path("proposed").asBoolean()).isFalse();
    }

    @Test
    @Order(4)
    void writesWithoutTheTokenOrFromAnotherOriginOrHostAreForbiddenAndChangeNothing() throws Exception {
        Map<String, String> seed = fixture.seedFiles();
        Map<String, String> draft = fixture.draftFiles();
        String token = token();

        assertForbidden(post(ACCEPT_ONE, Map.of("Origin", base)));
        assertForbidden(post(ACCEPT_ONE, Map.of("Origin", base, "X-Review-Token", "not-the-token")));
        assertForbidden(post(ACCEPT_ONE, Map.of("X-Review-Token", token)));
        assertForbidden(post(ACCEPT_ONE, Map.of("Origin", "http://evil.example", "X-Review-Token", token)));
        assertForbidden(post(ACCEPT_ONE, Map.of("Origin", "http://localhost:" + port, "X-Review-Token", token)));
        String rebound = raw("POST /api/review/decisions HTTP/1.1\r\nHost: evil.example:" + port + "\r\nOrigin: http://evil.example:" + port
                + "\r\nX-Review-Token: " + token + "\r\nContent-Type: application/json\r\n", ACCEPT_ONE);
        assertThat(rebound).startsWith("HTTP/1.1 403").contains("application/problem+json");

        assertThat(fixture.seedFiles()).isEqualTo(seed);
        assertThat(fixture.draftFiles()).isEqualTo(draft);
    }

    @Test
    @Order(5)
    void anEditTheValidatorRefusesIs422WithItsMessageAndChangesNothing() throws Exception {
        Map<String, String> seed = fixture.seedFiles();
        Map<String, String> draft = fixture.draftFiles();

        HttpResponse<String> refused = post("{\"decisions\": [{\"id\": \"c-003\", \"action\": \"accept\"}, {\"id\": \"c-006\", \"action\": \"reject\"},"
                + " {\"id\": \"c-004\", \"action\": \"edit\", \"statement\": {\"type\": \"VISITED\"}}]}", Map.of("Origin", base, "X-Review-Token", token()));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(HttpApp.PROBLEM_JSON));
        JsonNode problem = Json.mapper().readTree(refused.body());
        assertThat(problem.path("detail").asText()).contains("statements.jsonl:4: c-004", "VISITED cannot start at baku", "nothing was written");
        assertThat(fixture.seedFiles()).isEqualTo(seed);
        assertThat(fixture.draftFiles()).as("the rejection in the same request is not recorded either").isEqualTo(draft);

        HttpResponse<String> unknown = post("{\"decisions\": [{\"id\": \"c-099\", \"action\": \"accept\"}]}", Map.of("Origin", base, "X-Review-Token", token()));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(unknown.body()).path("detail").asText()).contains("c-099");
        assertThat(fixture.seedFiles()).isEqualTo(seed);
    }

    @Test
    @Order(6)
    void anAcceptanceWithTheTokenFromThisOriginWritesTheSeedDataAndTheReviewLog() throws Exception {
        String statements = fixture.seed("statements.jsonl");

        HttpResponse<String> saved = post("{\"decisions\": [{\"id\": \"c-003\", \"action\": \"accept\"}, {\"id\": \"c-006\", \"action\": \"reject\"}]}",
                Map.of("Origin", base, "X-Review-Token", token()));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode outcome = Json.mapper().readTree(saved.body());
        assertThat(outcome.path("acceptance").path("statements").get(0).path("id").asText()).isEqualTo(DraftFixture.st(145));
        assertThat(outcome.path("rejected").get(0).asText()).isEqualTo("c-006");
        assertThat(fixture.seed("statements.jsonl")).startsWith(statements).endsWith(
                "{\"id\": \"" + DraftFixture.st(145) + "\", \"subject\": \"aktau\", \"type\": \"LOCATED_IN\", \"object\": \"kazakhstan\", \"props\": {}, \"kind\": \"fact\", "
                        + "\"source\": \"caspian-ferry-weekly\", \"anchor\": \"Aktau lies in western Kazakhstan\"}\n");
        assertThat(Files.readString(fixture.draft().resolve("review.jsonl"))).isEqualTo(
                "{\"id\": \"c-003\", \"decision\": \"accept\", \"statementId\": \"" + DraftFixture.st(145) + "\"}\n{\"id\": \"c-006\", \"decision\": \"reject\"}\n");

        JsonNode draft = Json.mapper().readTree(get("/api/review/draft", Map.of()).body());
        assertThat(draft.path("candidates").get(2).path("acceptedAs").asText()).isEqualTo(DraftFixture.st(145));
        assertThat(draft.path("candidates").get(5).path("decision").asText()).isEqualTo("reject");
    }
}
