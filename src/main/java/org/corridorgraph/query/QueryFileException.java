package org.corridorgraph.query;

import org.corridorgraph.CorridorGraphException;

/** A query file is malformed; the message names the file and line. */
public class QueryFileException extends CorridorGraphException {
    public QueryFileException(String file, int line, String message, String hint) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, hint);
    }
}
