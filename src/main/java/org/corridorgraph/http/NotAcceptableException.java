package org.corridorgraph.http;

import org.corridorgraph.CorridorGraphException;

/** The client asked for a format we cannot give for this result. */
class NotAcceptableException extends CorridorGraphException {
    NotAcceptableException(String message, String hint) {
        super(message, hint);
    }
}
