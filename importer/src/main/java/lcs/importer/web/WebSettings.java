package lcs.importer.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the web source talks HTTP, beside the command's {@link lcs.importer.CrawlOptions}: timeouts,
 * the body cap, the Crawl-delay ceiling and the User-Agent. Tests shorten the timeouts.
 *
 * @param connectTimeout how long a TCP/TLS connection may take
 * @param readTimeout how long a whole response (headers and body) may take
 * @param maxBodyBytes bodies larger than this are not kept: the page is skipped as too large
 * @param maxCrawlDelay a robots.txt Crawl-delay above this is cut down to it
 * @param maxRedirects redirects followed per URL
 * @param userAgent sent with every request
 */
public record WebSettings(
        Duration connectTimeout,
        Duration readTimeout,
        int maxBodyBytes,
        Duration maxCrawlDelay,
        int maxRedirects,
        String userAgent) {

    /**
     * Names lcs and where to read what it does; {@code LCS_CRAWL_CONTACT} (a URL or address) is
     * appended so a site's operator can reach whoever runs the crawl.
     */
    public static final String USER_AGENT = "lcs/0.1 (Learning City Search importer; +docs/import.md#crawling)";

    public WebSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive (got " + maxBodyBytes + ")");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative (got " + maxRedirects + ")");
        }
    }

    /** 10 s to connect, 30 s per response, 16 MiB per body, Crawl-delay up to 30 s, 5 redirects. */
    public static WebSettings defaults(String contact) {
        String agent = contact == null || contact.isBlank()
                ? USER_AGENT
                : USER_AGENT.substring(0, USER_AGENT.length() - 1) + "; " + contact.strip() + ")";
        return new WebSettings(
                Duration.ofSeconds(10), Duration.ofSeconds(30), 16 * 1024 * 1024, Duration.ofSeconds(30), 5, agent);
    }

    public WebSettings withReadTimeout(Duration timeout) {
        return new WebSettings(connectTimeout, timeout, maxBodyBytes, maxCrawlDelay, maxRedirects, userAgent);
    }

    public WebSettings withMaxBodyBytes(int bytes) {
        return new WebSettings(connectTimeout, readTimeout, bytes, maxCrawlDelay, maxRedirects, userAgent);
    }

    public WebSettings withMaxCrawlDelay(Duration delay) {
        return new WebSettings(connectTimeout, readTimeout, maxBodyBytes, delay, maxRedirects, userAgent);
    }
}
