package org.corridorgraph.http;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** The client asked for a format we cannot give for this result. */
class NotAcceptableException extends CorridorGraphException {
    NotAcceptableException(String message, String hint) {
        super(ErrorKind.NOT_ACCEPTABLE, message, hint, null);
    }

    @Override
    public String parameter() {
        return "format";
    }
}
