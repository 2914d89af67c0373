package org.corridorgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;

import io.javalin.Javalin;
import org.corridorgraph.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP app on a real port, with its readiness supplied as the composition root would. */
class HttpAppTest {
    private final AtomicReference<Readiness.Status> status = new AtomicReference<>(new Readiness.Status(false, "not imported"));
    private final Javalin app = new HttpApp(status::get, Json.mapper(), "test").create("127.0.0.1", 0).start();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersWhateverTheDatabaseDoes() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"up\"");
    }

    @Test
    void readyTurnsTrueOnceTheDatabaseIsImported() throws Exception {
        assertThat(get("/ready").statusCode()).isEqualTo(503);

        status.set(new Readiness.Status(true, "imported"));

        assertThat(get("/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void readyIsFalseWhenTheCheckItselfFails() throws Exception {
        Javalin failing = new HttpApp(() -> {
            throw new IllegalStateException("database unreachable");
        }, Json.mapper(), "test").create("127.0.0.1", 0).start();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + failing.port() + "/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("database unreachable");
        } finally {
            failing.stop();
        }
    }

    @Test
    void anUnknownPathIsAProblemJson404() throws Exception {
        HttpResponse<String> response = get("/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404", "/nowhere");
    }
}
