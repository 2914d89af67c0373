package org.corridorgraph.http;

import java.util.List;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.graph.DatabaseUnavailableException;
import org.corridorgraph.query.QueryException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** The one place where errors become HTTP statuses and problem details. */
final class HttpErrors {
    private HttpErrors() {
    }

    static Problem problem(Exception e, String path) {
        if (e instanceof QueryException.BadParameter bad) {
            return of(400, bad, bad.parameter(), List.of());
        }
        if (e instanceof QueryException.UnknownEntity unknown) {
            return of(404, unknown, unknown.parameter(), unknown.suggestions());
        }
        if (e instanceof QueryException.UnknownQuery unknown) {
            return of(404, unknown, null, unknown.suggestions());
        }
        if (e instanceof QueryException.UnplacedQuestion unplaced) {
            return of(422, unplaced, "q", unplaced.suggestions());
        }
        if (e instanceof NotAcceptableException na) {
            return of(406, na, "format", List.of());
        }
        if (e instanceof QueryException.Timeout timeout) {
            return of(504, timeout, null, List.of());
        }
        if (e instanceof DatabaseUnavailableException unavailable) {
            return of(503, unavailable, null, List.of());
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
                || e instanceof org.neo4j.driver.exceptions.TransientException) {
            return new Problem("about:blank", title(503), 503, "the database is unavailable", "try again shortly", null, List.of());
        }
        if (e instanceof CorridorGraphException known) {
            return of(400, known, null, List.of());
        }
        return new Problem("about:blank", title(500), 500, "internal error while answering " + path,
                "the server log has the details", null, List.of());
    }

    static Problem notFound(String path) {
        return new Problem("about:blank", title(404), 404, "no such endpoint: " + path,
                "see GET /api/queries, /api/entities, /api/ask, /health, /ready", null, List.of());
    }

    private static Problem of(int status, CorridorGraphException e, String parameter, List<String> suggestions) {
        return new Problem("about:blank", title(status), status, e.getMessage(), e.hint(), parameter, suggestions);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 406 -> "Not Acceptable";
            case 414 -> "URI Too Long";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 500 -> "Internal Server Error";
            default -> org.eclipse.jetty.http.HttpStatus.getMessage(status);
        };
    }
}
