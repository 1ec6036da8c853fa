/**
 * The web side of {@code lcs import}: page URLs, sitemaps and same-host crawls, fetched politely
 * (robots.txt per RFC 9309, Crawl-delay, one request at a time per host) with bounded bodies, and
 * re-crawled with conditional requests. {@link lcs.importer.web.WebSource} is the entry point; the
 * import pipeline finds it through {@link lcs.importer.WebSources}.
 */
package lcs.importer.web;
