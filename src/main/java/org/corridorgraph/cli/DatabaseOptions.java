package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;

import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** An embedded store (--data-dir) or an external Neo4j (--uri); the same driver code path for both. */
final class DatabaseOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "embedded Neo4j store (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "external Neo4j: bolt://, neo4j:// or neo4j+s://; nothing embedded starts (env NEO4J_URI)")
    URI uri;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:NEO4J_USER}",
            description = "external Neo4j user (env NEO4J_USER; neo4j when only a password is given)")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "external Neo4j password (env NEO4J_PASSWORD)")
    String password;

    @Mixin
    StoreAuthOptions auth;

    boolean external() {
        return uri != null && !uri.toString().isBlank();
    }

    /** To --uri with its credentials: --password, else --neo4j-password (our own neo4j command's store, say). */
    GraphConnection connectExternal() {
        String secret = password != null && !password.isEmpty() ? password : auth.password;
        String who = user != null && !user.isBlank() ? user : secret != null && !secret.isEmpty() ? GraphConnection.USER : null;
        return GraphConnection.external(uri, who, secret);
    }

    /** Connects to --uri, or starts the embedded store with Bolt on a free loopback port and no HTTP. */
    GraphConnection connectForBatch(PrintWriter err) {
        if (external()) {
            return connectExternal();
        }
        auth.warn(err);
        return GraphConnection.embedded(auth.apply(EmbeddedNeo4j.Options.loopback(dataDir, 0, -1)));
    }
}
