package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.harness.ChildJvm;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.Stats;

/**
 * Runs each size of the scale benchmark in its own JVM (its own heap, sized for the import, and a
 * clean heap figure per size), with a time limit. A size that does not finish is reported with the
 * phase it was in and how long it had run; bigger sizes are then skipped.
 */
public final class ScaleBench {
    private final ObjectMapper mapper;
    private final PrintWriter log;
    private final String heap;
    private final Duration limit;
    private final List<String> workerArgs;

    /**
     * @param heap       -Xmx of each child JVM, e.g. 12g
     * @param workerArgs input options passed on to the worker (--seed-data, --cypher)
     */
    public ScaleBench(ObjectMapper mapper, PrintWriter log, String heap, Duration limit, List<String> workerArgs) {
        this.mapper = mapper;
        this.log = log;
        this.heap = heap;
        this.limit = limit;
        this.workerArgs = workerArgs;
    }

    public List<Map<String, Object>> run(List<Long> sizes) {
        List<Map<String, Object>> results = new ArrayList<>();
        String skipped = null;
        for (long size : sizes) {
            if (skipped != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("size", size);
                m.put("finished", false);
                m.put("reason", "skipped: " + skipped);
                results.add(m);
                continue;
            }
            String started = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            Map<String, Object> result = runChild(size);
            result.put("measured_at", started);
            result.put("load_average_at_end", Machine.loadAverage());
            results.add(result);
            if (!Boolean.TRUE.equals(result.get("finished"))) {
                skipped = "size " + size + " did not finish";
            }
        }
        return results;
    }

    private Map<String, Object> runChild(long size) {
        Path dir;
        try {
            dir = Files.createTempDirectory("corridor-graph-scale-" + size + "-");
        } catch (IOException e) {
            throw new HarnessException("cannot create a temporary folder: " + e.getMessage(), "check the space in /tmp", e);
        }
        Path out = dir.resolve("result.json");
        List<String> args = new ArrayList<>(List.of("--size", String.valueOf(size), "--dir", dir.toString(), "--out", out.toString()));
        args.addAll(workerArgs);
        log.println("scale " + size + ": child JVM -Xmx" + heap + ", limit " + limit.toMinutes() + " min, in " + dir);
        log.flush();
        try (ChildJvm worker = ChildJvm.main(ScaleWorker.class, args).label("scale-" + size)
                .jvmOptions(List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError"))
                .onLine(line -> {
                    log.println("  [" + size + "] " + line.text());
                    log.flush();
                }).start()) {
            Optional<Integer> exit = worker.waitFor(limit);
            double elapsed = Stats.round(worker.uptimeSeconds());
            if (Thread.currentThread().isInterrupted()) {
                worker.kill();
                throw new HarnessException("interrupted", null);
            }
            if (exit.isEmpty()) {
                String phase = lastPhase(worker);
                worker.stop(Duration.ofSeconds(30));
                return unfinished(size, "stopped after " + limit.toMinutes() + " min, during: " + phase, elapsed, worker);
            }
            if (exit.get() != 0 || !Files.isRegularFile(out)) {
                return unfinished(size, "the worker failed (exit " + exit.get() + ") during: " + lastPhase(worker), elapsed, worker);
            }
            Map<String, Object> result = mapper.readValue(out.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
            result.put("child_jvm_s", elapsed);
            return result;
        } catch (IOException e) {
            throw new HarnessException("cannot read the scale worker's result: " + e.getMessage(), "see its output above", e);
        } finally {
            BenchServer.delete(dir);
        }
    }

    private static Map<String, Object> unfinished(long size, String reason, double elapsed, ChildJvm worker) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", size);
        m.put("finished", false);
        m.put("reason", reason);
        m.put("elapsed_s", elapsed);
        m.put("log", worker.tail(12));
        return m;
    }

    /** The worker announces each phase on a line of its own, "[  12.3 s] import: one transaction". */
    private static String lastPhase(ChildJvm worker) {
        return worker.lastLine(line -> line.startsWith("[")).orElse("start-up");
    }
}
