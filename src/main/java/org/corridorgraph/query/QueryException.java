package org.corridorgraph.query;

import java.util.List;

import org.corridorgraph.CorridorGraphException;

/** A canned query could not be answered as asked; subclasses say why, for HTTP statuses and exit codes. */
public class QueryException extends CorridorGraphException {
    private final List<String> suggestions;

    public QueryException(String message, String hint, List<String> suggestions, Throwable cause) {
        super(message, hint, cause);
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }

    /** A parameter is missing, unknown, or of the wrong type or range. */
    public static class BadParameter extends QueryException {
        private final String parameter;

        public BadParameter(String parameter, String message, String hint) {
            super(message, hint, List.of(), null);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** No canned query has this name. */
    public static class UnknownQuery extends QueryException {
        public UnknownQuery(String name, List<String> suggestions) {
            super("no query named '" + name + "'", "see GET /api/queries for the catalogue", suggestions, null);
        }
    }

    /** A name that matches no entity or alias. */
    public static class UnknownEntity extends QueryException {
        private final String parameter;

        public UnknownEntity(String parameter, String value, List<String> suggestions) {
            super("no entity named '" + value + "' (parameter " + parameter + ")",
                    suggestions.isEmpty() ? "search with GET /api/entities?q=…" : "did you mean " + String.join(", ", suggestions) + "?",
                    suggestions, null);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** The query ran past its time limit. */
    public static class Timeout extends QueryException {
        public Timeout(String query, long millis, Throwable cause) {
            super("query " + query + " did not finish within " + millis + " ms", "narrow it: fewer hops, a smaller depth", List.of(), cause);
        }
    }

    /** A question /api/ask cannot map to a canned query. */
    public static class UnplacedQuestion extends QueryException {
        public UnplacedQuestion(String question, List<String> examples) {
            super("cannot place the question '" + question + "'", "ask in one of these shapes: " + String.join(" | ", examples), examples, null);
        }
    }
}
