package org.corridorgraph.harness;

import org.corridorgraph.CorridorGraphException;

/**
 * A measurement that cannot run or cannot finish (a child JVM did not start, a folder cannot be written, the systems disagree):
 * one message and a hint, as every user error. A scenario whose checks fail is a result, not this.
 */
public final class HarnessException extends CorridorGraphException {
    public HarnessException(String message, String hint) {
        super(message, hint);
    }

    public HarnessException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
