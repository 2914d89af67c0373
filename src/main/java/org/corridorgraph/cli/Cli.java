package org.corridorgraph.cli;

import picocli.CommandLine;

/** Builds the command line with its error handling; tests drive the same object. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setExecutionExceptionHandler(new ExitCodes());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
