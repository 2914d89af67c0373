package org.corridorgraph.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.export.Exporter;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph as JSON lines (one domain relationship a line) or as a replayable Cypher script.")
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, cypher }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl or cypher")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "file to write (default: standard output)")
    Path out;

    @Mixin
    InputOptions input;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (GraphConnection graph = database.connectForBatch(spec.commandLine().getErr()); Writer writer = open()) {
            Exporter exporter = new Exporter(graph.driver(), input.cypherLibrary(), Json.mapper());
            int count = format == Format.jsonl ? exporter.jsonl(writer) : exporter.cypher(writer);
            writer.flush();
            if (out != null) {
                spec.commandLine().getErr().println("export: " + count + (format == Format.jsonl ? " relationships" : " statements")
                        + " written to " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }

    private Writer open() {
        if (out == null) {
            return new OutputStreamWriter(System.out, StandardCharsets.UTF_8) {
                @Override
                public void close() throws IOException {
                    flush(); // standard output stays open for the caller
                }
            };
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorridorGraphException("cannot write " + out + ": " + e.getMessage(), "check the folder exists and is writable", e);
        }
    }
}
