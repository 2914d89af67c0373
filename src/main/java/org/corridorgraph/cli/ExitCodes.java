package org.corridorgraph.cli;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.graph.DatabaseUnavailableException;
import org.corridorgraph.graph.StartupException;
import org.corridorgraph.importer.ImportFailedException;
import org.corridorgraph.query.QueryException;
import org.corridorgraph.seed.SeedValidationException;
import picocli.CommandLine;

/**
 * The one place where errors become exit codes. User errors print a message and a hint, never a
 * stack trace; CORRIDOR_GRAPH_DEBUG=1 adds the trace for developers.
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int INVALID_SEED_DATA = 3;
    static final int STARTUP_FAILED = 4;
    static final int DATABASE_UNAVAILABLE = 5;
    static final int QUERY_TIMEOUT = 6;

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
        if (e instanceof SeedValidationException) {
            return INVALID_SEED_DATA;
        }
        if (e instanceof StartupException) {
            return STARTUP_FAILED;
        }
        if (e instanceof DatabaseUnavailableException) {
            return DATABASE_UNAVAILABLE;
        }
        if (e instanceof QueryException.Timeout) {
            return QUERY_TIMEOUT;
        }
        if (e instanceof ImportFailedException) {
            return FAILED;
        }
        if (e instanceof CorridorGraphException) {
            return USAGE;
        }
        return FAILED;
    }
}
