package lcs.importer;

import java.nio.file.Path;

/**
 * The crawling options of {@code lcs import}, handed to the web source as given.
 *
 * @param crawl follow links within the same host
 * @param maxPages at most this many pages fetched
 * @param delayMs pause between two requests to one host (robots.txt Crawl-delay wins, up to 30 s)
 * @param out the {@code --out} file, or null for standard output; re-crawl state is kept next to it
 */
public record CrawlOptions(boolean crawl, int maxPages, long delayMs, Path out) {
    public CrawlOptions {
        if (maxPages < 1) {
            throw new IllegalArgumentException("--max-pages must be at least 1 (got " + maxPages + ")");
        }
        if (delayMs < 0) {
            throw new IllegalArgumentException("--delay-ms must not be negative (got " + delayMs + ")");
        }
    }
}
