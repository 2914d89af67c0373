package org.corridorgraph;

import java.util.List;

/**
 * Root of every error a user can cause or meet. Each carries its {@link ErrorKind}, which decides
 * the exit code and the HTTP status in one place, and what the user can do about it.
 */
public class CorridorGraphException extends RuntimeException {
    private final ErrorKind kind;
    private final String hint;

    public CorridorGraphException(String message, String hint) {
        this(ErrorKind.BAD_INPUT, message, hint, null);
    }

    public CorridorGraphException(String message, String hint, Throwable cause) {
        this(ErrorKind.BAD_INPUT, message, hint, cause);
    }

    public CorridorGraphException(ErrorKind kind, String message, String hint, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.hint = hint;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** What the user can do about it; may be null. */
    public String hint() {
        return hint;
    }

    /** The parameter at fault, when there is one; null otherwise. */
    public String parameter() {
        return null;
    }

    /** Names the user may have meant, or example questions; empty when there are none. */
    public List<String> suggestions() {
        return List.of();
    }

    /** One or more lines for a terminal: the message, then the hint. */
    public String describe() {
        return hint == null || hint.isBlank() ? getMessage() : getMessage() + "\n  hint: " + hint;
    }
}
