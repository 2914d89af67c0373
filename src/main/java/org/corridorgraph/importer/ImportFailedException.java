package org.corridorgraph.importer;

import org.corridorgraph.CorridorGraphException;

/** The database rejected the import; its transaction was rolled back and the graph is as it was. */
public class ImportFailedException extends CorridorGraphException {
    public ImportFailedException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
