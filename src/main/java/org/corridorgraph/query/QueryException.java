package org.corridorgraph.query;

import java.util.List;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** A canned query could not be answered as asked; each subclass names its kind, parameter and suggestions. */
public class QueryException extends CorridorGraphException {
    private final String parameter;
    private final List<String> suggestions;

    public QueryException(ErrorKind kind, String message, String hint, String parameter, List<String> suggestions, Throwable cause) {
        super(kind, message, hint, cause);
        this.parameter = parameter;
        this.suggestions = List.copyOf(suggestions);
    }

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
    public List<String> suggestions() {
        return suggestions;
    }

    /** A parameter is missing, unknown, or of the wrong type or range. */
    public static class BadParameter extends QueryException {
        public BadParameter(String parameter, String message, String hint) {
            super(ErrorKind.BAD_INPUT, message, hint, parameter, List.of(), null);
        }
    }

    /** No canned query has this name. */
    public static class UnknownQuery extends QueryException {
        public UnknownQuery(String name, List<String> suggestions) {
            super(ErrorKind.NOT_FOUND, "no query named '" + name + "'", "see GET /api/queries for the catalogue", null, suggestions, null);
        }
    }

    /** A name that matches no entity or alias. */
    public static class UnknownEntity extends QueryException {
        public UnknownEntity(String parameter, String value, List<String> suggestions) {
            super(ErrorKind.NOT_FOUND, "no entity named '" + value + "' (parameter " + parameter + ")",
                    suggestions.isEmpty() ? "search with GET /api/entities?q=…" : "did you mean " + String.join(", ", suggestions) + "?",
                    parameter, suggestions, null);
        }
    }

    /** The query ran past its time limit. */
    public static class Timeout extends QueryException {
        public Timeout(String query, long millis, Throwable cause) {
            super(ErrorKind.QUERY_TIMEOUT, "query " + query + " did not finish within " + millis + " ms",
                    "narrow it: fewer hops, a smaller depth", null, List.of(), cause);
        }
    }

    /** A canned query whose plan would write: reads never write, whichever path runs them. */
    public static class NotReadOnly extends QueryException {
        public NotReadOnly(String query) {
            super(ErrorKind.INTERNAL, "query " + query + " would write to the graph; canned queries only read",
                    "remove CREATE, MERGE, SET, DELETE and write procedures from its file in cypher/", null, List.of(), null);
        }
    }

    /** A question /api/ask cannot map to a canned query. */
    public static class UnplacedQuestion extends QueryException {
        public UnplacedQuestion(String question, List<String> examples) {
            super(ErrorKind.UNPLACED_QUESTION, "cannot place the question '" + question + "'",
                    "ask in one of these shapes: " + String.join(" | ", examples), "q", examples, null);
        }
    }
}
