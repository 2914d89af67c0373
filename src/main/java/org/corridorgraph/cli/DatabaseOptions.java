package org.corridorgraph.cli;

import java.net.URI;
import java.nio.file.Path;

import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import picocli.CommandLine.Option;

/** An embedded store (--data-dir) or an external Neo4j (--uri); the same driver code path for both. */
final class DatabaseOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "embedded Neo4j store (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "external Neo4j: bolt://, neo4j:// or neo4j+s://; nothing embedded starts (env NEO4J_URI)")
    URI uri;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:NEO4J_USER}", description = "external Neo4j user (env NEO4J_USER)")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "external Neo4j password (env NEO4J_PASSWORD)")
    String password;

    boolean external() {
        return uri != null && !uri.toString().isBlank();
    }

    /** Connects to --uri, or starts the embedded store with Bolt on a free loopback port and no HTTP. */
    GraphConnection connectForBatch() {
        return external() ? GraphConnection.external(uri, user, password)
                : GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(dataDir, 0, -1));
    }
}
