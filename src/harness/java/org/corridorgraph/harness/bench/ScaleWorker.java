package org.corridorgraph.harness.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.cli.Cli;
import org.corridorgraph.cli.ExitCodes;
import org.corridorgraph.cli.InputOptions;
import org.corridorgraph.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One size of the scale benchmark in a JVM of its own (its own heap, a clean heap figure per size): a main class of the harness
 * jar that {@link ScaleBench} starts; no command of the product or of the harness offers it.
 */
@Command(name = "scale-worker", mixinStandardHelpOptions = true,
        description = "One size of bench --scale, started by it in a child JVM; writes the size's figures as JSON to --out.")
public final class ScaleWorker implements Callable<Integer> {
    @Option(names = "--size", required = true, paramLabel = "N", description = "relationships in the synthetic corpus")
    long size;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "folder for the corpus and the store")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where the figures go")
    Path out;

    @Option(names = "--import", paramLabel = "PATH", defaultValue = "GENERATION",
            description = "GENERATION (serve's embedded import) or ONE_TRANSACTION (what --uri gets); default: ${DEFAULT-VALUE}")
    ScaleRun.ImportPath importPath;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(Cli.commandLine(new ScaleWorker()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter log = spec.commandLine().getOut();
        ObjectMapper mapper = Json.mapper();
        String schemaJson = input.seedFolder().read("schema.json");
        Map<String, Object> result = new ScaleRun(mapper, input.cypherLibrary(), schemaJson, log).run(size, dir, importPath);
        Report.write(mapper, out, result);
        return ExitCodes.OK;
    }
}
