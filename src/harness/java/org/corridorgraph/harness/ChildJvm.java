package org.corridorgraph.harness;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.corridorgraph.cli.Main;

/**
 * The one way the harness starts a JVM: the product as users start it ({@code java -jar corridor-graph.jar COMMAND …}), or a
 * main class of the harness (the scale worker). The child's output (stdout and stderr together) is kept in memory, last lines
 * only, copied to a log file when one is given, and handed line by line to a listener when one is given. A child never
 * outlives the harness: if the harness's JVM stops first, a shutdown hook kills it.
 */
public final class ChildJvm implements AutoCloseable {
    private static final int KEPT_LINES = 5_000;

    /** One line of the child's output, and when it appeared. */
    public record Line(String text, double secondsSinceSpawn) {
    }

    private final String label;
    private final Process process;
    private final long spawnNanos;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread reader;
    private final Thread reaper;
    private long seen;

    private ChildJvm(String label, Process process, long spawnNanos, Path log, Consumer<Line> listener) {
        this.label = label;
        this.process = process;
        this.spawnNanos = spawnNanos;
        this.reaper = new Thread(process::destroyForcibly, "child-reaper-" + label);
        Runtime.getRuntime().addShutdownHook(reaper);
        process.onExit().thenRun(this::forgetReaper);
        this.reader = new Thread(() -> copy(log, listener), "child-output-" + label);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The product, as users start it: {@code java -jar} on the product jar when the product was loaded from one (the harness
     * jar names it on its Class-Path); from the build's classes folders (the harness's tests), its main class on this class path.
     */
    public static Spec product(List<String> args) {
        Path source = codeSource(Main.class);
        List<String> program = source != null && Files.isRegularFile(source)
                ? List.of("-jar", source.toString())
                : List.of("-cp", classPath(), Main.class.getName());
        return new Spec(program, args);
    }

    /**
     * The product through its launcher script, as the README starts it: {@code SCRIPT COMMAND …} on the product jar this
     * harness runs on and on this JVM ({@code CORRIDOR_GRAPH_JAR}, {@code JAVA_HOME}); {@link Spec#jvmOptions} go to the
     * script's {@code CORRIDOR_GRAPH_JAVA_OPTS}. Empty when the product was not loaded from a jar (the harness's tests).
     */
    public static Optional<Spec> launcher(Path script, List<String> args) {
        Path source = codeSource(Main.class);
        if (source == null || !Files.isRegularFile(source)) {
            return Optional.empty();
        }
        Spec spec = new Spec(List.of(), args);
        spec.launcher = script.toAbsolutePath();
        spec.environment.put("CORRIDOR_GRAPH_JAR", source.toString());
        spec.environment.put("JAVA_HOME", System.getProperty("java.home"));
        return Optional.of(spec);
    }

    /** A main class of the harness, on this JVM's class path (the harness jar, and through its manifest the product jar). */
    public static Spec main(Class<?> mainClass, List<String> args) {
        return new Spec(List.of("-cp", classPath(), mainClass.getName()), args);
    }

    /** This JVM's class path with its entries made absolute, so a child started in another folder finds them too. */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** What to start and how: the program and its arguments, then the options below; {@link #start()} spawns it. */
    public static final class Spec {
        private final List<String> program;
        private final List<String> args;
        private String label = "child";
        private Path workingDir = Path.of("").toAbsolutePath();
        private List<String> jvmOptions = List.of();
        private List<String> wrapper = List.of();
        private Path log;
        private Consumer<Line> listener;
        private Path launcher;
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Spec(List<String> program, List<String> args) {
            this.program = List.copyOf(program);
            this.args = List.copyOf(args);
        }

        /** How logs, threads and error messages name the child. */
        public Spec label(String name) {
            this.label = name;
            return this;
        }

        /** The child's working directory (default: the harness's). */
        public Spec in(Path folder) {
            this.workingDir = folder;
            return this;
        }

        /** Options for the child JVM, e.g. -Xmx1g; none by default, so the child gets what {@code java -jar} gets. */
        public Spec jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        /**
         * A program the JVM runs under, such as {@code /usr/bin/time -v -o FILE}, which measures the whole child from outside;
         * none by default. {@link ChildJvm#pid()} is then the wrapper's.
         */
        public Spec wrappedIn(List<String> program) {
            this.wrapper = List.copyOf(program);
            return this;
        }

        /** An environment variable of the child's, beside those it inherits. */
        public Spec env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** A file that receives every line of the child's output; its folder is created. */
        public Spec log(Path file) {
            this.log = file;
            return this;
        }

        /** Called with every line of the child's output, on the thread that reads it. */
        public Spec onLine(Consumer<Line> each) {
            this.listener = each;
            return this;
        }

        /** The command line the child runs. */
        public List<String> command() {
            List<String> command = new ArrayList<>(wrapper);
            if (launcher != null) {
                command.add(launcher.toString());
                command.addAll(args);
                return command;
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(program);
            command.addAll(args);
            return command;
        }

        public ChildJvm start() {
            List<String> command = command();
            try {
                if (log != null && log.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(log.toAbsolutePath().getParent());
                }
                long spawn = System.nanoTime();
                ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
                builder.environment().putAll(environment);
                if (launcher != null && !jvmOptions.isEmpty()) {
                    builder.environment().put("CORRIDOR_GRAPH_JAVA_OPTS", String.join(" ", jvmOptions));
                }
                Process process = builder.start();
                return new ChildJvm(label, process, spawn, log, listener);
            } catch (IOException e) {
                throw new HarnessException("cannot start a child JVM (" + label + "): " + e.getMessage(),
                        "check that " + command.get(0) + " runs", e);
            }
        }
    }

    private void copy(Path log, Consumer<Line> listener) {
        PrintWriter file = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            if (log != null) {
                file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
            }
            for (String line; (line = in.readLine()) != null; ) {
                double at = uptimeSeconds();
                if (file != null) {
                    file.println(line);
                }
                if (listener != null) {
                    listener.accept(new Line(line, at));
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

    private void forgetReaper() {
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, on a process that has ended
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

    /** Seconds since the spawn. */
    public double uptimeSeconds() {
        return (System.nanoTime() - spawnNanos) / 1e9;
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

    /** Every kept line. */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** The last N lines, for reports. */
    public List<String> tail(int n) {
        synchronized (lines) {
            List<String> all = new ArrayList<>(lines);
            return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
        }
    }

    /** The last kept line that matches, e.g. the phase a worker announced last. */
    public Optional<String> lastLine(Predicate<String> matching) {
        synchronized (lines) {
            for (var it = lines.descendingIterator(); it.hasNext(); ) {
                String line = it.next();
                if (matching.test(line)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
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

    /** The exit code, or empty if the process still runs after TIMEOUT (or this thread is interrupted). */
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

    /** Stops the child (SIGTERM, then SIGKILL after 30 s) if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(30));
        }
    }
}
