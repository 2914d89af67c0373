package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corridorgraph.graph.EmbeddedNeo4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "neo4j", mixinStandardHelpOptions = true,
        description = "Run only the embedded Neo4j as a standalone server, on loopback without auth unless --listen says otherwise, until Ctrl-C or SIGTERM.")
final class Neo4jCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE})")
    int boltPort;

    @Option(names = "--neo4j-http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "Neo4j HTTP port for Browser and the Query API (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}); beyond loopback a password is required")
    String listen;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "with --listen beyond loopback: the password for user neo4j (at least 8 characters)")
    String password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.loopback(dataDir, boltPort, httpPort).listeningOn(listen, password));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Neo4j is running (store " + dataDir.toAbsolutePath() + (neo4j.authRequired() ? ", user neo4j with your password" : ", no password on loopback") + ")");
        out.println("  Bolt:    " + neo4j.boltUri());
        out.println("  Browser: " + neo4j.httpUrl() + "/browser/");
        out.println("Stop with Ctrl-C.");
        out.flush();
        Shutdown.awaitSignal(neo4j::close);
        return ExitCodes.OK;
    }
}
