package org.corridorgraph.cli;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;
import picocli.CommandLine;

/**
 * Errors become exit codes here, through the one {@link ErrorKind} registry. User errors print a message and a hint, never a
 * stack trace; CORRIDOR_GRAPH_DEBUG=1 adds the trace for developers.
 */
public final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
    public static final int OK = 0;
    public static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        if (e instanceof CorridorGraphException known) {
            cli.getErr().println("error: " + known.describe());
        } else {
            cli.getErr().println("error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            cli.getErr().println("  hint: this is a bug; run with CORRIDOR_GRAPH_DEBUG=1 for the stack trace and report it");
        }
        if ("1".equals(System.getenv("CORRIDOR_GRAPH_DEBUG"))) {
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return codeOf(e);
    }

    static int codeOf(Exception e) {
        return ErrorKind.of(e).exitCode();
    }
}
