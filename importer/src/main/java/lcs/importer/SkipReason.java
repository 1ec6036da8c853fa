package lcs.importer;

/** Why a page gave no record; the report counts pages by reason. */
public enum SkipReason {
    NOT_FOUND("not found"),
    UNREADABLE("unreadable"),
    HTTP_ERROR("HTTP error"),
    TIMEOUT("timed out"),
    ROBOTS("disallowed by robots.txt"),
    NOT_SUPPORTED("not HTML/text/PDF"),
    TOO_LARGE("too large"),
    NO_MAIN_TEXT("no main text"),
    DUPLICATE("duplicate of another page"),
    INVALID_RECORD("record rejected by the corpus parser");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
