package org.corridorgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.corridorgraph.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bulkhead in front of the database routes, on a real Jetty: routes that stand in for the
 * database let a test hold a request inside, so the bulkhead's answers to the others show.
 */
class BulkheadTest {
    private static final ObjectMapper JSON = Json.mapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger ran = new AtomicInteger();
    private Javalin app;

    @AfterEach
    void stop() {
        release.countDown();
        if (app != null) {
            app.stop();
        }
    }

    private void start(int permits, Predicate<String> queryReady, BooleanSupplier allReady) {
        app = Javalin.create(config -> {
            new Bulkhead(JSON, queryReady, allReady, permits, permits, Duration.ofMillis(200), Duration.ofMillis(100)).install(config.routes);
            config.routes.get("/api/ask", ctx -> {
                ran.incrementAndGet();
                if ("slow".equals(ctx.queryParam("q"))) {
                    inside.countDown();
                    release.await(60, TimeUnit.SECONDS);
                }
                if ("fail".equals(ctx.queryParam("q"))) {
                    throw new IllegalStateException("the route failed");
                }
                ctx.result("answered");
            });
            config.routes.get("/api/queries/{name}", ctx -> {
                ran.incrementAndGet();
                ctx.result(ctx.pathParam("name"));
            });
        }).start("127.0.0.1", 0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem503(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(HttpApp.PROBLEM_JSON));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(body.get("hint").asText()).isNotBlank();
    }

    @Test
    void withTheBulkheadFullAnExtraRequestGets503ProblemWithRetryAfterWhileTheFirstStillRuns() throws Exception {
        start(1, q -> true, () -> true);
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return get("/api/ask?q=slow");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(60, TimeUnit.SECONDS)).as("the first request reached the route").isTrue();

        assertProblem503(get("/api/ask?q=extra"));
        assertThat(first).isNotDone();

        release.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(get("/api/ask?q=next").statusCode()).as("the first request gave its place back").isEqualTo(200);
    }

    @Test
    void aShutGateAnswers503WithoutTouchingTheRouteAndOpensQueryByQuery() throws Exception {
        AtomicBoolean all = new AtomicBoolean();
        start(4, q -> all.get() || q.equals("memberships"), all::get);

        assertProblem503(get("/api/ask?q=anything"));
        assertProblem503(get("/api/queries/routes?from=China&to=Iran"));
        assertThat(ran).as("no refused request reached the route (and so the database)").hasValue(0);
        HttpResponse<String> prepared = get("/api/queries/memberships?entity=Iran");
        assertThat(prepared.statusCode()).as("a query whose plan is ready answers before the others").isEqualTo(200);

        all.set(true);
        assertThat(get("/api/ask?q=anything").statusCode()).isEqualTo(200);
        assertThat(get("/api/queries/routes?from=China&to=Iran").statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestThatFailsGivesItsPlaceBack() throws Exception {
        start(1, q -> true, () -> true);

        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/ask?q=fail").statusCode()).isEqualTo(500);
        }
        assertThat(get("/api/ask?q=fine").statusCode()).isEqualTo(200);
    }
}
