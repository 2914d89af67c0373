package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridorgraph.graph.Ports;
import org.corridorgraph.harness.ChildJvm;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.Stats;

/**
 * {@code serve} started as a user starts it, in a child JVM: the time from spawning it to the first
 * 200 from GET /api/queries/memberships?entity=Kazakhstan, and its resident memory (VmRSS, VmHWM
 * from /proc/PID/status) then. First on a fresh data folder (the import included), then again on
 * the store the first start imported. After a short burst of the three benchmark queries VmRSS is
 * read again.
 */
public final class ColdStart {
    static final String FIRST_ANSWER = "/api/queries/memberships?entity=Kazakhstan";
    /** Rounds of the three benchmark queries sent after the first answer, before RSS is read again. */
    static final int LOAD_REQUESTS = 100;
    /** serve stops on SIGTERM; it is killed if it takes longer. */
    static final Duration STOP_GRACE = Duration.ofSeconds(60);

    /**
     * @param startMs spawn to first answer
     * @param rssMb   VmRSS at the first answer
     * @param hwmMb   VmHWM (peak RSS) at the first answer
     */
    public record Start(String store, double startMs, double rssMb, double hwmMb, double rssAfterLoadMb,
                        Map<String, Double> milestonesMs) {
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("store", store);
            m.put("start_ms", startMs);
            m.put("milestones_ms", milestonesMs);
            m.put("rss_mb", rssMb);
            m.put("peak_rss_mb", hwmMb);
            m.put("rss_after_load_mb", rssAfterLoadMb);
            return m;
        }
    }

    private final Path workingDir;
    private final List<String> jvmArgs;
    private final List<String> serveArgs;
    private final Duration timeout;

    /**
     * @param jvmArgs   options for the child JVM (none: the JVM's defaults, as `java -jar` gets)
     * @param serveArgs extra options for serve, e.g. --corpus
     */
    public ColdStart(Path workingDir, List<String> jvmArgs, List<String> serveArgs, Duration timeout) {
        this.workingDir = workingDir;
        this.jvmArgs = jvmArgs;
        this.serveArgs = serveArgs;
        this.timeout = timeout;
    }

    /** A fresh store, then the same store again. */
    public List<Start> measure() {
        Path dir;
        try {
            dir = Files.createTempDirectory("corridor-graph-coldstart");
        } catch (IOException e) {
            throw new HarnessException("cannot create a temporary folder: " + e.getMessage(), "check the space in /tmp", e);
        }
        try {
            List<Start> starts = new ArrayList<>();
            starts.add(once("fresh (import included)", dir));
            starts.add(once("imported (warm store)", dir));
            return starts;
        } finally {
            BenchServer.delete(dir);
        }
    }

    private Start once(String label, Path dir) {
        int port = Ports.free();
        int bolt = Ports.free();
        int http = Ports.free();
        List<String> args = new ArrayList<>(List.of("serve", "--port", String.valueOf(port), "--bolt-port", String.valueOf(bolt),
                "--neo4j-http-port", String.valueOf(http), "--data-dir", dir.resolve("data").toString()));
        args.addAll(serveArgs);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + FIRST_ANSWER))
                .timeout(Duration.ofSeconds(10)).GET().build();
        String store = label.startsWith("fresh") ? "fresh" : "warm";
        Path logFile = dir.resolve("serve-" + store + ".log");
        Map<String, Double> milestones = Collections.synchronizedMap(new LinkedHashMap<>());
        ChildJvm serve = ChildJvm.product(args).label("serve-" + store).in(workingDir).jvmOptions(jvmArgs).log(logFile)
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
            double after = procStatus(serve.pid()).getOrDefault("VmRSS", 0L) / 1024.0;
            Map<String, Double> copy;
            synchronized (milestones) {
                copy = new LinkedHashMap<>(milestones);
            }
            return new Start(label, startMs, Stats.round(rss), Stats.round(hwm), Stats.round(after), copy);
        } catch (IOException e) {
            throw new HarnessException("serve stopped answering: " + e.getMessage(), "see " + logFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted", null, e);
        } finally {
            serve.stop(STOP_GRACE); // SIGTERM: serve's shutdown hook stops the API and Neo4j
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

    /** VmRSS, VmHWM and the like, in kB. */
    static Map<String, Long> procStatus(long pid) {
        Map<String, Long> values = new LinkedHashMap<>();
        Path file = Path.of("/proc", String.valueOf(pid), "status");
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("Vm") && line.endsWith("kB")) {
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
