package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridorgraph.graph.Ports;
import org.corridorgraph.harness.ChildJvm;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.Stats;

/**
 * {@code serve} started as a user starts it, in a child process: through scripts/corridor-graph (the README's way, with its
 * heap and class-data archive) when the harness runs on the product jar, else {@code java -jar}. Each start is timed from the
 * spawn to the first 200 from GET /api/queries/memberships?entity=Kazakhstan, with the CPU time the process used by then and
 * its resident memory (VmRSS, VmHWM, RssAnon, RssFile from /proc/PID/status); after a short burst of the three benchmark
 * queries VmRSS is read again. The first start is the first of a jar (its archive is written when it stops) on a fresh store;
 * then RUNS pairs of a fresh store and the store that start imported. Last, one more start on an imported store with native
 * memory tracking gives the memory split after the burst.
 */
public final class ColdStart {
    static final String FIRST_ANSWER = "/api/queries/memberships?entity=Kazakhstan";
    /** Rounds of the three benchmark queries sent after the first answer, before RSS is read again. */
    static final int LOAD_REQUESTS = 100;
    /**
     * serve stops on SIGTERM; it is killed if it takes longer. The jar's first start writes its class archive as it stops,
     * which takes minutes on a busy machine, and a killed one writes none.
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(300);
    static final Path LAUNCHER = Path.of("scripts", "corridor-graph");
    /** Each start's output, kept after the run (the stores are not). */
    static final Path LOGS = Path.of("target", "bench", "cold-start").toAbsolutePath();
    /** Kernel clock ticks per second, in which /proc/PID/stat counts CPU time (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100;

    /**
     * @param startMs spawn to first answer
     * @param cpuS    user + system CPU seconds of the process at the first answer
     * @param rssMb   VmRSS at the first answer
     * @param hwmMb   VmHWM (peak RSS) at the first answer
     */
    public record Start(String store, double startMs, double cpuS, double rssMb, double hwmMb, double rssAfterLoadMb,
                        Map<String, Double> milestonesMs, String loadAverage) {
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("store", store);
            m.put("start_ms", startMs);
            m.put("cpu_s", cpuS);
            m.put("milestones_ms", milestonesMs);
            m.put("rss_mb", rssMb);
            m.put("peak_rss_mb", hwmMb);
            m.put("rss_after_load_mb", rssAfterLoadMb);
            m.put("load_average", loadAverage);
            return m;
        }
    }

    /**
     * @param launcher the command line that started serve, less its serve options
     * @param starts   every start, in order
     * @param memory   the split after the burst: RSS, heap, metaspace, code, threads, page cache and other native memory
     */
    public record Outcome(List<String> launcher, List<Start> starts, Map<String, Object> memory) {
        /** The median time to the first answer of the starts on STORE ("fresh" or "imported"), the archive's first start left out. */
        public double medianMs(String store) {
            return Stats.round(median(starts.stream().skip(1).filter(s -> s.store().startsWith(store)).mapToDouble(Start::startMs).toArray()));
        }

        public double medianRssAfterLoadMb(String store) {
            return Stats.round(median(starts.stream().skip(1).filter(s -> s.store().startsWith(store))
                    .mapToDouble(Start::rssAfterLoadMb).toArray()));
        }

        private static double median(double[] values) {
            if (values.length == 0) {
                return Double.NaN;
            }
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }

    private final Path workingDir;
    private final List<String> serveArgs;
    private final int runs;
    private final Duration timeout;

    /**
     * @param serveArgs extra options for serve, e.g. --corpus
     * @param runs      pairs of a fresh and an imported store after the first start
     */
    public ColdStart(Path workingDir, List<String> serveArgs, int runs, Duration timeout) {
        this.workingDir = workingDir;
        this.serveArgs = serveArgs;
        this.runs = runs;
        this.timeout = timeout;
    }

    public Outcome measure(PrintWriter log) {
        Path dir;
        try {
            dir = Files.createTempDirectory("corridor-graph-coldstart");
        } catch (IOException e) {
            throw new HarnessException("cannot create a temporary folder: " + e.getMessage(), "check the space in /tmp", e);
        }
        try {
            // the archive folder is this run's own, so the first start is a jar's first, whatever ran before
            Path archives = dir.resolve("archives");
            List<Start> starts = new ArrayList<>();
            Launched first = once("fresh, the jar's first start (writes the class archive)", dir.resolve("data-0"), archives, List.of(), log);
            starts.add(first.start());
            for (int i = 1; i <= runs; i++) {
                Path data = dir.resolve("data-" + i);
                starts.add(once("fresh store (import included)", data, archives, List.of(), log).start());
                starts.add(once("imported store", data, archives, List.of(), log).start());
            }
            Launched tracked = once("imported store, native memory tracked", dir.resolve("data-1"), archives,
                    List.of("-XX:NativeMemoryTracking=summary"), log);
            return new Outcome(first.command(), starts, tracked.memory());
        } finally {
            BenchServer.delete(dir);
        }
    }

    private record Launched(List<String> command, Start start, Map<String, Object> memory) {
    }

    private Launched once(String label, Path data, Path archives, List<String> jvmOptions, PrintWriter log) {
        int port = Ports.free();
        int bolt = Ports.free();
        int http = Ports.free();
        List<String> args = new ArrayList<>(List.of("serve", "--port", String.valueOf(port), "--bolt-port", String.valueOf(bolt),
                "--neo4j-http-port", String.valueOf(http), "--data-dir", data.toString()));
        args.addAll(serveArgs);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + FIRST_ANSWER))
                .timeout(Duration.ofSeconds(10)).GET().build();
        Path logFile = LOGS.resolve(data.getFileName() + "-" + Instant.now().toEpochMilli() + ".log");
        Map<String, Double> milestones = Collections.synchronizedMap(new LinkedHashMap<>());
        Path script = workingDir.resolve(LAUNCHER);
        ChildJvm.Spec spec = (Files.isExecutable(script) ? ChildJvm.launcher(script, args) : Optional.<ChildJvm.Spec>empty())
                .map(s -> s.env("CORRIDOR_GRAPH_CACHE", archives.toString()))
                .orElseGet(() -> ChildJvm.product(args));
        List<String> command = spec.command();
        ChildJvm serve = spec.label("serve").in(workingDir).jvmOptions(jvmOptions).log(logFile)
                .onLine(line -> milestone(line, milestones)).start();
        try {
            while (true) {
                if (!serve.isAlive()) {
                    throw new HarnessException("serve stopped before answering (exit " + serve.waitFor(Duration.ZERO).orElse(null) + "): "
                            + tail(serve), "run serve by hand to see why");
                }
                if (serve.uptimeSeconds() > timeout.toMillis() / 1000.0) {
                    throw new HarnessException("serve gave no answer within " + timeout.toSeconds() + " s: " + tail(serve),
                            "see " + logFile);
                }
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        break;
                    }
                } catch (ConnectException notYet) {
                    // not listening yet
                } catch (IOException notYet) {
                    // listening but not answering yet
                }
                Thread.sleep(25);
            }
            double startMs = Stats.round(serve.uptimeSeconds() * 1000);
            double cpu = Stats.round(cpuSeconds(serve.pid()));
            String load = Machine.loadAverage();
            milestones.put("first 200 from " + FIRST_ANSWER, startMs);
            Map<String, Long> status = procStatus(serve.pid());
            double rss = status.getOrDefault("VmRSS", 0L) / 1024.0;
            double hwm = status.getOrDefault("VmHWM", 0L) / 1024.0;
            // then some traffic, so the resident memory of a serving process is known too
            for (int i = 0; i < LOAD_REQUESTS; i++) {
                for (BenchQuery q : BenchQuery.STANDARD) {
                    client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + q.ourPath())).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            }
            Map<String, Long> after = procStatus(serve.pid());
            Map<String, Object> memory = jvmOptions.isEmpty() ? Map.of() : MemorySplit.read(serve.pid(), after);
            Map<String, Double> copy;
            synchronized (milestones) {
                copy = new LinkedHashMap<>(milestones);
            }
            Start start = new Start(label, startMs, cpu, Stats.round(rss), Stats.round(hwm),
                    Stats.round(after.getOrDefault("VmRSS", 0L) / 1024.0), copy, load);
            log.printf("  %-58s %8.0f ms to first answer (%5.1f s CPU), RSS %5.0f MB, after a burst %5.0f MB; load %s%n",
                    label, startMs, cpu, start.rssMb(), start.rssAfterLoadMb(), load);
            log.flush();
            return new Launched(command, start, memory);
        } catch (IOException e) {
            throw new HarnessException("serve stopped answering: " + e.getMessage(), "see " + logFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted", null, e);
        } finally {
            serve.stop(STOP_GRACE); // SIGTERM: serve's shutdown hook stops the API and Neo4j (and the JVM writes its archive)
        }
    }

    /** User and system CPU seconds of a process so far, from /proc/PID/stat; 0 when unknown. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.UTF_8);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The time a line of interest first appeared, since the spawn. */
    private static void milestone(ChildJvm.Line line, Map<String, Double> milestones) {
        for (String[] m : MILESTONES) {
            if (line.text().startsWith(m[0])) {
                milestones.putIfAbsent(m[1], Stats.round(line.secondsSinceSpawn() * 1000));
            }
        }
    }

    /** Lines serve prints as it starts, and what each marks. */
    private static final String[][] MILESTONES = {
            {"corpus:", "store open, schema applied; import starts"},
            {"graph: up to date", "store open, schema applied; import skipped (up to date)"},
            {"import:", "import committed"},
            {"corridor-graph ", "API listening"},
    };

    /** VmRSS, VmHWM, RssAnon, RssFile and the like, in kB. */
    static Map<String, Long> procStatus(long pid) {
        Map<String, Long> values = new LinkedHashMap<>();
        Path file = Path.of("/proc", String.valueOf(pid), "status");
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if ((line.startsWith("Vm") || line.startsWith("Rss")) && line.endsWith("kB")) {
                    String[] parts = line.split("\\s+");
                    values.put(parts[0].replace(":", ""), Long.parseLong(parts[1]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone: no figure
        }
        return values;
    }

    private static String tail(ChildJvm serve) {
        List<String> lines = serve.tail(5);
        return lines.isEmpty() ? "(no output)" : String.join(" | ", lines);
    }
}
