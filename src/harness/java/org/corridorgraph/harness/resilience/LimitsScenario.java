package org.corridorgraph.harness.resilience;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.Ports;
import org.corridorgraph.harness.ChildJvm;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.ParamBinder;
import org.corridorgraph.query.QueryParam;

/**
 * 5. Limits: URL and parameter sizes, row cap, query timeout, loopback only, CORS off, no writes,
 * and, when `serve --listen` exists, that it refuses a non-loopback address without auth.
 */
final class LimitsScenario {
    private static final ObjectMapper JSON = Json.mapper();
    static final String ORIGIN = "http://example.org";
    /** Requests that do real work, tried against a server with a 1 ms query timeout until one times out. */
    static final List<String> HEAVY = List.of(
            "/api/queries/neighbourhood?entity=Iran&depth=3", "/api/queries/neighbourhood?entity=Kazakhstan&depth=3",
            "/api/queries/routes?from=China&to=Iran&maxHops=10", "/api/queries/neighbourhood?entity=China&depth=3",
            "/api/queries/path?from=Japan&to=Astana&maxHops=8", "/api/queries/neighbourhood?entity=Russia&depth=3",
            "/api/queries/chokepoints?from=China&to=Iran", "/api/queries/timeline");

    private LimitsScenario() {
    }

    static ScenarioResult run(Context c) {
        ScenarioResult r = new ScenarioResult("limits");
        Launcher.Server s = c.shared();
        urlAndParameterSizes(c, s, r);
        rowsAndTimeout(c, s, r);
        loopbackOnly(c, s, r);
        corsOff(c, s, r);
        noWrites(c, s, r);
        listen(c, r);
        return r;
    }

    static void urlAndParameterSizes(Context c, Launcher.Server s, ScenarioResult r) {
        String mb = "A".repeat(1 << 20);
        Map<String, Object> huge = new LinkedHashMap<>();
        for (String path : List.of("/api/queries/memberships?entity=" + mb, "/api/ask?q=" + mb, "/api/entities/" + mb)) {
            Http.Answer a = c.http.get(s.base() + path);
            String key = path.substring(0, path.indexOf(mb) - 1);
            huge.put(key, a.answered() ? a.status() + " " + a.contentType() : a.failure());
            r.check(a.status() == 414 || a.status() == 400, "a 1 MB URL (" + key + "…) gets 414 or 400 (" + huge.get(key) + ")");
        }
        r.put("one_mb_url", huge);

        int over = 0;
        int named = 0;
        List<String> wrong = new ArrayList<>();
        for (CannedQuery q : c.catalogue.all()) {
            for (QueryParam p : q.params()) {
                Map<String, String> params = Requests.baseline(q);
                params.put(p.name(), "x".repeat(ParamBinder.MAX_VALUE_LENGTH + 1));
                Http.Answer a = c.http.get(s.base() + Requests.query(q.name(), params));
                over++;
                JsonNode body = json(a);
                if (a.status() == 400 && a.isProblemJson() && p.name().equals(body.path("parameter").asText())
                        && body.path("detail").asText().contains(p.name())) {
                    named++;
                } else {
                    wrong.add(q.name() + "." + p.name() + " -> " + a.status() + " " + body.path("detail").asText());
                }
            }
        }
        r.put("parameter_cap", ParamBinder.MAX_VALUE_LENGTH).put("over_cap_requests", over).put("over_cap_400_naming_it", named);
        r.check(over > 0 && named == over, "a value over " + ParamBinder.MAX_VALUE_LENGTH + " characters gets 400 naming the parameter, "
                + "for every parameter of every query (" + named + " of " + over + (wrong.isEmpty() ? "" : "; " + wrong.get(0)) + ")");
    }

    static void rowsAndTimeout(Context c, Launcher.Server s, ScenarioResult r) {
        c.say("limits: starting serve --uri --max-rows 5 and serve --uri --query-timeout 0.001 …");
        try (Launcher.Server capped = c.launcher.serveUri("serve-max-rows", s.boltPort(), List.of("--max-rows", "5"))) {
            JsonNode full = json(c.http.get(s.base() + "/api/queries/timeline"));
            Http.Answer a = c.http.get(capped.base() + "/api/queries/timeline");
            JsonNode cut = json(a);
            int fullRows = full.path("rows").size();
            r.put("rows_uncapped", fullRows).put("rows_capped", cut.path("rows").size())
                    .put("truncated", cut.path("truncated").asBoolean(false));
            r.check(a.status() == 200 && fullRows > 5 && cut.path("rows").size() == 5 && cut.path("truncated").asBoolean(false)
                            && !full.path("truncated").asBoolean(true),
                    "with --max-rows 5 a query of " + fullRows + " rows returns 5 and says truncated: true");
        }
        try (Launcher.Server hurried = c.launcher.serveUri("serve-timeout", s.boltPort(), List.of("--query-timeout", "0.001"))) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            String timedOut = null;
            String detail = null;
            boolean problem = false;
            boolean other5xx = false;
            for (int round = 0; round < 5 && timedOut == null; round++) {
                for (String path : HEAVY) {
                    Http.Answer a = c.http.get(hurried.base() + path);
                    seen.merge(a.status() + "", 1, Integer::sum);
                    other5xx |= a.status() >= 500 && a.status() != 504 || !a.answered();
                    if (a.status() == 504 && timedOut == null) {
                        timedOut = path;
                        problem = a.isProblemJson();
                        detail = json(a).path("detail").asText();
                    }
                }
            }
            r.put("timeout_statuses", seen).put("timed_out_request", timedOut).put("timeout_detail", detail);
            r.check(timedOut != null && problem && detail.contains("did not finish"),
                    "with --query-timeout 0.001 a heavy query gets 504 problem+json (" + timedOut + ": " + detail + ")");
            r.check(!other5xx, "the timed-out server gave no other 5xx (" + seen + ")");
        }
    }

    static void loopbackOnly(Context c, Launcher.Server s, ScenarioResult r) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("api", s.port());
        ports.put("bolt", s.boltPort());
        ports.put("neo4j-http", s.httpPort());
        Map<String, Object> listeners = new LinkedHashMap<>();
        boolean allLoopback = true;
        boolean sawAny = false;
        for (var e : ports.entrySet()) {
            List<Loopback.Listener> found = Loopback.listeners(e.getValue());
            listeners.put(e.getKey(), found.stream().map(Loopback.Listener::toString).toList());
            sawAny |= !found.isEmpty();
            allLoopback &= found.stream().allMatch(Loopback.Listener::loopback);
        }
        List<InetAddress> own = Loopback.ownNonLoopbackAddresses();
        List<String> accepted = new ArrayList<>();
        for (InetAddress address : own) {
            for (var e : ports.entrySet()) {
                if (Loopback.accepts(address, e.getValue())) {
                    accepted.add(e.getKey() + " on " + address.getHostAddress());
                }
            }
        }
        r.put("listeners", listeners).put("non_loopback_addresses", own.stream().map(InetAddress::getHostAddress).toList())
                .put("accepted_on_non_loopback", accepted);
        r.check(allLoopback && (sawAny || !own.isEmpty()), "our API, Bolt and Neo4j's HTTP listen on loopback only " + listeners);
        r.check(accepted.isEmpty(), "a connection on this machine's non-loopback addresses " + own.stream()
                .map(InetAddress::getHostAddress).toList() + " is refused" + (own.isEmpty() ? " (none found: only the /proc check applies)" : "")
                + (accepted.isEmpty() ? "" : ": accepted " + accepted));
    }

    static void corsOff(Context c, Launcher.Server s, ScenarioResult r) {
        List<String> allowed = new ArrayList<>();
        int asked = 0;
        for (String path : List.of("/api/queries/memberships?entity=Iran", "/api/ask?q=" + Requests.encode(c.valid.isEmpty() ? "x"
                : "what is Kazakhstan a member of"), "/api/queries", "/api/entities?q=iran", "/health", "/ready", "/openapi.json",
                "/guide", "/style.grass")) {
            for (String method : List.of("GET", "OPTIONS")) {
                Map<String, String> headers = method.equals("GET") ? Map.of("Origin", ORIGIN)
                        : Map.of("Origin", ORIGIN, "Access-Control-Request-Method", "GET");
                Http.Answer a = c.http.send(method, s.base() + path, headers);
                asked++;
                String allow = a.header("Access-Control-Allow-Origin");
                if (allow != null || a.header("Access-Control-Allow-Credentials") != null) {
                    allowed.add(method + " " + path + " -> Access-Control-Allow-Origin: " + allow);
                }
            }
        }
        r.put("cors_requests", asked).put("cors_allowed", allowed);
        r.check(allowed.isEmpty(), "CORS is off: no Access-Control-Allow-Origin for Origin " + ORIGIN + " on " + asked
                + " requests (GET and preflight)" + (allowed.isEmpty() ? "" : ": " + allowed));
    }

    static void noWrites(Context c, Launcher.Server s, ScenarioResult r) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/api/queries", "/api/queries/memberships?entity=Iran", "/api/ask?q=trade", "/api/entities",
                "/api/entities/Iran", "/api/queries/routes")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                Http.Answer a = c.http.send(method, s.base() + path, Map.of("Content-Type", "application/json"));
                statuses.merge(String.valueOf(a.status()), 1, Integer::sum);
                if (a.status() != 404 && a.status() != 405) {
                    wrong.add(method + " " + path + " -> " + (a.answered() ? a.status() : a.failure()));
                }
            }
        }
        GraphChecksum.Snapshot now = c.checksum(s.boltPort());
        GraphChecksum.Snapshot baseline = c.sharedBaseline();
        r.put("write_method_statuses", statuses).put("graph_at_start", baseline.json()).put("graph_now", now.json());
        r.check(wrong.isEmpty(), "POST, PUT, DELETE and PATCH on /api/... get 404 or 405 " + statuses + (wrong.isEmpty() ? "" : ": " + wrong));
        r.check(baseline.equals(now), "no endpoint wrote: the graph equals the one serve started with, after every scenario on it ("
                + now + ")");
    }

    /** Only when `serve --help` shows --listen: it must refuse a non-loopback address without auth, never serve on it. */
    static void listen(Context c, ScenarioResult r) {
        ChildJvm help = c.launcher.start("serve-help", "256m", List.of("serve", "--help"));
        help.waitFor(Duration.ofSeconds(60));
        boolean hasListen = help.output().contains("--listen");
        r.put("serve_has_listen_option", hasListen);
        if (!hasListen) {
            return;
        }
        Optional<InetAddress> address = Loopback.ownNonLoopbackAddresses().stream().filter(a -> a.getAddress().length == 4).findFirst();
        if (address.isEmpty()) {
            r.put("listen_check", "skipped: this machine has no non-loopback IPv4 address");
            return;
        }
        ChildJvm refused = c.launcher.start("serve-listen-no-auth", "512m", List.of("serve", "--no-auth", "--listen",
                address.get().getHostAddress(), "--port", String.valueOf(Ports.free()), "--bolt-port", String.valueOf(Ports.free()),
                "--neo4j-http-port", String.valueOf(Ports.free()), "--data-dir", c.work.resolve("listen-store").toString()));
        boolean served = refused.awaitLine("is serving|Neo4j is running", Duration.ofSeconds(120)).isPresent();
        if (served) {
            refused.kill();
        }
        Optional<Integer> exit = refused.waitFor(Duration.ofSeconds(60));
        if (exit.isEmpty()) {
            refused.kill();
        }
        List<String> lines = refused.output().lines().filter(l -> !l.isBlank()).toList();
        List<String> errors = lines.stream().filter(l -> l.startsWith("error:")).toList();
        boolean trace = lines.stream().anyMatch(l -> l.startsWith("\tat ") || l.contains("Exception in thread"));
        r.put("listen_exit_code", exit.orElse(null)).put("listen_message", errors);
        r.check(!served && exit.isPresent() && exit.get() != 0 && errors.size() == 1 && !trace
                        && errors.get(0).toLowerCase(java.util.Locale.ROOT).matches(".*(auth|password).*"),
                "serve --listen " + address.get().getHostAddress() + " without auth refuses to start with one clear message (exit "
                        + exit.orElse(null) + ": " + errors + ")");
    }

    private static JsonNode json(Http.Answer a) {
        try {
            return a.body() == null ? JSON.createObjectNode() : JSON.readTree(a.body());
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }
}
