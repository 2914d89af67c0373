package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.http.HttpApp;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.BoundParams;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.ParamBinder;
import org.corridorgraph.query.QueryRunner;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * The three ways to ask the same question of the same server: (a) our endpoint, (b) Neo4j's Query
 * API with the canned Cypher verbatim and the parameters our layer binds, (c) the driver in a read
 * transaction with the same Cypher and parameters. Each workload checks its answer's status; the
 * first answer of each is also parsed to compare row counts.
 */
public final class Systems {
    /** Our endpoint with the answer cache bypassed (the bench-only header): every request a miss. */
    public static final String OURS = "ours";
    /** Our endpoint as clients meet it: after the warm-up every request is a cache hit. */
    public static final String OURS_CACHED = "ours-cached";
    public static final String QUERY_API = "query-api";
    public static final String DRIVER = "driver";
    public static final List<String> ALL = List.of(OURS, OURS_CACHED, QUERY_API, DRIVER);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final BenchServer server;
    private final ObjectMapper mapper;

    public Systems(BenchServer server, ObjectMapper mapper) {
        this.server = server;
        this.mapper = mapper;
        // one client, HTTP/1.1, keep-alive: its connection pool is shared by the benchmark's threads
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The Cypher and parameters our layer runs for this query: the file verbatim, entity ids, [] and null for absent ones. */
    public record Bound(String cypher, Map<String, Object> params) {
    }

    public Bound bind(BenchQuery q) {
        QueryRunner runner = server.runner();
        CannedQuery canned = runner.catalogue().get(q.query());
        BoundParams bound = new ParamBinder().bind(canned, Arguments.ofText(q.rawParams()), runner.entities());
        return new Bound(canned.cypher(), bound.cypher());
    }

    public LoadRunner.Workload ours(BenchQuery q) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.ourBaseUrl() + q.ourPath()))
                .header("Accept", "application/json").header(HttpApp.BENCH_BYPASS_HEADER, "1").timeout(REQUEST_TIMEOUT).GET().build();
        return () -> expect(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), 200, OURS);
    }

    public LoadRunner.Workload oursCached(BenchQuery q) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.ourBaseUrl() + q.ourPath()))
                .header("Accept", "application/json").timeout(REQUEST_TIMEOUT).GET().build();
        return () -> expect(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), 200, OURS_CACHED);
    }

    public LoadRunner.Workload queryApi(BenchQuery q) {
        HttpRequest request = queryApiRequest(bind(q));
        return () -> expect(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), 202, QUERY_API);
    }

    public LoadRunner.Workload driver(BenchQuery q) {
        Bound bound = bind(q);
        Driver driver = server.driver();
        TransactionConfig config = TransactionConfig.builder().withTimeout(Duration.ofSeconds(5)).build();
        return () -> {
            try (Session session = driver.session(SessionConfig.defaultConfig())) {
                session.executeRead(tx -> tx.run(bound.cypher(), bound.params()).list(), config);
            }
        };
    }

    public LoadRunner.Workload workload(String system, BenchQuery q) {
        return switch (system) {
            case OURS -> ours(q);
            case OURS_CACHED -> oursCached(q);
            case QUERY_API -> queryApi(q);
            case DRIVER -> driver(q);
            default -> throw new IllegalArgumentException(system);
        };
    }

    /** One answer of each system, parsed: row counts and response sizes, so a mismatch is seen before anything is timed. */
    public Map<String, Object> check(BenchQuery q) throws IOException, InterruptedException {
        Map<String, Object> out = new LinkedHashMap<>();
        HttpResponse<byte[]> ours = http.send(HttpRequest.newBuilder(URI.create(server.ourBaseUrl() + q.ourPath()))
                .header("Accept", "application/json").timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        expect(ours, 200, OURS);
        JsonNode oursJson = mapper.readTree(ours.body());
        Bound bound = bind(q);
        HttpResponse<byte[]> api = http.send(queryApiRequest(bound), HttpResponse.BodyHandlers.ofByteArray());
        expect(api, 202, QUERY_API);
        JsonNode apiJson = mapper.readTree(api.body());
        List<Record> records;
        try (Session session = server.driver().session()) {
            records = session.executeRead(tx -> tx.run(bound.cypher(), bound.params()).list());
        }
        int oursRows = oursJson.path("rows").size();
        int apiRows = apiJson.path("data").path("values").size();
        if (oursRows != apiRows || apiRows != records.size()) {
            throw new HarnessException("the systems disagree on " + q.key() + ": ours " + oursRows + " rows, Query API " + apiRows
                    + ", driver " + records.size(), "they should run the same Cypher with the same parameters; check the binding");
        }
        out.put("rows", oursRows);
        out.put("ours_bytes", ours.body().length);
        out.put("query_api_bytes", api.body().length);
        out.put("cypher_chars", bound.cypher().length());
        out.put("params", bound.params());
        return out;
    }

    private HttpRequest queryApiRequest(Bound bound) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statement", bound.cypher());
        body.put("parameters", bound.params());
        body.put("accessMode", "READ");
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("parameters not serialisable", e);
        }
        return HttpRequest.newBuilder(URI.create(server.queryApiUrl()))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", server.queryApiAuthorization())
                .timeout(REQUEST_TIMEOUT).POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
    }

    private static void expect(HttpResponse<byte[]> response, int status, String system) {
        if (response.statusCode() != status) {
            String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            throw new IllegalStateException(system + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }
}
