package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.Stats;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.render.Renderer;
import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.Session;

/**
 * Ours against Neo4j's Query API and the raw driver, on one server: every query at every client
 * count, each system in turn, after its own warm-up.
 */
public final class Comparison {

    /**
     * @param requests measured requests per cell (query × clients × system)
     * @param warmup   unmeasured requests before each cell
     * @param cap      longest a cell may run
     */
    public record Settings(List<BenchQuery> queries, List<Integer> clients, List<String> systems, int requests, int warmup,
                           Duration cap, boolean diagnostics) {
    }

    /** One row of results.json: query, clients, system, p50_ms, p90_ms, p99_ms, rps (and how it was measured). */
    public record Entry(String query, int clients, String system, Stats stats) {
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", query);
            m.put("clients", clients);
            m.put("system", system);
            m.put("p50_ms", stats.p50Ms());
            m.put("p90_ms", stats.p90Ms());
            m.put("p99_ms", stats.p99Ms());
            m.put("rps", stats.rps());
            m.put("max_ms", stats.maxMs());
            m.put("requests", stats.count());
            m.put("errors", stats.errors());
            m.put("seconds", stats.seconds());
            m.put("capped", stats.capped());
            return m;
        }
    }

    public record Outcome(List<Entry> entries, Map<String, Object> checks, List<Map<String, Object>> diagnostics) {
    }

    private final BenchServer server;
    private final Systems systems;
    private final CypherLibrary cypher;
    private final PrintWriter log;

    public Comparison(BenchServer server, ObjectMapper mapper, CypherLibrary cypher, PrintWriter log) {
        this.server = server;
        this.systems = new Systems(server, mapper);
        this.cypher = cypher;
        this.log = log;
    }

    public Outcome run(Settings settings) {
        Map<String, Object> checks = new LinkedHashMap<>();
        for (BenchQuery q : settings.queries()) {
            try {
                checks.put(q.key(), systems.check(q));
            } catch (IOException e) {
                throw new HarnessException("cannot reach the benchmark server: " + e.getMessage(), "check the loopback interface", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HarnessException("interrupted", null, e);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (BenchQuery q : settings.queries()) {
            for (int clients : settings.clients()) {
                entries.addAll(cell(settings, q, clients));
            }
        }
        List<Map<String, Object>> diagnostics = settings.diagnostics() ? diagnostics(settings) : List.of();
        return new Outcome(entries, checks, diagnostics);
    }

    /**
     * One query at one client count, every system: each warms up, then the measured requests run in
     * rounds that take the systems in turn (the first system changes every round), so that a change in
     * the machine's load during the cell falls on every system alike.
     */
    private List<Entry> cell(Settings settings, BenchQuery q, int clients) {
        List<String> order = settings.systems();
        Map<String, LoadRunner.Workload> workloads = new LinkedHashMap<>();
        order.forEach(system -> workloads.put(system, systems.workload(system, q)));
        Duration roundCap = settings.cap().dividedBy(ROUNDS);
        for (String system : order) {
            LoadRunner.warm(workloads.get(system), clients, settings.warmup(), roundCap.multipliedBy(2));
        }
        int rounds = Math.min(ROUNDS, settings.requests());
        Map<String, List<LoadRunner.Sample>> samples = new LinkedHashMap<>();
        order.forEach(system -> samples.put(system, new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            int requests = settings.requests() / rounds + (r < settings.requests() % rounds ? 1 : 0);
            for (int i = 0; i < order.size(); i++) {
                String system = order.get((i + r) % order.size());
                samples.get(system).add(LoadRunner.measure(workloads.get(system), clients, requests, roundCap));
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (String system : order) {
            Stats stats = LoadRunner.combine(samples.get(system));
            entries.add(new Entry(q.key(), clients, system, stats));
            log.printf("  %-14s %2d client(s)  %-11s p50 %8.2f ms  p99 %8.2f ms  %8.1f req/s%s%n", q.key(), clients, system,
                    stats.p50Ms(), stats.p99Ms(), stats.rps(), stats.capped() ? "  (time cap)" : "");
        }
        log.flush();
        return entries;
    }

    /** Measured requests of a cell are split into this many rounds per system. */
    static final int ROUNDS = 5;

    /**
     * Where our time goes, at one client: the runner alone (binding, the read transaction with its
     * second statement for citations, value conversion), JSON rendering alone, and the driver running
     * the same two statements our runner runs.
     */
    private List<Map<String, Object>> diagnostics(Settings settings) {
        List<Map<String, Object>> out = new ArrayList<>();
        QueryRunner runner = server.runner();
        Renderer json = server.renderers().byAccept("application/json").orElseThrow();
        int n = Math.max(20, Math.min(settings.requests(), 500));
        int warm = Math.max(10, Math.min(settings.warmup(), 200));
        for (BenchQuery q : settings.queries()) {
            Systems.Bound bound = systems.bind(q);
            QueryResult sample = runner.run(q.query(), Arguments.ofText(q.rawParams()));
            String sentences = cypher.get("support/sentences");
            List<String> cited = sample.citations().list().stream().map(c -> c.sentenceId()).toList();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("query", q.key());
            d.put("runner_in_process", LoadRunner.run(() -> runner.run(q.query(), Arguments.ofText(q.rawParams())), 1, n, warm, settings.cap()));
            d.put("render_json", LoadRunner.run(() -> json.render(sample), 1, n, warm, settings.cap()));
            d.put("driver_two_statements", LoadRunner.run(() -> {
                try (Session session = server.driver().session()) {
                    session.executeRead(tx -> {
                        tx.run(bound.cypher(), bound.params()).list();
                        return tx.run(sentences, Map.of("ids", cited)).list();
                    });
                }
            }, 1, n, warm, settings.cap()));
            int most = settings.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
            if (most > 1) {
                // the same two against one statement at the highest concurrency, where CPU per request decides throughput
                d.put("driver_one_statement_at_" + most, LoadRunner.run(systems.driver(q), most, n, warm, settings.cap()));
                d.put("driver_two_statements_at_" + most, LoadRunner.run(() -> {
                    try (Session session = server.driver().session()) {
                        session.executeRead(tx -> {
                            tx.run(bound.cypher(), bound.params()).list();
                            return tx.run(sentences, Map.of("ids", cited)).list();
                        });
                    }
                }, most, n, warm, settings.cap()));
            }
            d.put("response_chars", json.render(sample).length());
            d.put("citations", sample.citations().list().size());
            out.add(d);
        }
        return out;
    }
}
