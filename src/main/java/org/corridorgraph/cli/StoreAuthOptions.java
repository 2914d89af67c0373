package org.corridorgraph.cli;

import java.io.PrintWriter;

import org.corridorgraph.graph.EmbeddedNeo4j;
import picocli.CommandLine.Option;

/** How the embedded store signs its user in: a password (given, recorded, or generated), or --no-auth. */
final class StoreAuthOptions {
    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "password of user neo4j (at least 8 characters; env NEO4J_PASSWORD); default: the one kept in the data "
                    + "folder, generated when the store is made")
    String password;

    @Option(names = "--no-auth", description = "no sign-in: anyone who reaches Neo4j's ports, any web page you open included, "
            + "can read and write the graph")
    boolean noAuth;

    EmbeddedNeo4j.Options apply(EmbeddedNeo4j.Options options) {
        return noAuth ? options.withoutAuth() : options.withPassword(password);
    }

    /** Says once, at start, what --no-auth gives away. */
    void warn(PrintWriter err) {
        if (noAuth) {
            err.println("warning: --no-auth: the embedded Neo4j takes any Cypher from anyone who reaches its ports, "
                    + "any web page open in your browser included; it can rewrite the graph");
            err.flush();
        }
    }
}
