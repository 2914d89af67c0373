package org.corridorgraph.corpus;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** An article folder or file that cannot be read. */
public class CorpusException extends CorridorGraphException {
    public CorpusException(String message, String hint, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, hint, cause);
    }
}
