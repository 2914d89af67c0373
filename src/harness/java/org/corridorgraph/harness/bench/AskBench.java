package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.Stats;

/**
 * {@code /api/ask} over HTTP against the served app, beside our {@code memberships} endpoint as the
 * baseline, at one client. Every question and the baseline warm up first; the measured requests then
 * run in rounds that take them in turn (the first changes every round), so that a change in the
 * machine's load falls on all alike. The aggregate "ask" pools every question's latencies (each
 * question has the same number of requests, so each weighs the same).
 *
 * <p>Both the questions and memberships bypass the answer cache (the bench-only header), so every
 * request is answered afresh (router, canned query or full-text retrieval). No embeddings are computed, so no share of the time
 * is spent embedding.
 */
public final class AskBench {
    /** The baseline: ours, memberships of Kazakhstan, as in the comparison. */
    public static final BenchQuery BASELINE = BenchQuery.standard("memberships");
    /** The bound: ask p50 within this many times memberships' p50. */
    public static final double LIMIT = 5.0;
    /** Measured requests are split into this many rounds per question. */
    public static final int ROUNDS = 5;

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String ASK = "ask";
    /** A first answer that times out (504) is asked again this many times before the question fails. */
    private static final int FIRST_ANSWER_TIMEOUTS = 3;

    /**
     * @param requests measured requests per question (and for the baseline)
     * @param warmup   unmeasured requests before, per question
     * @param cap      longest the measured rounds of one question may run in all
     */
    public record Settings(List<BenchQuestion> questions, int requests, int warmup, Duration cap) {
    }

    /** One question: what its first answer was (status, method, shape, abstained, rows, notes) and its latencies. */
    public record Row(BenchQuestion question, Map<String, Object> answer, Stats stats) {
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", question.key());
            m.put("question", question.question());
            m.put("kind", question.kind());
            m.putAll(answer);
            m.putAll(figures(stats));
            return m;
        }
    }

    /**
     * @param ask         every question's latencies pooled
     * @param memberships the baseline, measured in the same rounds
     * @param ratio       ask p50 ÷ memberships p50
     */
    public record Outcome(List<Row> rows, Stats ask, Stats memberships, double ratio) {
        public boolean within() {
            return ratio <= LIMIT;
        }

        public Map<String, Object> json(Settings settings) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("requests_per_question", settings.requests());
            s.put("warmup_per_question", settings.warmup());
            s.put("clients", 1);
            s.put("rounds", ROUNDS);
            s.put("max_seconds_per_question", settings.cap().toSeconds());
            s.put("baseline", "ours, " + BASELINE.ourPath() + ", in the same rounds");
            s.put("result_cache", "bypassed on both sides by the bench-only header: every request is answered afresh");
            s.put("embeddings", "none: retrieval is Neo4j full-text search only, so the share of time spent embedding is 0%");
            m.put("settings", s);
            m.put("questions", rows.stream().map(Row::json).toList());
            Map<String, Object> aggregate = new LinkedHashMap<>();
            aggregate.put("key", ASK);
            aggregate.putAll(figures(ask));
            m.put("aggregate", aggregate);
            Map<String, Object> baseline = new LinkedHashMap<>();
            baseline.put("key", BASELINE.key());
            baseline.putAll(figures(memberships));
            m.put("memberships", baseline);
            m.put("p50_ask_over_memberships", ratio);
            m.put("limit", LIMIT);
            m.put("within_limit", within());
            m.put("embedding_share", 0.0);
            return m;
        }
    }

    private final BenchServer server;
    private final ObjectMapper mapper;
    private final PrintWriter log;
    private final HttpClient http;

    public AskBench(BenchServer server, ObjectMapper mapper, PrintWriter log) {
        this.server = server;
        this.mapper = mapper;
        this.log = log;
        // as Systems: one client, HTTP/1.1, keep-alive
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Outcome run(Settings settings) {
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        for (BenchQuestion q : settings.questions()) {
            answers.put(q.key(), check(q));
        }
        Map<String, LoadRunner.Workload> workloads = new LinkedHashMap<>();
        workloads.put(BASELINE.key(), get(BASELINE.ourPath()));
        settings.questions().forEach(q -> workloads.put(ASK + ":" + q.key(), get(q.ourPath())));
        List<String> order = new ArrayList<>(workloads.keySet());

        Duration roundCap = settings.cap().dividedBy(ROUNDS);
        for (String key : order) {
            LoadRunner.warm(workloads.get(key), 1, settings.warmup(), roundCap.multipliedBy(2));
        }
        int rounds = Math.min(ROUNDS, settings.requests());
        Map<String, List<LoadRunner.Sample>> samples = new LinkedHashMap<>();
        order.forEach(key -> samples.put(key, new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            int requests = settings.requests() / rounds + (r < settings.requests() % rounds ? 1 : 0);
            for (int i = 0; i < order.size(); i++) {
                String key = order.get((i + r) % order.size());
                samples.get(key).add(LoadRunner.measure(workloads.get(key), 1, requests, roundCap));
            }
        }

        List<Row> rows = new ArrayList<>();
        List<LoadRunner.Sample> pooled = new ArrayList<>();
        for (BenchQuestion q : settings.questions()) {
            List<LoadRunner.Sample> own = samples.get(ASK + ":" + q.key());
            pooled.addAll(own);
            rows.add(new Row(q, answers.get(q.key()), LoadRunner.combine(own)));
        }
        Stats ask = LoadRunner.combine(pooled);
        Stats memberships = LoadRunner.combine(samples.get(BASELINE.key()));
        return new Outcome(rows, ask, memberships, Report.ratio(ask.p50Ms(), memberships.p50Ms()));
    }

    /** One answer, parsed, before anything is timed: it must be a 200, and what it says is kept. */
    private Map<String, Object> check(BenchQuestion q) {
        HttpResponse<byte[]> response;
        int timeouts = 0;
        try {
            response = http.send(request(q.ourPath()), HttpResponse.BodyHandlers.ofByteArray());
            // a cold server on a busy machine can take longer than serve's 5 s to plan a query the first time
            while (response.statusCode() == 504 && timeouts < FIRST_ANSWER_TIMEOUTS) {
                timeouts++;
                response = http.send(request(q.ourPath()), HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (IOException e) {
            throw new HarnessException("cannot reach the benchmark server: " + e.getMessage(), "check the loopback interface", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted", null, e);
        }
        if (response.statusCode() != 200) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            throw new HarnessException("/api/ask answered " + response.statusCode() + " to '" + q.question() + "': "
                    + body.substring(0, Math.min(300, body.length())), "every benchmark question should be answered; check the set in BenchQuestion");
        }
        JsonNode json;
        try {
            json = mapper.readTree(response.body());
        } catch (IOException e) {
            throw new HarnessException("/api/ask answered '" + q.question() + "' with unreadable JSON: " + e.getMessage(), null, e);
        }
        JsonNode asked = json.path("ask");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", response.statusCode());
        m.put("method", asked.path("method").asText(null));
        m.put("shape", asked.path("shape").asText(null));
        m.put("abstained", asked.path("abstained").asBoolean(false));
        m.put("rows", json.path("rows").size());
        m.put("citations", json.path("citations").size());
        List<String> notes = new ArrayList<>();
        json.path("notes").forEach(n -> notes.add(n.asText()));
        m.put("notes", notes);
        m.put("response_bytes", response.body().length);
        m.put("timeouts_before_first_answer", timeouts);
        log.printf("  ask %-12s %-9s %-14s %s rows %3d  '%s'%s%n", q.key(), m.get("method"), m.get("shape"),
                Boolean.TRUE.equals(m.get("abstained")) ? "abstains" : "answers ", m.get("rows"), q.question(),
                timeouts == 0 ? "" : "  (" + timeouts + " timeout(s) first, cold server)");
        log.flush();
        return m;
    }

    private LoadRunner.Workload get(String path) {
        HttpRequest request = request(path);
        return () -> expect(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private HttpRequest request(String path) {
        // both sides bypass the answer cache: this compares answering a question with answering a canned query
        return HttpRequest.newBuilder(URI.create(server.ourBaseUrl() + path)).header("Accept", "application/json")
                .header(org.corridorgraph.http.HttpApp.BENCH_BYPASS_HEADER, "1").timeout(REQUEST_TIMEOUT).GET().build();
    }

    private static void expect(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }

    static Map<String, Object> figures(Stats stats) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50_ms", stats.p50Ms());
        m.put("p95_ms", stats.p95Ms());
        m.put("p99_ms", stats.p99Ms());
        m.put("max_ms", stats.maxMs());
        m.put("rps", stats.rps());
        m.put("requests", stats.count());
        m.put("errors", stats.errors());
        m.put("seconds", stats.seconds());
        m.put("capped", stats.capped());
        return m;
    }
}
