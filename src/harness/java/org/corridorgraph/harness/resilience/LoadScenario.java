package org.corridorgraph.harness.resilience;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.harness.Stats;

/** 1. Load: many concurrent clients mixing every canned query's examples and the example questions of /api/ask. */
final class LoadScenario {
    private LoadScenario() {
    }

    static ScenarioResult run(Context c) {
        ScenarioResult r = new ScenarioResult("load");
        Launcher.Server server = c.shared();
        GraphChecksum.Snapshot before = c.checksum(server.boltPort());

        // each request once, so the first calls' query planning is not counted as load
        int warmupErrors = 0;
        for (String path : c.valid) {
            Http.Answer a = c.http.get(server.base() + path);
            if (a.status() < 200 || a.status() >= 300) {
                warmupErrors++;
                r.fail("warm-up: " + path + " answered " + (a.answered() ? a.status() : a.failure()));
            }
        }
        c.say("load: " + c.settings.clients() + " clients for " + c.settings.loadSeconds().toSeconds() + " s over "
                + c.valid.size() + " requests (every query example and every example question) …");
        long started = System.nanoTime();
        List<Traffic.Sample> samples = new Traffic(c.http, server.base(), c.valid, c.settings.clients(), c.settings.maxRequests())
                .start(c.settings.loadSeconds()).await();
        double wall = (System.nanoTime() - started) / 1e9;

        long errors = samples.stream().filter(s -> !s.ok()).count();
        long timeouts = samples.stream().filter(Traffic.Sample::timedOut).count();
        Map<String, Long> statuses = new TreeMap<>();
        samples.forEach(s -> statuses.merge(s.failure() == null ? String.valueOf(s.status()) : "no answer", 1L, Long::sum));
        Map<String, List<Long>> byTarget = new TreeMap<>();
        samples.forEach(s -> byTarget.computeIfAbsent(target(s.path()), k -> new ArrayList<>()).add(s.end() - s.start()));
        Map<String, Object> perTarget = new LinkedHashMap<>();
        byTarget.forEach((k, v) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("requests", v.size());
            entry.put("p99_ms", Stats.ofLatencies(v.stream().mapToLong(Long::longValue).toArray()).p99Ms());
            perTarget.put(k, entry);
        });
        Map<String, Object> latency = Stats.ofLatencies(samples.stream().mapToLong(s -> s.end() - s.start()).toArray()).latencies();
        GraphChecksum.Snapshot after = c.checksum(server.boltPort());

        r.put("clients", c.settings.clients()).put("seconds", Stats.round(wall)).put("distinct_requests", c.valid.size())
                .put("requests", samples.size()).put("errors", errors).put("client_timeouts", timeouts)
                .put("statuses", statuses).put("throughput_rps", Stats.round(samples.size() / wall));
        r.figures().putAll(latency);
        r.put("per_target", perTarget).put("warmup_errors", warmupErrors)
                .put("graph_before", before.json()).put("graph_after", after.json());

        r.check(!samples.isEmpty(), "requests were sent (" + samples.size() + ")");
        r.check(errors == 0, "no error and no non-2xx answer to a valid request (" + errors + " of " + samples.size() + ")");
        r.check(timeouts == 0, "no request hung past the client timeout (" + timeouts + ")");
        long queriesHit = c.catalogue.names().stream().filter(byTarget::containsKey).count();
        r.check(queriesHit == c.catalogue.names().size() && byTarget.containsKey("ask"),
                "every canned query (" + queriesHit + " of " + c.catalogue.names().size() + ") and /api/ask were in the mix");
        r.check(before.equals(after), "the graph is unchanged (" + after + ")");
        c.say(String.format("load: %d requests, %d errors, %.0f req/s, p99 %s ms", samples.size(), errors, samples.size() / wall,
                latency.get("p99_ms")));
        return r;
    }

    /** The query name, or "ask". */
    static String target(String path) {
        if (path.startsWith("/api/ask")) {
            return "ask";
        }
        String rest = path.substring("/api/queries/".length());
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }
}
