package lcs.search;

/** The requested document does not exist; mapped to HTTP 404. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
