package lcs.importer;

/**
 * Receives what a {@link PageSource} reads. The import pipeline implements it: pages become records,
 * skips go into the report.
 */
public interface PageSink {

    /** A page read; the sink extracts records from it. */
    void accept(Page page);

    /** A page that could not be read or is not wanted, with why ({@code detail} may be null). */
    void skipped(String source, SkipReason reason, String detail);

    /**
     * A page the web source found unchanged since the last crawl (HTTP 304 to a conditional request):
     * the records the previous {@code --out} holds for {@code source} belong in the new one.
     *
     * @return whether the sink kept them; false (no previous records for {@code source}) makes the
     *     source read the page in full
     */
    default boolean unchanged(String source) {
        return false;
    }

    /** Something about the whole source worth a line in the report (e.g. --max-pages reached). */
    default void note(String message) {}

    /** The source learnt that about {@code pages} more pages are coming (a sitemap said so); for progress. */
    default void expect(int pages) {}
}
