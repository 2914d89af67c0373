package org.corridorgraph.importer;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** The database rejected the import; its transaction was rolled back and the graph is as it was. */
public class ImportFailedException extends CorridorGraphException {
    public ImportFailedException(String message, String hint, Throwable cause) {
        super(ErrorKind.IMPORT_FAILED, message, hint, cause);
    }
}
