package org.corridorgraph.cli;

import picocli.CommandLine;

/** Builds the command line with its error handling; tests drive the same object. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine commandLine() {
        return commandLine(new RootCommand());
    }

    /** Any command tree with the product's parsing and error handling: the harness's commands answer errors as the product's do. */
    public static CommandLine commandLine(Object root) {
        CommandLine cli = new CommandLine(root);
        cli.setExecutionExceptionHandler(new ExitCodes());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
