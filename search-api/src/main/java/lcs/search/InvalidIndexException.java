package lcs.search;

import java.io.IOException;

/** An index folder holds something this server cannot serve (missing, empty, foreign, old). */
public final class InvalidIndexException extends IOException {
    public InvalidIndexException(String message) {
        super(message);
    }

    /** @param cause what the index library reported, kept for the log */
    public InvalidIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
