package org.corridorgraph.importer;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** The database rejected the import; its transaction was rolled back and the graph is as it was. */
public class ImportFailedException extends CorridorGraphException {
    public ImportFailedException(String message, String hint, Throwable cause) {
        super(ErrorKind.IMPORT_FAILED, message, hint, cause);
    }

    /** The one-transaction import's failure, through the driver or in process: rolled back, the graph unchanged. */
    static ImportFailedException rolledBack(RuntimeException cause) {
        return new ImportFailedException("the database rejected the import, which was rolled back; the graph is unchanged: "
                + cause.getMessage(), "if you edited cypher/import/*.cypher, check it; otherwise report this", cause);
    }
}
