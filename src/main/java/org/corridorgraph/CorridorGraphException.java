package org.corridorgraph;

/**
 * Root of every error a user can cause or meet. Subclasses carry their context; the CLI and the
 * HTTP layer each map them to exit codes and statuses in one place.
 */
public class CorridorGraphException extends RuntimeException {
    private final String hint;

    public CorridorGraphException(String message, String hint) {
        this(message, hint, null);
    }

    public CorridorGraphException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What the user can do about it; may be null. */
    public String hint() {
        return hint;
    }

    /** One or more lines for a terminal: the message, then the hint. */
    public String describe() {
        return hint == null || hint.isBlank() ? getMessage() : getMessage() + "\n  hint: " + hint;
    }
}
