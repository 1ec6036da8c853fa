package lcs.importer;

import java.io.IOException;

/**
 * Where pages come from: local files and folders ({@link LocalFiles}) or the web (URLs, sitemaps,
 * crawls; {@code lcs.importer.web}). A source hands every page it reads, and every one it could not,
 * to a {@link PageSink}, in order, on the calling thread. Closing releases what it holds (HTTP
 * clients); {@link #committed()} saves re-crawl state once the output is in place.
 */
public interface PageSource extends AutoCloseable {

    /** Reads every page, handing each to {@code sink}; problems with one page go to the sink too. */
    void forEach(PageSink sink) throws IOException;

    /**
     * The output the pages went into is now in place. A source with re-crawl state saves it here, not
     * on close, so a failed import never leaves the state ahead of the output it describes.
     */
    default void committed() throws IOException {}

    @Override
    default void close() throws IOException {}
}
