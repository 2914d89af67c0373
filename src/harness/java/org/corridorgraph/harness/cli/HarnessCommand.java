package org.corridorgraph.harness.cli;

import org.corridorgraph.cli.Cli;
import org.corridorgraph.cli.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The harness's commands: they measure the product jar beside the harness jar, started as users start it. */
@Command(name = "corridor-graph-harness", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measures corridor-graph: benchmarks (bench, bench-extract) and resilience scenarios (resilience) against the product jar.",
        subcommands = {BenchCommand.class, ExtractBenchCommand.class, ResilienceCommand.class})
public final class HarnessCommand {
    /** With the product's parsing and error handling, so a harness error reads like a product error; tests drive the same object. */
    public static CommandLine commandLine() {
        return Cli.commandLine(new HarnessCommand());
    }
}
