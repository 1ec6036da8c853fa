package lcs.importer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import lcs.importer.CrawlOptions;
import lcs.importer.SkipReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sitemap inputs (indexes, bad ones) and the --max-pages bound, against a site on 127.0.0.1. */
class SitemapTest {
    static final String URLSET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">%s</urlset>";
    static final String INDEX = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">%s</sitemapindex>";

    @RegisterExtension
    final TestSite site = TestSite.perTest();

    RecordingSink sink = new RecordingSink();

    @BeforeEach
    void pages() {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        for (String page : List.of("one", "two", "three", "four", "five")) {
            site.html(
                    "/news/" + page,
                    "<title>" + page + "</title><p>News " + page + ". <a href=\"/\">Home</a></p>" + "<a href=\"/news/"
                            + page + "/more\">More</a>");
        }
        site.html("/", "<title>Home</title><a href=\"/news/one\">one</a>");
    }

    String loc(String path) {
        return "<url><loc>" + site.base() + path + "</loc></url>";
    }

    void read(boolean crawl, int maxPages, String... inputs) throws Exception {
        WebSettings settings = WebSettings.defaults(null).withReadTimeout(Duration.ofSeconds(5));
        List<java.net.URI> uris = java.util.Arrays.stream(inputs).map(site::uri).toList();
        try (WebSource source = new WebSource(uris, new CrawlOptions(crawl, maxPages, 20, null), settings)) {
            source.forEach(sink);
        }
    }

    @Test
    void a_sitemap_index_gives_its_pages_and_says_how_many_are_coming() throws Exception {
        site.page(
                "/sitemap.xml",
                "application/xml",
                INDEX.replace(
                        "%s",
                        "<sitemap><loc>" + site.base() + "/sitemap-news.xml</loc></sitemap>" + "<sitemap><loc>"
                                + site.base() + "/sitemap-more.xml</loc></sitemap>"));
        site.page(
                "/sitemap-news.xml",
                "application/xml",
                URLSET.replace("%s", loc("/news/one") + loc("/news/two") + loc("/news/three")));
        site.page("/sitemap-more.xml", "text/xml", URLSET.replace("%s", loc("/news/four") + loc("/private/five")));

        read(false, 1000, "/sitemap.xml");

        assertEquals(5, sink.expected, "pages announced by the two sitemaps");
        assertEquals(
                List.of(
                        site.base() + "/news/one",
                        site.base() + "/news/two",
                        site.base() + "/news/three",
                        site.base() + "/news/four"),
                sink.sources(),
                sink.toString());
        assertEquals(SkipReason.ROBOTS, sink.skip(site.base() + "/private/five").reason());
        // Without --crawl the links on the pages are not followed.
        assertEquals(
                List.of(
                        "/robots.txt",
                        "/sitemap.xml",
                        "/sitemap-news.xml",
                        "/sitemap-more.xml",
                        "/news/one",
                        "/news/two",
                        "/news/three",
                        "/news/four"),
                site.paths());
    }

    @Test
    void max_pages_counts_the_pages_a_sitemap_lists_not_the_sitemap() throws Exception {
        site.page(
                "/sitemap.xml",
                "application/xml",
                URLSET.replace("%s", loc("/news/one") + loc("/news/two") + loc("/news/three")));

        read(false, 2, "/sitemap.xml");

        assertEquals(List.of(site.base() + "/news/one", site.base() + "/news/two"), sink.sources(), sink.toString());
        assertEquals(List.of("--max-pages 2 reached: 1 more URLs found, not fetched"), sink.notes);
    }

    @Test
    void a_sitemap_that_is_html_is_reported_as_not_a_sitemap() throws Exception {
        site.html(
                "/sitemap.xml",
                "<!doctype html><html><body><h1>Site map</h1><a href=\"/news/one\">one</a></body></html>");

        read(false, 1000, "/sitemap.xml");

        RecordingSink.Skip skip = sink.skip(site.base() + "/sitemap.xml");
        System.out.println("HTML sitemap: " + skip);
        assertEquals(SkipReason.UNREADABLE, skip.reason());
        assertTrue(
                skip.detail().startsWith("not a sitemap: " + site.base() + "/sitemap.xml (served as text/html)"),
                skip.detail());
        assertEquals(List.of(), sink.pages);
    }

    @Test
    void a_sitemap_that_is_not_xml_is_reported_as_not_a_sitemap() throws Exception {
        site.page("/sitemap.xml", "application/xml", "this is not XML at all {\"urls\": []}");

        read(false, 1000, "/sitemap.xml");

        RecordingSink.Skip skip = sink.skip(site.base() + "/sitemap.xml");
        System.out.println("non-XML sitemap: " + skip);
        assertEquals(SkipReason.UNREADABLE, skip.reason());
        assertTrue(skip.detail().startsWith("not a sitemap: "), skip.detail());
        assertTrue(
                skip.detail().endsWith("Content is not allowed in prolog."),
                "the XML parser's reason: " + skip.detail());
        assertEquals(List.of(), sink.pages);
    }

    @Test
    void a_text_sitemap_lists_one_url_per_line() throws Exception {
        site.page("/sitemap.txt", "text/plain", site.base() + "/news/one\n" + site.base() + "/news/two\n");

        read(false, 1000, "/sitemap.txt");

        assertEquals(List.of(site.base() + "/news/one", site.base() + "/news/two"), sink.sources(), sink.toString());
    }

    @Test
    void a_gzipped_sitemap_is_read() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(URLSET.replace("%s", loc("/news/one") + loc("/news/two"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        site.route("/sitemap.xml.gz", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/gzip");
            ex.sendResponseHeaders(200, bytes.size());
            ex.getResponseBody().write(bytes.toByteArray());
        });

        read(false, 1000, "/sitemap.xml.gz");

        assertEquals(List.of(site.base() + "/news/one", site.base() + "/news/two"), sink.sources(), sink.toString());
    }

    @Test
    void max_pages_bounds_the_crawl() throws Exception {
        site.html(
                "/",
                "<title>Home</title>" + "<a href=\"/news/one\">1</a><a href=\"/news/two\">2</a>"
                        + "<a href=\"/news/three\">3</a><a href=\"/news/four\">4</a>");

        WebSettings settings = WebSettings.defaults(null).withReadTimeout(Duration.ofSeconds(5));
        int unvisited;
        try (WebSource source = new WebSource(List.of(site.uri("/")), new CrawlOptions(true, 3, 20, null), settings)) {
            source.forEach(sink);
            unvisited = source.unvisited();
        }

        assertEquals(List.of("/robots.txt", "/", "/news/one", "/news/two"), site.paths());
        assertEquals(3, sink.pages.size());
        assertTrue(unvisited >= 2, "unvisited " + unvisited);
        assertEquals(List.of("--max-pages 3 reached: " + unvisited + " more URLs found, not fetched"), sink.notes);
    }
}
