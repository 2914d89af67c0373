package org.corridorgraph;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The one registry of what an error means to a caller: the exit code the command line returns and
 * the HTTP status the API answers. Every {@link CorridorGraphException} names its kind.
 */
public enum ErrorKind {
    /** A parameter, option or value the user gave is wrong. */
    BAD_INPUT(2, 400),
    /** A request this server refuses to answer for whoever sent it (not this machine, not our page). */
    FORBIDDEN(2, 403),
    /** No query, entity or endpoint by that name. */
    NOT_FOUND(2, 404),
    /** The result cannot be given in the format asked for. */
    NOT_ACCEPTABLE(2, 406),
    /** A question that no canned query answers. */
    UNPLACED_QUESTION(2, 422),
    /** The seed data or a query file does not validate. */
    INVALID_SEED_DATA(3, 400),
    /** A draft candidate (accept, the review page) would make the seed data invalid; nothing was written. */
    INVALID_CANDIDATE(3, 422),
    /** The database or a server could not start, e.g. a port in use. */
    STARTUP_FAILED(4, 500),
    /** The database cannot be reached or stopped answering. */
    DATABASE_UNAVAILABLE(5, 503),
    /** A query ran past its time limit. */
    QUERY_TIMEOUT(6, 504),
    /** The graph was changed outside an import: it is no longer what the seed data says. */
    GRAPH_CHANGED(7, 409),
    /** An import was rolled back; the graph is as it was. */
    IMPORT_FAILED(1, 500),
    /** Anything else: a bug. */
    INTERNAL(1, 500);

    private final int exitCode;
    private final int httpStatus;

    ErrorKind(int exitCode, int httpStatus) {
        this.exitCode = exitCode;
        this.httpStatus = httpStatus;
    }

    public int exitCode() {
        return exitCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The kind of any throwable: ours say theirs; the driver's connection failures mean the database is away. */
    public static ErrorKind of(Throwable e) {
        if (e instanceof CorridorGraphException known) {
            return known.kind();
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException || e instanceof TransientException) {
            return DATABASE_UNAVAILABLE;
        }
        return INTERNAL;
    }
}
