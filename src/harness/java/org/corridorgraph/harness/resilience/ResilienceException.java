package org.corridorgraph.harness.resilience;

import org.corridorgraph.CorridorGraphException;

/** A resilience run could not be set up (a child process did not start, a folder is missing); not a scenario failure. */
public class ResilienceException extends CorridorGraphException {
    public ResilienceException(String message, String hint) {
        super(message, hint);
    }

    public ResilienceException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
