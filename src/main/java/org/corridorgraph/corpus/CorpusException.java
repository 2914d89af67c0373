package org.corridorgraph.corpus;

import org.corridorgraph.CorridorGraphException;

/** An article folder or file that cannot be read. */
public class CorpusException extends CorridorGraphException {
    public CorpusException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
