package lcs.search;

/** There is no usable index to search; mapped to HTTP 503. */
public final class IndexUnavailableException extends RuntimeException {
    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
