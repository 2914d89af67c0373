package org.corridorgraph.graph;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** The database or a server could not start: a taken port, a locked store, a bad setting. */
public class StartupException extends CorridorGraphException {
    public StartupException(String message, String hint, Throwable cause) {
        super(ErrorKind.STARTUP_FAILED, message, hint, cause);
    }
}
