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
        description = "Run only the embedded Neo4j as a standalone server on loopback (no auth), until Ctrl-C or SIGTERM.")
final class Neo4jCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE})")
    int boltPort;

    @Option(names = "--neo4j-http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "Neo4j HTTP port for Browser and the Query API (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.loopback(dataDir, boltPort, httpPort));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Neo4j is running (store " + dataDir.toAbsolutePath() + ")");
        out.println("  Bolt:    " + neo4j.boltUri());
        out.println("  Browser: " + neo4j.httpUrl() + "/browser/");
        out.println("Stop with Ctrl-C.");
        out.flush();
        Shutdown.awaitSignal(neo4j::close);
        return ExitCodes.OK;
    }
}
