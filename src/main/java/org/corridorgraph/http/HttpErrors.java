package org.corridorgraph.http;

import java.util.List;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** Errors become problem details; the status comes from the one {@link ErrorKind} registry. */
final class HttpErrors {
    private HttpErrors() {
    }

    static Problem problem(Exception e, String path) {
        ErrorKind kind = ErrorKind.of(e);
        int status = kind.httpStatus();
        if (e instanceof CorridorGraphException known) {
            return new Problem("about:blank", title(status), status, known.getMessage(), known.hint(), known.parameter(),
                    known.suggestions());
        }
        if (kind == ErrorKind.DATABASE_UNAVAILABLE) {
            return new Problem("about:blank", title(status), status, "the database is unavailable", "try again shortly", null, List.of());
        }
        return new Problem("about:blank", title(status), status, "internal error while answering " + path,
                "the server log has the details", null, List.of());
    }

    static Problem notFound(String path) {
        return new Problem("about:blank", title(404), 404, "no such endpoint: " + path,
                "see GET /api/queries, /api/entities, /api/ask, /health, /ready", null, List.of());
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
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
