package lcs.importer.web;

import lcs.importer.SkipReason;

/** A request that gave no usable response: the page is skipped for {@link #reason()}. */
final class FetchException extends Exception {
    private final SkipReason reason;

    FetchException(SkipReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    SkipReason reason() {
        return reason;
    }
}
