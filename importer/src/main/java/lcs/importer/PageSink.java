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

  /** The source learnt that about {@code pages} more pages are coming (a sitemap said so); for progress. */
  default void expect(int pages) {}
}
