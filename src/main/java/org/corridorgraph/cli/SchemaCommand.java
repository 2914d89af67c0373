package org.corridorgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.json.Json;
import org.corridorgraph.seed.SchemaCypher;
import org.corridorgraph.seed.SchemaLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the constraints and indexes derived from seed-data/schema.json, or write them to cypher/schema.cypher.")
final class SchemaCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--write", paramLabel = "FILE", description = "write to this file (usually cypher/schema.cypher)")
    Path write;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text = new SchemaCypher().generate(new SchemaLoader(Json.mapper()).load(input.seedFolder()));
        if (write == null) {
            spec.commandLine().getOut().print(text);
            return ExitCodes.OK;
        }
        try {
            Files.writeString(write, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorridorGraphException("cannot write " + write + ": " + e.getMessage(), "check the path", e);
        }
        spec.commandLine().getOut().println("wrote " + write);
        return ExitCodes.OK;
    }
}
