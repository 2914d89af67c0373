package org.corridorgraph.harness.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.harness.HarnessException;

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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ScaleWorker.class.getName(), "--size", String.valueOf(size), "--dir", dir.toString(), "--out", out.toString()));
        command.addAll(workerArgs);
        log.println("scale " + size + ": child JVM -Xmx" + heap + ", limit " + limit.toMinutes() + " min, in " + dir);
        log.flush();
        List<String> lines = new ArrayList<>();
        long t0 = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new HarnessException("cannot start the scale worker: " + e.getMessage(), "check the java executable", e);
        }
        // if this JVM is stopped (Ctrl-C), the worker goes with it
        Thread reaper = new Thread(process::destroyForcibly, "scale-worker-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    log.println("  [" + size + "] " + line);
                    log.flush();
                }
            } catch (IOException ignored) {
                // the child ended
            }
        }, "scale-output");
        reader.setDaemon(true);
        reader.start();
        try {
            boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            double elapsed = Stats.round((System.nanoTime() - t0) / 1e9);
            if (!ended) {
                String phase = lastPhase(lines);
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("size", size);
                m.put("finished", false);
                m.put("reason", "stopped after " + limit.toMinutes() + " min, during: " + phase);
                m.put("elapsed_s", elapsed);
                m.put("log", tail(lines, 12));
                return m;
            }
            reader.join(2000);
            if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("size", size);
                m.put("finished", false);
                m.put("reason", "the worker failed (exit " + process.exitValue() + ") during: " + lastPhase(lines));
                m.put("elapsed_s", elapsed);
                m.put("log", tail(lines, 12));
                return m;
            }
            Map<String, Object> result = mapper.readValue(out.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
            result.put("child_jvm_s", elapsed);
            return result;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted", null, e);
        } catch (IOException e) {
            throw new HarnessException("cannot read the scale worker's result: " + e.getMessage(), "see its output above", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            BenchServer.delete(dir);
        }
    }

    private static String lastPhase(List<String> lines) {
        synchronized (lines) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith("[")) {
                    return lines.get(i);
                }
            }
            return "start-up";
        }
    }

    private static List<String> tail(List<String> lines, int n) {
        synchronized (lines) {
            return List.copyOf(lines.subList(Math.max(0, lines.size() - n), lines.size()));
        }
    }
}
