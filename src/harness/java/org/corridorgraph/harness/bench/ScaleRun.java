package org.corridorgraph.harness.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.app.Application;
import org.corridorgraph.app.BrowserEndpoints;
import org.corridorgraph.app.Inputs;
import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.graph.SchemaInstaller;
import org.corridorgraph.harness.Stats;
import org.corridorgraph.harness.SyntheticCorpus;
import org.corridorgraph.importer.ImportSummary;
import org.corridorgraph.importer.GenerationImport;
import org.corridorgraph.importer.ImportProgress;
import org.corridorgraph.importer.Importer;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.BoundParams;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.ParamBinder;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryException;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * One size of the scale benchmark, in this JVM: generate the synthetic corpus, run the real import
 * pipeline on it (prepare: read and validate; then serve's import into an embedded store: a new
 * generation built in batched transactions and swapped in), then time canned queries through our
 * QueryRunner. Heap is sampled through the import.
 */
public final class ScaleRun {
    /** Routes, path, memberships, neighbourhood, search and said: each at most this many timed runs, and this long. */
    static final int QUERY_RUNS = 200;
    static final int QUERY_WARMUP = 20;
    static final Duration QUERY_CAP = Duration.ofSeconds(60);
    /** Long enough to see how slow a query really is; serve's default is 5 s. */
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper mapper;
    private final CypherLibrary cypher;
    private final String schemaJson;
    private final PrintWriter log;
    private final long started = System.nanoTime();

    public ScaleRun(ObjectMapper mapper, CypherLibrary cypher, String schemaJson, PrintWriter log) {
        this.mapper = mapper;
        this.cypher = cypher;
        this.schemaJson = schemaJson;
        this.log = log;
    }

    /** Which import the run measures: serve's on an embedded store, or the one transaction that --uri gets. */
    public enum ImportPath { GENERATION, ONE_TRANSACTION }

    public Map<String, Object> run(long size, Path dir, ImportPath path) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("size", size);
        out.put("import_path", path.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1024 / 1024);

        phase("generate " + size + " relationships");
        long t = System.nanoTime();
        SyntheticCorpus.Generated corpus = new SyntheticCorpus(mapper, 42).generate(dir.resolve("input"), size, schemaJson);
        out.put("generate_s", seconds(t));
        out.put("corpus", corpus.json());

        HeapSampler heap = HeapSampler.start();
        phase("prepare: read " + corpus.articles() + " articles, validate " + (corpus.articleStatements() + corpus.backgroundStatements())
                + " statements");
        t = System.nanoTime();
        PreparedImport prepared = PreparedImport.prepare(new ProjectFolder(corpus.seedData(), corpus.seedData().toString()),
                corpus.corpus(), mapper);
        out.put("prepare_s", seconds(t));
        out.put("heap_after_prepare_mb", heap.usedAfterGc());

        phase("start the embedded store");
        t = System.nanoTime();
        // serve's own settings and path: an empty live store, then the import builds a new generation and swaps it in
        EmbeddedNeo4j.Options options = EmbeddedNeo4j.Options.loopback(dir.resolve("store"), 0, -1).withQuickShutdown();
        try (GraphConnection graph = GraphConnection.embedded(options)) {
            out.put("store_start_s", seconds(t));

            if (path == ImportPath.ONE_TRANSACTION) {
                SchemaInstaller.of(graph, cypher).apply();
            }
            phase(path == ImportPath.GENERATION ? "import: a new store generation (bulk importer, or batched transactions), then the switch"
                    : "import: one transaction, as over --uri");
            heap.resetPeak();
            long gcBefore = gcMillis();
            long cpuBefore = cpuNanos();
            String loadBefore = Machine.loadAverage();
            t = System.nanoTime();
            Map<String, Object> where = new LinkedHashMap<>();
            ImportProgress progress = (name, rows, took) -> {
                double s = Stats.round(took.toNanos() / 1e9);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("s", s);
                if (rows >= 0) {
                    p.put("rows", rows);
                    p.put("rows_per_s", s > 0 ? Math.round(rows / s) : null);
                }
                where.put(name, p);
                phase("  " + name + ": " + (rows >= 0 ? rows + " rows, " : "") + s + " s; heap " + HeapSampler.usedNow() + " MB");
            };
            ImportSummary summary = path == ImportPath.GENERATION
                    ? new GenerationImport(graph.embedded(), cypher, progress).run(prepared.seed(), prepared.fingerprint())
                    : new Importer(graph.driver(), cypher).run(prepared.seed(), prepared.fingerprint());
            double importSeconds = seconds(t);
            out.put("import_phases", where);
            long relationships = summary.relationshipsByType().values().stream().mapToLong(Long::longValue).sum();
            long nodes = summary.nodesByLabel().getOrDefault("Entity", 0L) + summary.nodesByLabel().getOrDefault("Sentence", 0L)
                    + summary.nodesByLabel().getOrDefault("Source", 0L);
            out.put("import_s", importSeconds);
            // other work on a shared machine stretches the wall time; the CPU this JVM spent does not depend on it
            double importCpu = Stats.round((cpuNanos() - cpuBefore) / 1e9);
            out.put("import_cpu_s", importCpu);
            out.put("load_average_before_import", loadBefore);
            out.put("gc_s_during_import", Stats.round((gcMillis() - gcBefore) / 1000.0));
            out.put("relationships", relationships);
            out.put("relationships_by_type", summary.relationshipsByType());
            out.put("nodes", nodes);
            out.put("import_relationships_per_s", Math.round(relationships / importSeconds));
            out.put("import_relationships_per_cpu_s", Math.round(relationships / importCpu));
            double endToEnd = (double) out.get("prepare_s") + importSeconds;
            out.put("prepare_and_import_relationships_per_s", Math.round(relationships / endToEnd));
            out.put("heap_peak_during_import_mb", heap.peak());
            out.put("heap_after_import_mb", heap.usedAfterGc());
            heap.stop();
            out.put("store_mb", Stats.round(folderSize(dir.resolve("store")) / 1024.0 / 1024.0));
            prepared = null; // the seed data is no longer needed; let the heap figure below be the serving heap

            phase("queries");
            Inputs inputs = new Inputs(new ProjectFolder(corpus.seedData(), corpus.seedData().toString()), corpus.corpus(), cypher);
            QueryRunner runner = Application.prepare(new Application.Settings(inputs, new QueryLimits(QUERY_TIMEOUT, QueryLimits.DEFAULT.maxRows()),
                    Application.Imports.NONE, false, "bench", BrowserEndpoints.none()))
                    .start(graph, false, new java.io.PrintWriter(java.io.Writer.nullWriter())).queries();
            List<BenchQuery> queries = List.of(
                    new BenchQuery("routes", "routes", BenchQuery.ordered("from", corpus.routeFrom(), "to", corpus.routeTo(),
                            "via", corpus.routeVia())),
                    new BenchQuery("path", "path", BenchQuery.ordered("from", corpus.pathFrom(), "to", corpus.pathTo())),
                    new BenchQuery("memberships", "memberships", BenchQuery.ordered("entity", corpus.member())),
                    new BenchQuery("neighbourhood", "neighbourhood", BenchQuery.ordered("entity", corpus.centre(), "depth", "2")),
                    // ask's retrieval when no shape fits: full-text hits, then the statements citing the sentences found
                    new BenchQuery("search", "search", BenchQuery.ordered("text", "Synthetic State 1 joined a bloc")),
                    // the synthetic corpus names no speakers: what this measures is finding the attributed statements
                    new BenchQuery("said", "said", BenchQuery.ordered("speaker", "person-0")));
            List<Map<String, Object>> latencies = new ArrayList<>();
            for (BenchQuery q : queries) {
                latencies.add(query(runner, graph, q));
            }
            out.put("queries", latencies);
            System.gc();
            out.put("heap_serving_mb", HeapSampler.usedNow());
        }
        out.put("finished", true);
        out.put("total_s", seconds(started));
        phase("done");
        return out;
    }

    private Map<String, Object> query(QueryRunner runner, GraphConnection graph, BenchQuery q) {
        phase("query " + q.key() + " " + q.params());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q.key());
        m.put("params", q.params());
        try {
            int rows = runner.run(q.query(), Arguments.ofText(q.rawParams())).rows().size();
            Stats stats = LoadRunner.run(() -> runner.run(q.query(), Arguments.ofText(q.rawParams())), 1, QUERY_RUNS, QUERY_WARMUP, QUERY_CAP);
            m.put("rows", rows);
            m.put("p50_ms", stats.p50Ms());
            m.put("p90_ms", stats.p90Ms());
            m.put("p99_ms", stats.p99Ms());
            m.put("runs", stats.count());
            ProfiledPlan plan = profile(graph, runner, q);
            m.put("db_hits", plan == null ? -1 : hits(plan));
            // where a slow query's hits go: the operator to anchor or index next
            if (plan != null) {
                ProfiledPlan hottest = hottest(plan);
                m.put("hottest_operator", hottest.operatorType() + " " + hottest.arguments().getOrDefault("Details",
                        org.neo4j.driver.Values.value("")).asString() + " (" + hottest.dbHits() + " db hits)");
            }
        } catch (QueryException.Timeout e) {
            m.put("timeout_s", QUERY_TIMEOUT.toSeconds());
            m.put("error", "no answer within " + QUERY_TIMEOUT.toSeconds() + " s");
        } catch (RuntimeException e) {
            m.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return m;
    }

    /** One PROFILEd run: its database hits say how much of the graph the query touched. */
    private static ProfiledPlan profile(GraphConnection graph, QueryRunner runner, BenchQuery q) {
        CannedQuery canned = runner.catalogue().get(q.query());
        BoundParams bound = new ParamBinder().bind(canned, Arguments.ofText(q.rawParams()), runner.entities());
        String statement = "PROFILE\n" + canned.cypher();
        try (Session session = graph.driver().session()) {
            return session.executeRead(tx -> {
                org.neo4j.driver.Result result = tx.run(statement, bound.cypher());
                result.list(); // the profile is complete only once every row was pulled
                return result.consume().profile();
            });
        }
    }

    private static ProfiledPlan hottest(ProfiledPlan plan) {
        ProfiledPlan best = plan;
        for (ProfiledPlan child : plan.children()) {
            ProfiledPlan candidate = hottest(child);
            if (candidate.dbHits() > best.dbHits()) {
                best = candidate;
            }
        }
        return best;
    }

    private static long hits(ProfiledPlan plan) {
        long total = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            total += hits(child);
        }
        return total;
    }

    /** CPU time of this JVM so far, all its threads. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Time all collectors of this JVM have spent so far. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private void phase(String what) {
        log.printf("[%7.1f s] %s%n", (System.nanoTime() - started) / 1e9, what);
        log.flush();
    }

    private static double seconds(long since) {
        return Stats.round((System.nanoTime() - since) / 1e9);
    }

    private static long folderSize(Path dir) {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Heap in use, sampled every 100 ms: the peak includes garbage not yet collected; "after GC" is what is retained. */
    static final class HeapSampler {
        private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            Thread t = new Thread(() -> {
                while (sampler.running) {
                    sampler.peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            t.setDaemon(true);
            t.start();
            return sampler;
        }

        void resetPeak() {
            peak.set(0);
        }

        double peak() {
            return Stats.round(peak.get() / 1024.0 / 1024.0);
        }

        double usedAfterGc() {
            System.gc();
            System.gc();
            return usedNow();
        }

        static double usedNow() {
            return Stats.round(MEMORY.getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0);
        }

        void stop() {
            running = false;
        }
    }
}
