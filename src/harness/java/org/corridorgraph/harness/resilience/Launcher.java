package org.corridorgraph.harness.resilience;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.corridorgraph.graph.Ports;
import org.corridorgraph.harness.ChildJvm;
import org.corridorgraph.harness.HarnessException;

/** Starts the product's commands (serve, neo4j, import) as child JVMs on free loopback ports, and waits until they are up. */
final class Launcher {
    static final String SERVING = "Stop with Ctrl-C";
    /**
     * Every store a run makes signs user neo4j in with this password, so children on --uri and the
     * checksum can sign in too; made afresh for each run.
     */
    static final String PASSWORD = "resilience-" + java.util.UUID.randomUUID();

    private final Path workingDir;
    private final Path logs;
    private final List<String> inputArgs;
    private int sequence;

    Launcher(Path workingDir, Path logs, List<String> inputArgs) {
        this.workingDir = workingDir;
        this.logs = logs;
        this.inputArgs = List.copyOf(inputArgs);
    }

    /** A running `serve`, embedded or against --uri, with the ports it was given. */
    record Server(ChildJvm process, int port, int boltPort, int httpPort) implements AutoCloseable {
        String base() {
            return "http://127.0.0.1:" + port;
        }

        String boltUri() {
            return "bolt://127.0.0.1:" + boltPort;
        }

        @Override
        public void close() {
            process.close();
        }
    }

    /** serve with an embedded Neo4j on DATA; returns once it prints that it serves. */
    Server serveEmbedded(String label, Path data, List<String> extra) {
        int port = Ports.free();
        int bolt = Ports.free();
        int http = Ports.free();
        List<String> args = new ArrayList<>(List.of("serve", "--data-dir", data.toString(), "--port", String.valueOf(port),
                "--bolt-port", String.valueOf(bolt), "--neo4j-http-port", String.valueOf(http), "--neo4j-password", PASSWORD));
        args.addAll(inputArgs);
        args.addAll(extra);
        return new Server(started(label, ResilienceSettings.SERVER_HEAP, args, SERVING), port, bolt, http);
    }

    /** serve --uri against a Neo4j at BOLT (nothing embedded starts). */
    Server serveUri(String label, int bolt, List<String> extra) {
        int port = Ports.free();
        List<String> args = new ArrayList<>(List.of("serve", "--uri", "bolt://127.0.0.1:" + bolt, "--password", PASSWORD,
                "--port", String.valueOf(port)));
        args.addAll(inputArgs);
        args.addAll(extra);
        return new Server(started(label, ResilienceSettings.SERVER_HEAP, args, SERVING), port, bolt, -1);
    }

    /** Our `neo4j` subcommand: only the embedded database, as a standalone server. */
    ChildJvm neo4j(String label, Path data, int bolt, int http) {
        return started(label, ResilienceSettings.SERVER_HEAP, List.of("neo4j", "--data-dir", data.toString(),
                "--bolt-port", String.valueOf(bolt), "--neo4j-http-port", String.valueOf(http), "--neo4j-password", PASSWORD), SERVING);
    }

    /** An `import` child, not waited for. ARGS pick the store (--data-dir or --uri) and, optionally, other seed data. */
    ChildJvm importer(String label, String heap, List<String> args, boolean ownInput) {
        List<String> all = new ArrayList<>(List.of("import", "--neo4j-password", PASSWORD));
        all.addAll(args);
        if (!ownInput) {
            all.addAll(inputArgs);
        }
        return start(label, heap, all);
    }

    /** Any command, not waited for. */
    ChildJvm start(String label, String heap, List<String> args) {
        String numbered = String.format("%02d-%s", ++sequence, label);
        return ChildJvm.product(args).label(numbered).in(workingDir).jvmOptions(List.of("-Xmx" + heap, "-XX:+UseSerialGC"))
                .log(logs.resolve(numbered + ".log")).start();
    }

    private ChildJvm started(String label, String heap, List<String> args, String readyLine) {
        ChildJvm child = start(label, heap, args);
        if (child.awaitLine(java.util.regex.Pattern.quote(readyLine), ResilienceSettings.START_TIMEOUT).isEmpty()) {
            String tail = String.join("\n  ", child.tail(15));
            child.close();
            throw new HarnessException(label + " (" + String.join(" ", args) + ") did not start within "
                    + ResilienceSettings.START_TIMEOUT.toSeconds() + " s; its last lines:\n  " + tail,
                    "see " + logs + " for its whole output");
        }
        return child;
    }
}
