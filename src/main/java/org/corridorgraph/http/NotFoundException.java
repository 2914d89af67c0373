package org.corridorgraph.http;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** An endpoint has nothing to give here. */
class NotFoundException extends CorridorGraphException {
    NotFoundException(String message, String hint) {
        super(ErrorKind.NOT_FOUND, message, hint, null);
    }
}
