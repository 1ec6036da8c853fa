package lcs.importer;

import java.io.IOException;

/**
 * Where pages come from: local files and folders ({@link LocalFiles}) or the web (URLs, sitemaps,
 * crawls; {@code lcs.importer.web}). A source hands every page it reads, and every one it could not,
 * to a {@link PageSink}, in order, on the calling thread. Closing releases what it holds (HTTP
 * clients, re-crawl state is saved).
 */
public interface PageSource extends AutoCloseable {

  /** Reads every page, handing each to {@code sink}; problems with one page go to the sink too. */
  void forEach(PageSink sink) throws IOException;

  @Override
  default void close() throws IOException {}
}
