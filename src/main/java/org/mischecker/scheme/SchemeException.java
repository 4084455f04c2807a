package org.mischecker.scheme;

/** A rule pack (thresholds, evidence catalogue or DRL) is broken: an internal error, not the user's input. */
public class SchemeException extends RuntimeException {

    public SchemeException(String message) {
        super(message);
    }

    public SchemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
