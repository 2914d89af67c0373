package org.corridorgraph.harness.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.harness.Stats;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryParam;

/**
 * 3. Hostile input: every generated value goes to every canned query (as one of its parameters,
 * repeated, as an unknown parameter, or as the format) and to /api/ask and the entity endpoints.
 * Every answer must be 2xx, or 4xx with a problem+json body; never 5xx, never no answer.
 */
public final class HostileInputScenario {
    private static final ObjectMapper JSON = Json.mapper();
    /** Examples kept for each kind of failure (a status and content type, or no answer). */
    private static final int EXAMPLES_KEPT = 4;
    /** Twice the server's 8 KB header cap: such a request is refused, and the client may see a reset, not the 414. */
    static final int OVERSIZE = 16 * 1024;

    /** How many requests went out, and what came back. */
    public record Outcome(long values, long requests, Map<String, Long> statuses, long fiveHundreds, long notProblemJson,
                          long noAnswer, long cutOff, long stackTraces, boolean timeUp, Map<String, List<String>> examples, Map<String, Long> byTarget) {
        public boolean clean() {
            return fiveHundreds == 0 && notProblemJson == 0 && noAnswer == 0 && stackTraces == 0;
        }
    }

    private HostileInputScenario() {
    }

    static ScenarioResult run(Context c) {
        ScenarioResult r = new ScenarioResult("hostile-input");
        Launcher.Server server = c.shared();
        GraphChecksum.Snapshot before = c.checksum(server.boltPort());
        List<String> values = new HostileValues(20_251_211L).generate(c.settings.inputs());
        List<Target> targets = targets(c.catalogue);
        c.say("hostile-input: " + values.size() + " generated values × " + targets.size() + " targets (every query, /api/ask, "
                + "/api/entities) with " + c.settings.hostileClients() + " clients …");
        long started = System.nanoTime();
        Outcome o = send(c.http, server.base(), values, targets, targets.size(), c.settings.hostileClients(),
                c.settings.hostileSeconds().toNanos());
        double wall = (System.nanoTime() - started) / 1e9;
        Http.Answer health = c.http.get(server.base() + "/health");
        GraphChecksum.Snapshot after = c.checksum(server.boltPort());

        r.put("generated_inputs", o.values()).put("targets", targets.size()).put("requests", o.requests())
                .put("seconds", Stats.round(wall)).put("statuses", o.statuses()).put("server_errors_5xx", o.fiveHundreds())
                .put("4xx_without_problem_json", o.notProblemJson()).put("no_answer", o.noAnswer())
                .put("cut_off_over_url_cap", o.cutOff())
                .put("stack_traces", o.stackTraces()).put("requests_by_target", o.byTarget())
                .put("graph_before", before.json()).put("graph_after", after.json());
        if (!o.examples().isEmpty()) {
            r.put("examples", o.examples());
        }
        r.check(!o.timeUp(), "all " + values.size() + " values went to all " + targets.size() + " targets within "
                + c.settings.hostileSeconds().toSeconds() + " s (" + o.requests() + " requests)");
        r.check(o.values() >= Math.min(10_000, c.settings.inputs()), "at least " + Math.min(10_000, c.settings.inputs())
                + " generated values were sent (" + o.values() + ")");
        r.check(o.fiveHundreds() == 0, "never a 5xx (" + o.fiveHundreds() + ")");
        r.check(o.notProblemJson() == 0, "every 4xx is application/problem+json (" + o.notProblemJson() + " were not)");
        r.check(o.noAnswer() == 0, "every request within the URL cap was answered (" + o.noAnswer() + " were not; "
                + o.cutOff() + " of " + OVERSIZE / 1024 + " KB or more were refused and cut off)");
        r.check(o.stackTraces() == 0, "no answer shows a stack trace (" + o.stackTraces() + ")");
        r.check(health.status() == 200, "the server is still up afterwards (/health " + health.status() + ")");
        r.check(before.equals(after), "the graph is unchanged: " + after);
        c.say(String.format("hostile-input: %d requests in %.0f s, statuses %s", o.requests(), wall, o.statuses()));
        return r;
    }

    /** Where a value can go: a canned query's parameter, /api/ask's question, entity search, an entity's name. */
    public record Target(String kind, CannedQuery query, QueryParam param) {
        String label() {
            return query != null ? query.name() + (param == null ? "" : "." + param.name()) : kind;
        }
    }

    public static List<Target> targets(QueryCatalogue catalogue) {
        List<Target> targets = new ArrayList<>();
        for (CannedQuery q : catalogue.all()) {
            targets.add(new Target("query", q, null)); // the value goes to each of its parameters in turn
        }
        targets.add(new Target("ask", null, null));
        targets.add(new Target("entities", null, null));
        targets.add(new Target("entity", null, null));
        return targets;
    }

    /** The request for value number I of V sent to T: one of five shapes, chosen by I. */
    public static String path(Target t, String v, int i) {
        int shape = i % 5;
        String e = Requests.encode(v);
        switch (t.kind()) {
            case "ask":
                return "/api/ask?q=" + e + switch (shape) {
                    case 2 -> "&q=" + e;
                    case 3 -> "&" + e + "=1";
                    case 4 -> "&format=" + e;
                    default -> "";
                };
            case "entities":
                return "/api/entities?q=" + e + (shape == 2 ? "&q=" + e : "");
            case "entity":
                return "/api/entities/" + e;
            default:
                break;
        }
        CannedQuery q = t.query();
        Map<String, String> params = Requests.baseline(q);
        if (q.params().isEmpty()) {
            return Requests.query(q.name(), params) + (params.isEmpty() ? "?" : "&") + e + "=" + e;
        }
        QueryParam p = q.params().get((i / 5) % q.params().size());
        params.remove(p.name());
        String base = Requests.query(q.name(), params);
        String sep = base.contains("?") ? "&" : "?";
        String own = Requests.encode(p.name()) + "=" + e;
        return base + sep + switch (shape) {
            case 2 -> own + "&" + own;
            case 3 -> own + "&" + e + "=" + e;
            case 4 -> own + "&format=" + e;
            default -> own;
        };
    }

    /**
     * Sends each value to PER_VALUE targets (all of them when PER_VALUE is their number; otherwise the next ones in turn),
     * CLIENTS at a time, until done or LIMIT nanoseconds pass.
     */
    public static Outcome send(Http http, String base, List<String> values, List<Target> targets, int perValue, int clients,
                               long limitNanos) {
        long total = (long) values.size() * perValue;
        AtomicLong next = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        Map<String, Long> statuses = new ConcurrentHashMap<>();
        Map<String, Long> byTarget = new ConcurrentHashMap<>();
        AtomicLong fiveHundreds = new AtomicLong();
        AtomicLong notProblem = new AtomicLong();
        AtomicLong noAnswer = new AtomicLong();
        AtomicLong cutOff = new AtomicLong();
        AtomicLong traces = new AtomicLong();
        Map<String, ConcurrentLinkedQueue<String>> examples = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + limitNanos;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long n = next.getAndIncrement();
                    if (n >= total) {
                        return;
                    }
                    int vi = (int) (n / perValue);
                    Target t = targets.get((int) (((long) vi * perValue + n % perValue) % targets.size()));
                    String value = values.get(vi);
                    String path = path(t, value, vi);
                    Http.Answer a = http.get(base + path);
                    sent.incrementAndGet();
                    byTarget.merge(t.label().replaceAll("\\..*", ""), 1L, Long::sum);
                    String problem = null;
                    String kind = null;
                    if (!a.answered() && !a.timedOut() && path.length() > OVERSIZE) {
                        // the server answers 414 and closes while the client is still sending megabytes; the
                        // reset can overtake the answer on the client's side (as with any server that caps requests)
                        cutOff.incrementAndGet();
                        statuses.merge("cut off (over the URL cap)", 1L, Long::sum);
                    } else if (!a.answered()) {
                        noAnswer.incrementAndGet();
                        statuses.merge("no answer", 1L, Long::sum);
                        kind = "no answer";
                        problem = a.failure();
                    } else {
                        statuses.merge(String.valueOf(a.status()), 1L, Long::sum);
                        if (a.status() >= 500) {
                            fiveHundreds.incrementAndGet();
                            kind = String.valueOf(a.status());
                            problem = shorten(a.body());
                        } else if (a.status() >= 400 && !problemJson(a)) {
                            notProblem.incrementAndGet();
                            kind = a.status() + " " + a.contentType();
                            problem = "not problem+json";
                        }
                        if (a.body() != null && (a.body().contains("\tat ") || a.body().contains("Exception:"))) {
                            traces.incrementAndGet();
                            kind = "stack trace";
                            problem = a.status() + " " + shorten(a.body());
                        }
                    }
                    if (kind != null) {
                        ConcurrentLinkedQueue<String> kept = examples.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>());
                        if (kept.size() < EXAMPLES_KEPT) {
                            kept.add(t.label() + " value " + describe(value) + " (URL " + (base.length() + path.length())
                                    + " chars, GET " + shorten(path) + "): " + problem);
                        }
                    }
                }
            }, "hostile-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000) + ResilienceSettings.CLIENT_TIMEOUT.toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Outcome(Math.min(values.size(), sent.get() / perValue), sent.get(), new TreeMap<>(statuses), fiveHundreds.get(), notProblem.get(),
                noAnswer.get(), cutOff.get(), traces.get(), sent.get() < total, copy(examples), new TreeMap<>(byTarget));
    }

    private static Map<String, List<String>> copy(Map<String, ConcurrentLinkedQueue<String>> examples) {
        Map<String, List<String>> out = new TreeMap<>();
        examples.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** A 4xx must say application/problem+json and carry a JSON body with the same status. */
    static boolean problemJson(Http.Answer a) {
        if (!a.isProblemJson() || a.body() == null) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(a.body());
            return body.path("status").asInt() == a.status() && body.hasNonNull("title");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A value as printable ASCII, shortened: for reports, never the raw control characters. */
    static String describe(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().limit(40).forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\') {
                out.append((char) cp);
            } else {
                out.append(cp > 0xFFFF ? String.format("\\u{%X}", cp) : String.format("\\u%04X", cp));
            }
        });
        out.append(value.length() > 40 ? "…\" (" + value.length() + " chars)" : "\"");
        return out.toString();
    }

    private static String shorten(String body) {
        if (body == null) {
            return "";
        }
        String one = body.replaceAll("\\s+", " ");
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }
}
