package lcs.importer.extract;

import lcs.importer.SkipReason;

/** A page that gives no record, with the reason the report shows. */
public final class SkipException extends Exception {
    private final SkipReason reason;

    public SkipException(SkipReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public SkipReason reason() {
        return reason;
    }
}
