package org.corridorgraph.harness.resilience;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridorgraph.harness.HarnessException;

/**
 * corridor-graph started as a separate JVM with this JVM's class path, as a user would start it.
 * Its output (stdout and stderr together) is kept in memory, last lines only, and copied to a log file.
 */
public final class ChildProcess implements AutoCloseable {
    private static final int KEPT_LINES = 5_000;
    private static final String MAIN = "org.corridorgraph.cli.Main";

    private final String label;
    private final Process process;
    private final Deque<String> lines = new ArrayDeque<>();
    private final long startedNanos = System.nanoTime();
    private final Thread reader;
    private long seen;

    private ChildProcess(String label, Process process, Path log) {
        this.label = label;
        this.process = process;
        this.reader = new Thread(() -> copy(log), "child-output-" + label);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param heap  the child's -Xmx, e.g. "1g"
     * @param logs  folder for the child's output; null keeps it in memory only
     */
    public static ChildProcess start(String label, Path workingDir, String heap, Path logs, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), MAIN));
        command.addAll(args);
        try {
            Path log = null;
            if (logs != null) {
                Files.createDirectories(logs);
                log = logs.resolve(label + ".log");
            }
            Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
            return new ChildProcess(label, process, log);
        } catch (IOException e) {
            throw new HarnessException("cannot start a child JVM (" + label + "): " + e.getMessage(),
                    "check that " + System.getProperty("java.home") + "/bin/java runs", e);
        }
    }

    private void copy(Path log) {
        PrintWriter file = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            if (log != null) {
                file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
            }
            for (String line; (line = in.readLine()) != null; ) {
                if (file != null) {
                    file.println(line);
                }
                synchronized (lines) {
                    lines.addLast(line);
                    seen++;
                    if (lines.size() > KEPT_LINES) {
                        lines.removeFirst();
                    }
                    lines.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the process ended
        } finally {
            if (file != null) {
                file.close();
            }
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    public String label() {
        return label;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Seconds since the process started. */
    public double uptimeSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** The first line (kept so far or still to come) matching REGEX, or empty when the process ends or time runs out first. */
    public Optional<Matcher> awaitLine(String regex, Duration timeout) {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + timeout.toNanos();
        long checked = 0;
        synchronized (lines) {
            while (true) {
                long first = seen - lines.size();
                int index = 0;
                for (String line : lines) {
                    long number = first + index++;
                    if (number < checked) {
                        continue;
                    }
                    Matcher m = pattern.matcher(line);
                    if (m.find()) {
                        return Optional.of(m);
                    }
                }
                checked = seen;
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && drained()) {
                    return Optional.empty();
                }
                try {
                    lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    private boolean drained() {
        try {
            return process.getInputStream().available() == 0;
        } catch (IOException e) {
            return true;
        }
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** The last N lines, for reports. */
    public List<String> tail(int n) {
        synchronized (lines) {
            List<String> all = new ArrayList<>(lines);
            return all.subList(Math.max(0, all.size() - n), all.size());
        }
    }

    /** SIGTERM (Process.destroy on Linux), as a service manager or Ctrl-C would; SIGKILL if it outlives the grace period. */
    public Optional<Integer> stop(Duration grace) {
        process.destroy();
        if (waitFor(grace).isPresent()) {
            return Optional.of(process.exitValue());
        }
        kill();
        return Optional.empty();
    }

    /** SIGKILL (Process.destroyForcibly on Linux): no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** The exit code, or empty if the process still runs after TIMEOUT. */
    public Optional<Integer> waitFor(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                reader.join(2_000); // let the reader take the last lines
                return Optional.of(process.exitValue());
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(30));
        }
    }
}
