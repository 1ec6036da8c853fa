package lcs.importer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import lcs.importer.CrawlOptions;
import lcs.importer.SkipReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One {@code --crawl} of a small site on 127.0.0.1 with every case a crawler meets: robots.txt
 * with a Disallow and a Crawl-delay, a redirect, a redirect chain too long, a 404, a 500, a page
 * slower than the timeout, a page under two URLs (canonical link), the same bytes under two URLs, a
 * non-HTML file, two 50 MB pages (one declared, one chunked), and a link to another host. The crawl
 * runs once; each test checks one behaviour of it.
 */
class CrawlTest {
    static final long CRAWL_DELAY_MS = 100;
    static final Duration TIMEOUT = Duration.ofMillis(1000);
    static final int CAP = 1024 * 1024;
    static final long FIFTY_MB = 50L * 1024 * 1024;

    @RegisterExtension
    static final TestSite site = TestSite.perClass();

    @RegisterExtension
    static final TestSite elsewhere = TestSite.perClass();

    static RecordingSink sink = new RecordingSink();
    static final AtomicLong chunkedBytesWritten = new AtomicLong();
    static final CompletableFuture<Void> chunkedDone = new CompletableFuture<>();
    static long crawlMillis;

    @BeforeAll
    static void crawl() throws Exception {
        elsewhere.html("/elsewhere", "<title>Another site</title><p>Not to be crawled.</p>");
        String off = elsewhere.base() + "/elsewhere";
        site.page(
                "/robots.txt",
                "text/plain",
                "User-agent: *\nDisallow: /private/\nCrawl-delay: " + (CRAWL_DELAY_MS / 1000.0) + "\n");
        site.html("/", """
        <html><head><title>Home</title></head><body>
        <a href="/news/one">One</a> <a href="/news/two#top">Two</a> <a href="/old">Old</a>
        <a href="/hop/1">Hops</a> <a href="/missing">Missing</a> <a href="/broken">Broken</a>
        <a href="/slow">Slow</a> <a href="/story">Story</a> <a href="/story?from=home">Story again</a>
        <a href="/copy">Copy</a> <a href="/photo.jpg">Photo</a> <a href="/private/secret">Secret</a>
        <a href="/big-declared">Big</a> <a href="/big-chunked">Big 2</a>
        <a href="%s">Elsewhere</a> <a href="mailto:someone@example.org">Mail</a>
        <a href="/nofollowed" rel="nofollow">Nofollow</a> <a href="/about">About</a> <a href="/members">Members</a>
        <a href="/bad-redirect">Bad redirect</a>
        </body></html>""".replace("%s", off));
        site.html("/news/one", "<title>One</title><p>Cork opens a learning festival.</p>");
        site.html("/news/two", "<title>Two</title><p>Ljubljana news. <a href=\"/news/three\">Three</a></p>");
        site.route("/old", ex -> TestSite.redirect(ex, 301, "/news/three"));
        site.html("/news/three", "<title>Three</title><p>Hamburg press release.</p>");
        for (int i = 1; i <= 7; i++) {
            String next = "/hop/" + (i + 1);
            site.route("/hop/" + i, ex -> TestSite.redirect(ex, 302, next));
        }
        site.route("/bad-redirect", ex -> TestSite.redirect(ex, 302, "http://exa mple.org/a page"));
        site.route("/broken", ex -> TestSite.send(ex, 500, "text/html", "<h1>Internal error</h1>"));
        site.route("/slow", ex -> {
            Thread.sleep(3_000);
            TestSite.send(ex, 200, "text/html", "<title>Slow</title><p>Too late.</p>");
        });
        String story = """
        <html><head><title>Story</title><link rel="canonical" href="%s/story"></head>
        <body><p>Ventspils story.</p><!-- %s --></body></html>""";
        site.html("/story", String.format(java.util.Locale.ROOT, story, site.base(), "plain"));
        site.html("/story?from=home", String.format(java.util.Locale.ROOT, story, site.base(), "from home"));
        // A common CMS mistake: every page names the home page as canonical. Its title tells it apart.
        site.html(
                "/about",
                "<html><head><title>About</title><link rel=canonical href=\"/\"></head><p>About us.</p></html>");
        site.route("/members", ex -> TestSite.send(ex, 403, "text/html", "<h1>Forbidden</h1>"));
        site.html("/copy", "<title>One</title><p>Cork opens a learning festival.</p>");
        site.page("/photo.jpg", "image/jpeg", "\u00ff\u00d8\u00ff not really a JPEG");
        site.html("/private/secret", "<title>Secret</title>");
        site.html("/nofollowed", "<title>Nofollowed</title>");
        site.route("/big-declared", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, FIFTY_MB);
            writeZeros(ex.getResponseBody(), FIFTY_MB, new AtomicLong());
        });
        site.route("/big-chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try {
                writeZeros(ex.getResponseBody(), FIFTY_MB, chunkedBytesWritten);
            } finally {
                chunkedDone.complete(null);
            }
        });

        WebSettings settings =
                WebSettings.defaults(null).withReadTimeout(TIMEOUT).withMaxBodyBytes(CAP);
        long start = System.nanoTime();
        try (WebSource source =
                new WebSource(List.of(site.uri("/")), new CrawlOptions(true, 1000, 1000, null), settings)) {
            source.forEach(sink);
        }
        crawlMillis = (System.nanoTime() - start) / 1_000_000;
    }

    static void writeZeros(OutputStream out, long total, AtomicLong written) throws IOException {
        byte[] chunk =
                "<p>padding padding padding</p>\n".repeat(2048).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (out) {
            while (written.get() < total) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
        }
    }

    @AfterAll
    static void report() {
        System.out.printf(
                java.util.Locale.ROOT,
                "crawl: %d ms, %d requests to the site, %d to the other host, shortest gap %.1f ms"
                        + " (Crawl-delay %d ms), %d pages, %d skips, chunked 50 MB page: %d bytes written before the cut%n",
                crawlMillis,
                site.log().size(),
                elsewhere.log().size(),
                site.shortestGapNanos() / 1e6,
                CRAWL_DELAY_MS,
                sink.pages.size(),
                sink.skips.size(),
                chunkedBytesWritten.get());
        System.out.println("gaps (ms): " + site.gapsMillis());
        System.out.println(sink);
    }

    String url(String path) {
        return site.base() + path;
    }

    @Test
    void every_readable_page_is_handed_over_once() {
        assertEquals(
                List.of(
                        site.uri("/").toString(),
                        url("/news/one"),
                        url("/news/two"),
                        url("/old"),
                        url("/story"),
                        url("/about")),
                sink.sources(),
                sink.toString());
        assertEquals(site.uri("/news/three"), sink.pages.get(3).url(), "the redirect's page carries its final URL");
        assertTrue(
                sink.pages.stream().allMatch(p -> p.contentType().equals("text/html; charset=utf-8")),
                "type and declared charset");
    }

    @Test
    void robots_txt_disallow_is_obeyed_and_reported() {
        assertEquals(SkipReason.ROBOTS, sink.skip(url("/private/secret")).reason());
        assertFalse(site.paths().contains("/private/secret"), site.paths().toString());
        assertEquals("/robots.txt", site.paths().get(0));
    }

    @Test
    void requests_are_spaced_by_the_crawl_delay() {
        List<TestSite.Request> log = site.log();
        long shortest = Long.MAX_VALUE;
        for (int i = 1; i < log.size(); i++) {
            shortest = Math.min(shortest, log.get(i).nanos() - log.get(i - 1).nanos());
        }
        assertTrue(shortest >= CRAWL_DELAY_MS * 1_000_000, "shortest gap " + shortest / 1e6 + " ms");
        // --delay-ms was 1,000: had it been used instead of the Crawl-delay, no gap would be under 1 s.
        assertTrue(site.medianGapMillis() < 1000, "gaps " + site.gapsMillis());
    }

    @Test
    void every_request_names_lcs_in_its_user_agent() {
        assertTrue(
                site.log().stream()
                        .allMatch(r -> r.userAgent() != null && r.userAgent().startsWith("lcs/")),
                site.log().toString());
    }

    @Test
    void a_redirect_is_followed_and_its_target_is_not_read_twice() {
        long reads = site.paths().stream().filter("/news/three"::equals).count();
        assertEquals(1, reads, site.paths().toString());
    }

    @Test
    void more_than_five_redirects_are_not_followed() {
        sink.assertSkipped(url("/hop/1"), SkipReason.HTTP_ERROR, "more than 5 redirects");
        assertTrue(site.paths().contains("/hop/6"));
        assertFalse(site.paths().contains("/hop/7"));
    }

    @Test
    void a_redirect_to_a_malformed_location_is_reported() {
        sink.assertSkipped(url("/bad-redirect"), SkipReason.HTTP_ERROR, "http://exa mple.org/a page");
    }

    @Test
    void not_found_and_server_errors_are_skipped_and_reported() {
        sink.assertSkipped(url("/missing"), SkipReason.NOT_FOUND, "HTTP 404");
        sink.assertSkipped(url("/members"), SkipReason.HTTP_ERROR, "HTTP 403");
        sink.assertSkipped(url("/broken"), SkipReason.HTTP_ERROR, "HTTP 500");
    }

    @Test
    void a_page_slower_than_the_timeout_is_skipped() {
        sink.assertSkipped(url("/slow"), SkipReason.TIMEOUT, "1000 ms");
    }

    @Test
    void a_page_under_two_urls_with_one_canonical_gives_one_page() {
        sink.assertSkipped(url("/story?from=home"), SkipReason.DUPLICATE, url("/story"));
    }

    @Test
    void a_canonical_link_shared_by_pages_with_different_titles_drops_nothing() {
        assertTrue(sink.sources().contains(url("/about")), sink.toString());
    }

    @Test
    void the_same_bytes_under_another_url_give_one_page() {
        sink.assertSkipped(url("/copy"), SkipReason.DUPLICATE, url("/news/one"));
    }

    @Test
    void a_non_html_file_is_skipped_with_its_type() {
        RecordingSink.Skip skip = sink.skip(url("/photo.jpg"));
        assertEquals(SkipReason.NOT_SUPPORTED, skip.reason());
        assertTrue(skip.detail().startsWith("image/jpeg"), skip.detail());
    }

    @Test
    void a_50_mb_page_is_skipped_without_reading_it_whole() throws Exception {
        assertEquals(SkipReason.TOO_LARGE, sink.skip(url("/big-declared")).reason());
        assertEquals(SkipReason.TOO_LARGE, sink.skip(url("/big-chunked")).reason());
        chunkedDone.get(10, TimeUnit.SECONDS);
        // The client stopped reading past the cap; what the server wrote is the cap plus socket buffers.
        assertTrue(chunkedBytesWritten.get() < FIFTY_MB / 2, chunkedBytesWritten.get() + " bytes written");
    }

    @Test
    void links_off_the_host_are_not_followed() {
        assertEquals(List.of(), elsewhere.log());
    }

    @Test
    void nofollow_links_and_non_http_links_are_not_followed() {
        assertFalse(site.paths().contains("/nofollowed"));
        assertTrue(sink.skips.stream().noneMatch(s -> s.source().startsWith("mailto:")));
    }

    @Test
    void nothing_fails_the_crawl_and_every_url_is_accounted_for() {
        // 6 pages + skips: private, hop, bad redirect, missing, members, broken, slow, story again, copy,
        // photo, 2 big.
        assertEquals(6, sink.pages.size());
        assertEquals(12, sink.skips.size(), sink.toString());
    }
}
