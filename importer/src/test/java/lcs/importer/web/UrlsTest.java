package lcs.importer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** One page, one key: the URL forms that name the same page normalise to the same URI. */
class UrlsTest {
    @Test
    void case_default_port_fragment_and_empty_path_do_not_make_another_page() {
        URI expected = URI.create("https://example.org/");
        assertEquals(expected, Urls.parse("HTTPS://Example.ORG"));
        assertEquals(expected, Urls.parse("https://example.org:443/#top"));
        assertEquals(URI.create("http://example.org:8080/a?b=1"), Urls.parse(" http://example.org:8080/a?b=1#c "));
    }

    @Test
    void only_http_and_https_urls_are_kept() {
        assertNull(Urls.parse("mailto:someone@example.org"));
        assertNull(Urls.parse("javascript:void(0)"));
        assertNull(Urls.parse("ftp://example.org/file"));
        assertNull(Urls.parse("http://exa mple.org/"));
        assertNull(Urls.parse(""));
    }

    @Test
    void a_redirect_location_is_resolved_against_the_url_that_sent_it() {
        URI base = URI.create("http://example.org/news/old");
        assertEquals(URI.create("http://example.org/news/new"), Urls.resolve(base, "new"));
        assertEquals(URI.create("https://example.org/"), Urls.resolve(base, "https://example.org"));
        assertNull(Urls.resolve(base, "http://exa mple.org/a page"));
    }
}
