package lcs.analytics;

/** A reported event is malformed, too large, of an unknown type or carries an id we did not issue. */
public final class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
