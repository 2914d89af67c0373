package org.corridorgraph.harness.bench;

import org.corridorgraph.CorridorGraphException;

/** A benchmark that cannot run or cannot finish: one message and a hint, as every user error. */
public class BenchException extends CorridorGraphException {
    public BenchException(String message, String hint) {
        super(message, hint);
    }

    public BenchException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
