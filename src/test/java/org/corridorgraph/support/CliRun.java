package org.corridorgraph.support;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.corridorgraph.cli.Cli;
import picocli.CommandLine;

/** Runs the real command line in this JVM and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        CommandLine cli = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
