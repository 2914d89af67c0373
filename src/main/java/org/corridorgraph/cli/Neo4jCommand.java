package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.StorePassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "neo4j", mixinStandardHelpOptions = true,
        description = "Run only the embedded Neo4j as a standalone server, on loopback, user neo4j signing in with the store's password, until Ctrl-C or SIGTERM.")
final class Neo4jCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE})")
    int boltPort;

    @Option(names = "--neo4j-http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "Neo4j HTTP port for Browser and the Query API (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}); beyond loopback, not with --no-auth")
    String listen;

    @Mixin
    StoreAuthOptions auth;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        auth.warn(spec.commandLine().getErr());
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(auth.apply(EmbeddedNeo4j.Options.loopback(dataDir, boltPort, httpPort)).listeningOn(listen));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Neo4j is running (store " + dataDir.toAbsolutePath() + (neo4j.authRequired()
                ? ", user neo4j, password in " + dataDir.resolve(StorePassword.FILE).toAbsolutePath() : ", no password: --no-auth") + ")");
        out.println("  Bolt:    " + neo4j.boltUri());
        out.println("  Browser: " + neo4j.httpUrl() + "/browser/");
        out.println("Stop with Ctrl-C.");
        out.flush();
        Shutdown.awaitSignal(neo4j::close);
        return ExitCodes.OK;
    }
}
