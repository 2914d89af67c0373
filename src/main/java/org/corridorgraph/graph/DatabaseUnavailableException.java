package org.corridorgraph.graph;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** Neo4j cannot be reached, or stopped answering. */
public class DatabaseUnavailableException extends CorridorGraphException {
    public DatabaseUnavailableException(String message, String hint, Throwable cause) {
        super(ErrorKind.DATABASE_UNAVAILABLE, message, hint, cause);
    }
}
