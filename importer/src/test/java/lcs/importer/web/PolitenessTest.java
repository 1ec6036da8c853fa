package lcs.importer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import lcs.importer.CrawlOptions;
import lcs.importer.SkipReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request spacing and robots.txt edge cases (RFC 9309) against a site on 127.0.0.1. */
class PolitenessTest {
    @RegisterExtension
    final TestSite site = TestSite.perTest();

    RecordingSink sink = new RecordingSink();

    @BeforeEach
    void pages() {
        for (String page : List.of("a", "b", "c")) {
            site.html("/" + page, "<title>" + page + "</title><p>Page " + page + ".</p>");
        }
    }

    void read(long delayMs, WebSettings settings) throws Exception {
        List<URI> inputs = List.of(site.uri("/a"), site.uri("/b"), site.uri("/c"));
        try (WebSource source = new WebSource(inputs, new CrawlOptions(false, 1000, delayMs, null), settings)) {
            source.forEach(sink);
        }
    }

    @Test
    void without_a_crawl_delay_requests_are_spaced_by_delay_ms() throws Exception {
        // No robots.txt (404): everything allowed, --delay-ms applies.
        read(150, WebSettings.defaults(null));

        assertEquals(3, sink.pages.size(), sink.toString());
        assertEquals(List.of("/robots.txt", "/a", "/b", "/c"), site.paths());
        long gap = site.shortestGapNanos() / 1_000_000;
        System.out.println("delay-ms 150: shortest gap " + gap + " ms");
        assertTrue(gap >= 150, "shortest gap " + gap + " ms");
    }

    @Test
    void a_crawl_delay_above_the_ceiling_is_cut_to_the_ceiling() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 60\n");
        // The ceiling is 30 s in use; 200 ms here so the test stays short.
        long start = System.nanoTime();
        read(0, WebSettings.defaults(null).withMaxCrawlDelay(Duration.ofMillis(200)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(3, sink.pages.size(), sink.toString());
        long gap = site.shortestGapNanos() / 1_000_000;
        System.out.println("Crawl-delay 60 s, ceiling 200 ms: shortest gap " + gap + " ms, " + millis + " ms in all");
        assertTrue(gap >= 200, "shortest gap " + gap + " ms");
        // Uncapped, every gap would be 60 s.
        assertTrue(site.medianGapMillis() < 10_000, "gaps " + site.gapsMillis());
    }

    @Test
    void robots_txt_rules_for_lcs_win_over_the_wildcard_group() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: lcs\nDisallow: /b\n");

        read(0, WebSettings.defaults(null));

        assertEquals(List.of(site.base() + "/a", site.base() + "/c"), sink.sources(), sink.toString());
        assertEquals(SkipReason.ROBOTS, sink.skip(site.base() + "/b").reason());
    }

    @Test
    void a_robots_txt_server_error_allows_nothing() throws Exception {
        site.route("/robots.txt", ex -> TestSite.send(ex, 503, "text/plain", "busy"));

        read(0, WebSettings.defaults(null));

        assertEquals(List.of(), sink.pages);
        assertEquals(
                3,
                sink.skips.stream().filter(s -> s.reason() == SkipReason.ROBOTS).count(),
                sink.toString());
        assertEquals(List.of("/robots.txt"), site.paths());
    }

    @Test
    void a_host_that_refuses_connections_is_reported_unreadable_once_per_page() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<URI> inputs =
                List.of(URI.create("http://127.0.0.1:" + port + "/a"), URI.create("http://127.0.0.1:" + port + "/b"));
        try (WebSource source =
                new WebSource(inputs, new CrawlOptions(false, 1000, 0, null), WebSettings.defaults(null))) {
            source.forEach(sink);
        }

        assertEquals(2, sink.skips.size(), sink.toString());
        for (RecordingSink.Skip skip : sink.skips) {
            assertEquals(SkipReason.UNREADABLE, skip.reason());
            assertEquals("host unreachable (robots.txt: connection refused)", skip.detail());
        }
    }

    @Test
    void meta_robots_noindex_is_skipped() throws Exception {
        site.html("/b", "<html><head><meta name=\"robots\" content=\"noindex, follow\"></head><p>Hidden.</p></html>");

        read(0, WebSettings.defaults(null));

        assertEquals(SkipReason.ROBOTS, sink.skip(site.base() + "/b").reason());
        assertEquals(2, sink.pages.size());
    }
}
