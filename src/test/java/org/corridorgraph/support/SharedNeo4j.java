package org.corridorgraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.Driver;

/**
 * One embedded Neo4j per test JVM (a cold start costs seconds), on free loopback ports, emptied
 * before each test class. Test classes get its Driver or its GraphConnection as parameters.
 */
public final class SharedNeo4j implements BeforeAllCallback, ParameterResolver {

    private static final class Holder implements AutoCloseable {
        final Path dir;
        final GraphConnection connection;

        Holder() throws IOException {
            dir = Files.createTempDirectory("corridor-graph-test");
            // a test fixture: the product default (sign-in) is tested on stores of its own, see ListenTest and AuthTest
            connection = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(dir.resolve("store"), 0, -1).withoutAuth().withQuickShutdown());
        }

        @Override
        public void close() throws IOException {
            connection.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Holder holder(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Holder.class, k -> {
                    try {
                        return new Holder();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }, Holder.class);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        GraphAssertions.wipe(holder(context).connection.driver());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Driver.class || type == GraphConnection.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        GraphConnection connection = holder(context).connection;
        return parameter.getParameter().getType() == Driver.class ? connection.driver() : connection;
    }
}
