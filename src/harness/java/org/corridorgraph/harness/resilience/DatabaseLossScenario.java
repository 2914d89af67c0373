package org.corridorgraph.harness.resilience;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.Ports;
import org.corridorgraph.harness.ChildJvm;
import org.corridorgraph.harness.Stats;

/**
 * 2. The database goes away: `serve --uri` against our own `neo4j` process, which is stopped
 * (SIGTERM) while clients keep asking, then started again on the same store and ports.
 */
final class DatabaseLossScenario {
    /** Clients during the outage: enough to have requests in flight at every moment. */
    static final int CLIENTS = 8;
    static final Duration HEALTHY = Duration.ofSeconds(4);
    /** Until every plan is ready again: more than the product's own warm-up budget (Availability.WARM_UP_BUDGET, 120 s). */
    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(180);
    static final Duration STEADY = Duration.ofSeconds(5);
    /** The API answers 200 again this soon after Neo4j answers Bolt queries. */
    static final Duration FIRST_ANSWER_LIMIT = Duration.ofSeconds(3);
    /** A failing request may take the query timeout plus this much. */
    static final double MARGIN_SECONDS = 1.0;

    private DatabaseLossScenario() {
    }

    private record Probe(long at, int status, String body) {
    }

    static ScenarioResult run(Context c) throws InterruptedException {
        ScenarioResult r = new ScenarioResult("database-loss");
        Path store = c.work.resolve("loss-store");
        int bolt = Ports.free();
        int neoHttp = Ports.free();
        double timeout = c.settings.queryTimeout();
        c.say("database-loss: starting neo4j (" + store.getFileName() + ", Bolt " + bolt + ") and serve --uri --query-timeout "
                + timeout + " …");
        ChildJvm neo4j = c.launcher.neo4j("neo4j", store, bolt, neoHttp);
        try (Launcher.Server serve = c.launcher.serveUri("serve-uri", bolt, List.of("--query-timeout", fmt(timeout)))) {
            GraphChecksum.Snapshot before = c.checksum(bolt);
            long servePid = serve.process().pid();
            int warmupErrors = 0;
            for (String path : c.valid) { // plan every query once, so the healthy phase measures answers, not planning
                warmupErrors += c.http.get(serve.base() + path).status() == 200 ? 0 : 1;
            }
            r.put("warmup_errors", warmupErrors);
            List<Probe> ready = new ArrayList<>();
            AtomicBoolean polling = new AtomicBoolean(true);
            Thread poller = new Thread(() -> {
                for (int i = 0; i < 2_000 && polling.get(); i++) {
                    Http.Answer a = c.http.get(serve.base() + "/ready");
                    synchronized (ready) {
                        ready.add(new Probe(System.nanoTime(), a.status(), a.body()));
                    }
                    sleep(250);
                }
            }, "ready-poller");
            poller.setDaemon(true);
            poller.start();

            Duration bound = HEALTHY.plus(c.settings.outageSeconds()).plus(RECOVERY_LIMIT).plus(STEADY).plusSeconds(120);
            Traffic traffic = new Traffic(c.http, serve.base(), c.valid, CLIENTS, c.settings.maxRequests()).start(bound);
            Thread.sleep(HEALTHY.toMillis());

            long stopAt = System.nanoTime();
            Optional<Integer> exit = neo4j.stop(Duration.ofSeconds(60));
            long goneAt = System.nanoTime();
            c.say(String.format(Locale.ROOT, "database-loss: neo4j stopped by SIGTERM in %.1f s (exit %s); down for %d s …",
                    (goneAt - stopAt) / 1e9, exit.map(String::valueOf).orElse("none: killed"), c.settings.outageSeconds().toSeconds()));
            Thread.sleep(c.settings.outageSeconds().toMillis());

            long restartAt = System.nanoTime();
            long upAt;
            long answeredAt;
            long tcpAt;
            try (BoltWatch watch = new BoltWatch(bolt, Launcher.PASSWORD).start()) {
                neo4j = c.launcher.neo4j("neo4j-restarted", store, bolt, neoHttp);
                upAt = System.nanoTime();
                watch.awaitAnswer(Duration.ofSeconds(30)); // once the ready line is out, a query is answered at once
                tcpAt = watch.tcpAt();
                answeredAt = watch.answeredAt() > 0 ? watch.answeredAt() : upAt;
            }
            long recoveredAt = -1;
            long warmAt = -1;
            long giveUp = answeredAt + RECOVERY_LIMIT.toNanos();
            while (warmAt < 0 && System.nanoTime() < giveUp) {
                if (recoveredAt < 0) {
                    recoveredAt = traffic.samples().stream().filter(s -> s.end() >= restartAt && s.ok()).mapToLong(Traffic.Sample::end)
                            .min().orElse(-1);
                }
                long since = recoveredAt;
                synchronized (ready) {
                    warmAt = since < 0 ? -1 : ready.stream().filter(p -> p.at() > since && p.status() == 200).mapToLong(Probe::at)
                            .min().orElse(-1);
                }
                if (warmAt < 0) {
                    Thread.sleep(100);
                }
            }
            Thread.sleep(STEADY.toMillis());
            List<Traffic.Sample> samples = traffic.stop();
            polling.set(false);
            poller.join(10_000);
            GraphChecksum.Snapshot after = c.checksum(bolt);

            long recovered = recoveredAt;
            List<Traffic.Sample> beforeStop = samples.stream().filter(s -> s.end() < stopAt).toList();
            List<Traffic.Sample> inFlight = samples.stream().filter(s -> s.start() < goneAt && s.end() > stopAt).toList();
            List<Traffic.Sample> outage = samples.stream().filter(s -> s.start() >= goneAt && s.end() <= upAt).toList();
            List<Traffic.Sample> failing = samples.stream().filter(s -> !s.ok()).toList();
            // clear: 503 problem+json, or a genuine 504 (problem+json, and the query timeout had really passed)
            List<Traffic.Sample> unclear = failing.stream().filter(s -> s.failure() != null || !s.problemJson()
                    || !(s.status() == 503 || s.status() == 504 && s.millis() >= timeout * 1000)).toList();
            long hung = samples.stream().filter(Traffic.Sample::timedOut).count();
            double limitMs = (timeout + MARGIN_SECONDS) * 1000;
            long slow = failing.stream().filter(s -> s.millis() > limitMs).count();
            double maxFailMs = failing.stream().mapToDouble(Traffic.Sample::millis).max().orElse(0);
            long warm = warmAt;
            List<Traffic.Sample> afterRestart = samples.stream().filter(s -> s.start() >= restartAt).toList();
            long timeoutsAfterRestart = afterRestart.stream().filter(s -> s.status() == 504).count();
            List<Traffic.Sample> warming = recovered < 0 ? List.of() : samples.stream()
                    .filter(s -> s.start() >= recovered && (warm < 0 || s.start() < warm)).toList();
            List<Traffic.Sample> afterRecovery = warm < 0 ? List.of() : samples.stream().filter(s -> s.start() >= warm).toList();
            Double firstAnswerSeconds = recovered < 0 ? null : Stats.round((recovered - answeredAt) / 1e9);
            Double allPlansSeconds = warm < 0 ? null : Stats.round((warm - answeredAt) / 1e9);
            Map<String, Long> statuses = new TreeMap<>();
            samples.forEach(s -> statuses.merge(s.failure() == null ? String.valueOf(s.status()) : "no answer", 1L, Long::sum));
            List<Probe> probes;
            synchronized (ready) {
                probes = List.copyOf(ready);
            }
            boolean readyBefore = probes.stream().anyMatch(p -> p.at() < stopAt && p.status() == 200);
            boolean notReadyDuring = probes.stream().anyMatch(p -> p.at() > goneAt && p.at() < upAt && p.status() == 503
                    && p.body() != null && p.body().contains("\"ready\":false"));
            boolean readyAfter = probes.stream().filter(p -> recovered > 0 && p.at() > recovered).reduce((a, b) -> b)
                    .map(p -> p.status() == 200).orElse(false);

            r.put("query_timeout_s", timeout).put("failure_limit_ms", limitMs).put("clients", CLIENTS)
                    .put("requests", samples.size()).put("statuses", statuses)
                    .put("neo4j_stop_seconds", Stats.round((goneAt - stopAt) / 1e9))
                    .put("neo4j_exit_code", exit.orElse(null))
                    .put("outage_seconds", Stats.round((upAt - goneAt) / 1e9))
                    .put("neo4j_restart_seconds", Stats.round((upAt - restartAt) / 1e9))
                    .put("recovery_after_restart_seconds", recovered < 0 ? null : Stats.round((recovered - upAt) / 1e9))
                    .put("recovery", recovery(restartAt, tcpAt, answeredAt, upAt, firstAnswerSeconds, allPlansSeconds))
                    .put("timeouts_504_after_restart", timeoutsAfterRestart)
                    .put("warming_statuses", counts(warming))
                    .put("in_flight_at_stop", inFlight.size())
                    .put("in_flight_statuses", counts(inFlight))
                    .put("outage_requests", outage.size()).put("outage_statuses", counts(outage))
                    .put("failed_requests", failing.size()).put("unclear_failures", unclear.size())
                    .put("client_timeouts", hung).put("max_failure_ms", Stats.round(maxFailMs))
                    .put("p99_failure_ms", Stats.ofLatencies(failing.stream().mapToLong(s -> s.end() - s.start()).toArray()).p99Ms())
                    .put("failures_over_limit", slow)
                    .put("requests_after_recovery", afterRecovery.size())
                    .put("errors_after_recovery", afterRecovery.stream().filter(s -> !s.ok()).count())
                    .put("ready_probes", probes.size())
                    .put("serve_restarted", !serve.process().isAlive() || serve.process().pid() != servePid)
                    .put("graph_before", before.json()).put("graph_after", after.json());
            r.put("statuses_by_phase", Map.of("before_stop", counts(beforeStop), "in_flight_at_stop", counts(inFlight),
                    "while_down", counts(outage), "after_restart", counts(afterRestart), "while_plans_warm_up", counts(warming),
                    "after_recovery", counts(afterRecovery)));
            List<Traffic.Sample> notable = failing.stream().filter(s -> unclear.contains(s) || s.millis() > limitMs).toList();
            if (!notable.isEmpty()) {
                r.put("failure_examples", notable.stream().limit(8).map(s -> String.format(Locale.ROOT, "%s -> %s after %.0f ms, started %.1f s %s the stop",
                        s.path(), s.failure() != null ? s.failure() : s.status() + (s.problemJson() ? " problem+json" : " not problem+json"),
                        s.millis(), Math.abs(s.start() - stopAt) / 1e9, s.start() < stopAt ? "before" : "after")).toList());
            }
            List<Traffic.Sample> lateFailures = afterRecovery.stream().filter(s -> !s.ok()).toList();
            if (!lateFailures.isEmpty()) {
                r.put("after_recovery_failures", lateFailures.stream().limit(8).map(s -> String.format(Locale.ROOT, "%s -> %s after %.0f ms",
                        s.path(), s.failure() != null ? s.failure() : String.valueOf(s.status()), s.millis())).toList());
            }

            r.check(!beforeStop.isEmpty() && beforeStop.stream().allMatch(Traffic.Sample::ok),
                    "before the stop every request succeeded (" + beforeStop.size() + ")");
            r.check(!outage.isEmpty() && outage.stream().allMatch(s -> s.status() == 503 && s.problemJson()),
                    "while the database was down every request got 503 problem+json (" + outage.size() + " requests, " + counts(outage) + ")");
            r.check(unclear.isEmpty(), "every failed request failed clearly: 503 problem+json, or 504 after the query timeout really passed ("
                    + unclear.size() + " did not)");
            r.check(slow == 0, String.format(Locale.ROOT, "every failure arrived within the query timeout + %.0f s = %.0f ms (max %.0f ms)",
                    MARGIN_SECONDS, limitMs, maxFailMs));
            r.check(hung == 0, "no request hung (" + hung + " past the " + ResilienceSettings.CLIENT_TIMEOUT.toSeconds() + " s client timeout)");
            r.check(readyBefore && notReadyDuring, "/ready was 200 before and turned 503 ready:false while the database was down");
            r.check(firstAnswerSeconds != null && firstAnswerSeconds <= FIRST_ANSWER_LIMIT.toMillis() / 1000.0, String.format(Locale.ROOT,
                    "the API answered 200 within %d s of Neo4j answering Bolt queries again (%s s; its port accepted connections %s s before that)",
                    FIRST_ANSWER_LIMIT.toSeconds(), firstAnswerSeconds, tcpAt < 0 ? "?" : Stats.round((answeredAt - tcpAt) / 1e9)));
            r.check(timeoutsAfterRestart == 0, "no request started after the restart ended in 504 (" + timeoutsAfterRestart + " did)");
            r.check(warming.stream().allMatch(s -> s.ok() || s.status() == 503 && s.problemJson()),
                    "while the plans were being prepared every request got 200 or 503 problem+json (" + counts(warming) + ")");
            r.check(warm > 0, "every query's plan was ready again (/ready 200) within " + RECOVERY_LIMIT.toSeconds()
                    + " s of Neo4j answering" + (warm > 0 ? " (" + allPlansSeconds + " s)" : ""));
            r.check(!afterRecovery.isEmpty() && afterRecovery.stream().allMatch(Traffic.Sample::ok),
                    "from then on every request succeeded (" + counts(afterRecovery) + ")");
            r.check(readyAfter, "/ready was 200 again after recovery");
            r.check(serve.process().isAlive() && serve.process().pid() == servePid, "serve was not restarted (pid " + servePid + ")");
            r.check(before.equals(after), "the graph survived the stop unchanged (" + after + ")");
        } finally {
            neo4j.close();
        }
        return r;
    }

    /** The restart's moments, in seconds: from the restart to the port opening and to the first Bolt answer, then from that answer on. */
    private static Map<String, Object> recovery(long restartAt, long tcpAt, long answeredAt, long upAt, Double firstAnswer, Double allPlans) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("bolt_port_open_after_restart_s", tcpAt < 0 ? null : Stats.round((tcpAt - restartAt) / 1e9));
        out.put("bolt_answers_after_restart_s", Stats.round((answeredAt - restartAt) / 1e9));
        out.put("neo4j_ready_line_after_restart_s", Stats.round((upAt - restartAt) / 1e9));
        out.put("first_200_after_bolt_answers_s", firstAnswer);
        out.put("first_200_limit_s", FIRST_ANSWER_LIMIT.toSeconds());
        out.put("all_plans_ready_after_bolt_answers_s", allPlans);
        return out;
    }

    private static Map<String, Long> counts(List<Traffic.Sample> samples) {
        Map<String, Long> out = new TreeMap<>();
        samples.forEach(s -> out.merge(s.failure() == null ? String.valueOf(s.status()) : "no answer", 1L, Long::sum));
        return out;
    }

    static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%s", seconds);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
