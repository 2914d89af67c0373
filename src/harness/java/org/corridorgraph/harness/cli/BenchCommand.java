package org.corridorgraph.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.cli.ExitCodes;
import org.corridorgraph.cli.InputOptions;
import org.corridorgraph.cli.Version;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.bench.AskBench;
import org.corridorgraph.harness.bench.BenchQuery;
import org.corridorgraph.harness.bench.BenchQuestion;
import org.corridorgraph.harness.bench.BenchServer;
import org.corridorgraph.harness.bench.ColdStart;
import org.corridorgraph.harness.bench.Comparison;
import org.corridorgraph.harness.bench.Machine;
import org.corridorgraph.harness.bench.Report;
import org.corridorgraph.harness.bench.ScaleBench;
import org.corridorgraph.harness.bench.Systems;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.CypherLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures our HTTP layer against Neo4j's Query API and the raw driver on one embedded server,
 * {@code /api/ask} on the same server against {@code memberships}, and serve's cold start and memory;
 * with --scale, import and query cost on synthetic corpora.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: our API vs Neo4j's Query API vs the driver (same server, same Cypher), /api/ask's questions against",
                "memberships on the same server, serve's cold start and memory;",
                "with --scale, import throughput, heap and query latency on synthetic corpora. Writes target/bench/results.json."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--requests", paramLabel = "N", defaultValue = "2000", description = "measured requests per cell (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "300", description = "warm-up requests before each cell (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--clients", paramLabel = "N,N", split = ",", defaultValue = "1,16", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--queries", paramLabel = "Q,Q", split = ",", defaultValue = "routes,memberships,neighbourhood",
            description = "which benchmark queries (default: ${DEFAULT-VALUE})")
    List<String> queries;

    @Option(names = "--systems", paramLabel = "S,S", split = ",", defaultValue = "ours,ours-cached,query-api,driver",
            description = "which systems (default: ${DEFAULT-VALUE})")
    List<String> systems;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "120", description = "time cap of one cell (default: ${DEFAULT-VALUE})")
    int maxSeconds;

    @Option(names = "--no-cold-start", description = "skip serve's cold start and memory")
    boolean noColdStart;

    @Option(names = "--cold-start-only", description = "measure only serve's cold start and memory; other figures in the results file are kept")
    boolean coldStartOnly;

    @Option(names = "--cold-start-runs", paramLabel = "N", defaultValue = "5",
            description = "starts on a fresh and on an imported store each, after the jar's first start (default: ${DEFAULT-VALUE})")
    int coldStartRuns;

    @Option(names = "--no-diagnostics", description = "skip the breakdown of our per-request time")
    boolean noDiagnostics;

    @Option(names = "--ask-requests", paramLabel = "N", defaultValue = "500",
            description = "measured /api/ask requests per question, and for the memberships baseline beside them (default: ${DEFAULT-VALUE})")
    int askRequests;

    @Option(names = "--ask-warmup", paramLabel = "N", defaultValue = "100", description = "warm-up requests per question (default: ${DEFAULT-VALUE})")
    int askWarmup;

    @Option(names = "--no-ask", description = "skip /api/ask's questions and their ratio to memberships")
    boolean noAsk;

    @Option(names = "--out", paramLabel = "FILE", description = "results file (default: target/bench/results.json); other sections already in it are kept")
    Path out;

    @Option(names = "--scale", description = "instead: synthetic corpora of --sizes relationships; import throughput, heap, query latency")
    boolean scale;

    @Option(names = "--sizes", paramLabel = "N,N", split = ",", defaultValue = "10000,100000,1000000",
            description = "relationships per synthetic corpus (default: ${DEFAULT-VALUE})")
    List<Long> sizes;

    @Option(names = "--scale-heap", paramLabel = "SIZE", defaultValue = "14g", description = "-Xmx of each scale JVM (default: ${DEFAULT-VALUE})")
    String scaleHeap;

    @Option(names = "--scale-minutes", paramLabel = "M", defaultValue = "20", description = "time limit of one size (default: ${DEFAULT-VALUE})")
    int scaleMinutes;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter log = spec.commandLine().getOut();
        ObjectMapper mapper = Json.mapper();
        validate();
        Path file = out == null ? Report.DEFAULT_FILE : out;
        Map<String, Object> results = Report.read(mapper, file);
        if (scale) {
            String key = "scale";
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("sizes", sizes);
            settings.put("child_heap", scaleHeap);
            settings.put("limit_minutes", scaleMinutes);
            settings.put("machine", Machine.describe());
            List<Map<String, Object>> scaleResults = new ScaleBench(mapper, log, scaleHeap, Duration.ofMinutes(scaleMinutes),
                    input.arguments()).run(sizes);
            settings.put("load_average_at_end", Machine.loadAverage());
            results.put(key + "_settings", settings);
            results.put(key, merged(results.get(key), scaleResults));
            Report.write(mapper, file, results);
            scaleTable(log, scaleResults);
            log.println("written: " + file);
            log.flush();
            return ExitCodes.OK;
        }

        if (!coldStartOnly) {
            compare(mapper, results, log);
        }
        if (!noColdStart) {
            log.println();
            log.println("cold start: serve in a child process, spawn to the first 200 from /api/queries/memberships?entity=Kazakhstan; "
                    + coldStartRuns + " runs each on a fresh and an imported store after the jar's first start");
            log.flush();
            ColdStart.Outcome cold = new ColdStart(Path.of("").toAbsolutePath(), input.arguments(), coldStartRuns,
                    Duration.ofSeconds(300)).measure(log);
            Map<String, Object> coldJson = new LinkedHashMap<>();
            coldJson.put("machine", Machine.describe());
            coldJson.put("launcher", cold.launcher());
            coldJson.put("fresh_median_ms", cold.medianMs("fresh"));
            coldJson.put("imported_median_ms", cold.medianMs("imported"));
            coldJson.put("fresh_rss_after_load_median_mb", cold.medianRssAfterLoadMb("fresh"));
            coldJson.put("imported_rss_after_load_median_mb", cold.medianRssAfterLoadMb("imported"));
            coldJson.put("memory_after_load", cold.memory());
            log.printf("  median: fresh %.0f ms, imported %.0f ms; RSS after a burst: fresh %.0f MB, imported %.0f MB%n",
                    cold.medianMs("fresh"), cold.medianMs("imported"), cold.medianRssAfterLoadMb("fresh"), cold.medianRssAfterLoadMb("imported"));
            log.println("  memory after a burst: " + cold.memory());
            log.flush();
            results.put("coldStart_ms", cold.medianMs("fresh"));
            results.put("coldStart_warm_store_ms", cold.medianMs("imported"));
            results.put("rss_after_load_mb", Math.max(cold.medianRssAfterLoadMb("fresh"), cold.medianRssAfterLoadMb("imported")));
            results.put("cold_start", coldJson);
            results.put("cold_starts", cold.starts().stream().map(ColdStart.Start::json).toList());
            results.remove("rss_mb");
        }
        results.put("load_average_at_end", Machine.loadAverage());
        results.put("targets", targets(results));
        Report.write(mapper, file, results);
        log.println();
        targetsText(log, results);
        log.println("written: " + file);
        log.flush();
        return ExitCodes.OK;
    }

    /** Ours, the Query API and the driver on one embedded server; the figures go into results. */
    private void compare(ObjectMapper mapper, Map<String, Object> results, PrintWriter log) {
        CypherLibrary cypher = input.cypherLibrary();
        results.put("machine", Machine.describe());
        Comparison.Settings settings = new Comparison.Settings(queries.stream().map(BenchQuery::standard).toList(), clients, systems,
                requests, warmup, Duration.ofSeconds(maxSeconds), !noDiagnostics);
        log.println("bench: " + requests + " requests per cell after " + warmup + " warm-up, clients " + clients + ", cap "
                + maxSeconds + " s per cell; one embedded Neo4j, seed data imported");
        log.flush();
        Comparison.Outcome outcome;
        AskBench.Settings askSettings = new AskBench.Settings(BenchQuestion.STANDARD, askRequests, askWarmup, Duration.ofSeconds(maxSeconds));
        AskBench.Outcome ask = null;
        Map<String, Object> askMachine = null;
        try (BenchServer server = BenchServer.start(input.inputs(), Version.current(), new PrintWriter(java.io.Writer.nullWriter()))) {
            log.println("  ours: " + server.ourBaseUrl() + "   Query API: " + server.queryApiUrl());
            log.flush();
            outcome = new Comparison(server, mapper, cypher, log).run(settings);
            if (!noAsk) {
                log.println();
                log.println("ask: " + BenchQuestion.STANDARD.size() + " questions to /api/ask and " + AskBench.BASELINE.ourPath()
                        + " on the same server, 1 client, " + askRequests + " requests each after " + askWarmup
                        + " warm-up, in " + AskBench.ROUNDS + " interleaved rounds");
                log.flush();
                askMachine = Machine.describe();
                ask = new AskBench(server, mapper, log).run(askSettings);
                askMachine.put("load_average_at_end", Machine.loadAverage());
            }
        }
        List<Map<String, Object>> entries = outcome.entries().stream().map(Comparison.Entry::json).toList();
        Map<String, Object> settingsJson = new LinkedHashMap<>();
        settingsJson.put("requests_per_cell", requests);
        settingsJson.put("warmup_per_cell", warmup);
        settingsJson.put("clients", clients);
        settingsJson.put("max_seconds_per_cell", maxSeconds);
        settingsJson.put("queries", settings.queries());
        results.put("settings", settingsJson);
        results.put("entries", entries);
        results.put("ratios", Report.ratios(outcome.entries()));
        results.put("checks", outcome.checks());
        results.put("diagnostics", outcome.diagnostics());
        log.println();
        Report.table(log, outcome.entries());
        if (ask != null) {
            AskBench.Outcome asked = ask;
            Map<String, Object> askJson = new LinkedHashMap<>();
            askJson.put("machine", askMachine);
            askJson.putAll(asked.json(askSettings));
            // the comparison's own memberships (ours, 1 client) of this run, as a cross-check of the baseline
            outcome.entries().stream().filter(e -> e.query().equals(AskBench.BASELINE.key()) && e.clients() == 1
                    && e.system().equals(Systems.OURS)).findFirst().ifPresent(e -> {
                        askJson.put("memberships_p50_ms_in_comparison", e.stats().p50Ms());
                        askJson.put("p50_ask_over_comparison_memberships", Report.ratio(asked.ask().p50Ms(), e.stats().p50Ms()));
                    });
            results.put("ask", askJson);
            log.println();
            Report.askTable(log, asked);
            if (askJson.get("p50_ask_over_comparison_memberships") != null) {
                log.println("cross-check: against the comparison's memberships (ours, 1 client, " + askJson.get("memberships_p50_ms_in_comparison")
                        + " ms p50) the ratio is " + askJson.get("p50_ask_over_comparison_memberships") + "x");
            }
            log.println("machine: " + machineLine(askMachine));
            log.flush();
        }
    }

    /** The line the docs quote: CPUs, CPU model, memory, Java, and the load averages (1, 5, 15 min) at the start and end of the ask phase. */
    static String machineLine(Map<String, Object> m) {
        return m.get("cpus") + " CPUs (" + m.get("cpu_model") + "), " + m.get("memory_total_gb") + " GB RAM, " + m.get("java")
                + "; load average " + m.get("load_average_at_start") + " at the start of ask, " + m.get("load_average_at_end") + " at its end";
    }

    /** Earlier results of other sizes are kept; a size measured again replaces its entry. Ordered by size. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> merged(Object earlier, List<Map<String, Object>> now) {
        Map<Long, Map<String, Object>> bySize = new java.util.TreeMap<>();
        if (earlier instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("size") instanceof Number n) {
                    bySize.put(n.longValue(), (Map<String, Object>) m);
                }
            }
        }
        now.forEach(m -> bySize.put(((Number) m.get("size")).longValue(), m));
        return new ArrayList<>(bySize.values());
    }

    private void validate() {
        if (coldStartRuns < 1) {
            throw new HarnessException("--cold-start-runs must be positive", "for example: --cold-start-runs 5");
        }
        if (askRequests < 1 || askWarmup < 0) {
            throw new HarnessException("--ask-requests must be positive and --ask-warmup not negative", "for example: --ask-requests 500 --ask-warmup 100");
        }
        if (requests < 1 || warmup < 0 || maxSeconds < 1 || clients.stream().anyMatch(c -> c < 1 || c > 512)) {
            throw new HarnessException("--requests, --warmup, --clients and --max-seconds must be positive (clients at most 512)",
                    "for example: bench --requests 2000 --warmup 300 --clients 1,16");
        }
        for (String s : systems) {
            if (!Systems.ALL.contains(s)) {
                throw new HarnessException("no system named " + s, "use " + String.join(", ", Systems.ALL));
            }
        }
        if (sizes.stream().anyMatch(s -> s < 1000 || s > 100_000_000)) {
            throw new HarnessException("--sizes must be between 1000 and 100000000 relationships", "for example: --sizes 10000,100000");
        }
    }

    /** Each issue target, met or missed, from the figures just measured. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> targets(Map<String, Object> results) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Map<String, Object>> ratios = results.get("ratios") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        for (Map<String, Object> r : ratios) {
            String where = r.get("query") + " at " + r.get("clients") + " client(s)";
            target(out, "ours <= 1.0x Query API p50, " + where, r.get("p50_ours_over_query_api"), 1.0);
            target(out, "ours <= 1.0x Query API p99, " + where, r.get("p99_ours_over_query_api"), 1.0);
            target(out, "ours <= 1.5x driver p50, " + where, r.get("p50_ours_over_driver"), 1.5);
            target(out, "ours <= 1.5x driver p99, " + where, r.get("p99_ours_over_driver"), 1.5);
        }
        if (results.get("ask") instanceof Map<?, ?> ask) {
            target(out, "ask p50 <= 5x memberships p50 (1 client, same rounds)", ask.get("p50_ask_over_memberships"), AskBench.LIMIT);
        }
        if (results.get("coldStart_ms") instanceof Number cold) {
            target(out, "cold start <= 8 s (fresh store, import included; median), ms", cold, 8000);
        }
        if (results.get("coldStart_warm_store_ms") instanceof Number warm) {
            target(out, "cold start <= 5 s (imported store; median), ms", warm, 5000);
        }
        if (results.get("rss_after_load_mb") instanceof Number rss) {
            target(out, "RSS after a burst <= 800 MB (default launcher), MB", rss, 800);
        }
        return out;
    }

    private static void target(List<Map<String, Object>> out, String what, Object value, double limit) {
        if (!(value instanceof Number n)) {
            return;
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("target", what);
        t.put("value", n);
        t.put("limit", limit);
        t.put("met", n.doubleValue() <= limit);
        out.add(t);
    }

    @SuppressWarnings("unchecked")
    private static void targetsText(PrintWriter log, Map<String, Object> results) {
        log.println("targets:");
        for (Map<String, Object> t : (List<Map<String, Object>>) results.get("targets")) {
            log.printf("  %-4s %-62s %s (limit %s)%n", Boolean.TRUE.equals(t.get("met")) ? "met" : "MISS", t.get("target"), t.get("value"), t.get("limit"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void scaleTable(PrintWriter log, List<Map<String, Object>> results) {
        log.println();
        log.printf("%-10s %-9s %10s %12s %12s %10s %12s%n", "size", "finished", "rels", "import s", "rels/s", "heap MB", "prepare s");
        for (Map<String, Object> r : results) {
            log.printf("%-10s %-9s %10s %12s %12s %10s %12s%n", r.get("size"), r.get("finished"), r.getOrDefault("relationships", "-"),
                    r.getOrDefault("import_s", "-"), r.getOrDefault("import_relationships_per_s", "-"),
                    r.getOrDefault("heap_peak_during_import_mb", "-"), r.getOrDefault("prepare_s", "-"));
            if (r.get("reason") != null) {
                log.println("    " + r.get("reason"));
            }
            if (r.get("queries") instanceof List<?> qs) {
                for (Object o : qs) {
                    Map<String, Object> q = (Map<String, Object>) o;
                    log.printf("    %-48s p50 %9s ms  p99 %9s ms  rows %5s  db hits %10s%s%n", q.get("query"), q.getOrDefault("p50_ms", "-"),
                            q.getOrDefault("p99_ms", "-"), q.getOrDefault("rows", "-"), q.getOrDefault("db_hits", "-"),
                            q.get("error") == null ? "" : "  " + q.get("error"));
                }
            }
        }
        log.flush();
    }
}
