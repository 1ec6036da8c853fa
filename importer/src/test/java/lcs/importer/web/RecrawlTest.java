package lcs.importer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import lcs.importer.CrawlOptions;
import lcs.importer.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-crawl sends the validators of the last crawl (If-None-Match, If-Modified-Since), hands
 * unchanged pages over as unchanged, and reads changed ones again. The import's --out is
 * simulated here by one line per page with its source, as the pipeline writes records.
 */
class RecrawlTest {
    static final String A_ETAG = "\"a-1\"";
    static final String B_DATE_1 = "Wed, 21 Oct 2026 07:28:00 GMT";
    static final String B_DATE_2 = "Thu, 03 Dec 2026 09:00:00 GMT";

    @TempDir
    Path dir;

    @RegisterExtension
    final TestSite site = TestSite.perTest();

    volatile String bBody = "<title>B</title><p>First version of B.</p>";
    volatile String bDate = B_DATE_1;

    @BeforeEach
    void pages() {
        site.html("/", "<title>Home</title><a href=\"/a\">A</a> <a href=\"/b\">B</a> <a href=\"/c\">C</a>");
        site.conditional(
                "/a",
                TestSite.Validator.ETAG,
                () -> A_ETAG,
                "text/html",
                () -> "<title>A</title><p>Page A. <a href=\"/a/child\">child</a></p>");
        site.html("/a/child", "<title>A child</title><p>Only linked from A.</p>");
        site.conditional("/b", TestSite.Validator.LAST_MODIFIED, () -> bDate, "text/html", () -> bBody);
        site.html("/c", "<title>C</title><p>Page C, no validators.</p>");
    }

    /** Crawls the site into {@code out} as the pipeline would: one line per page, unchanged pages kept. */
    RecordingSink crawl(Path out) throws Exception {
        RecordingSink sink = new RecordingSink();
        long start = System.nanoTime();
        List<String> previous = Files.exists(out) ? Files.readAllLines(out) : List.of();
        sink.hasPrevious = source -> previous.stream().anyMatch(l -> l.startsWith("{\"source\":\"" + source + "\""));
        try (WebSource source = new WebSource(
                List.of(site.uri("/")), new CrawlOptions(true, 100, 0, out), WebSettings.defaults(null))) {
            source.forEach(sink);
            writeOut(out, sink, previous);
            source.committed();
        }
        System.out.printf(java.util.Locale.ROOT, "crawl in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        return sink;
    }

    static void writeOut(Path out, RecordingSink sink, List<String> previous) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (Page page : sink.pages) {
            lines.add("{\"source\":\"" + page.source() + "\",\"body\":\""
                    + new String(page.content(), StandardCharsets.UTF_8).replace("\"", "\\\"") + "\"}");
        }
        for (String source : sink.unchanged) {
            previous.stream()
                    .filter(l -> l.startsWith("{\"source\":\"" + source + "\""))
                    .forEach(lines::add);
        }
        Files.write(out, lines);
    }

    TestSite.Request request(String path, int run) {
        return site.log().stream()
                .filter(r -> r.path().equals(path))
                .skip(run)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_recrawl_asks_conditionally_and_keeps_unchanged_pages() throws Exception {
        Path out = dir.resolve("site.jsonl");
        RecordingSink first = crawl(out);
        assertEquals(5, first.pages.size(), first.toString());
        assertTrue(Files.exists(dir.resolve("site.jsonl.crawl-state.json")));

        bBody = "<title>B</title><p>Second version of B.</p>";
        bDate = B_DATE_2;
        RecordingSink second = crawl(out);

        System.out.println("re-crawl: " + second);
        assertEquals(A_ETAG, request("/a", 1).ifNoneMatch());
        assertEquals(B_DATE_1, request("/b", 1).ifModifiedSince());
        assertNull(request("/c", 1).ifNoneMatch());
        assertEquals(List.of(site.base() + "/a"), second.unchanged);
        assertEquals(
                List.of(site.base() + "/", site.base() + "/b", site.base() + "/c", site.base() + "/a/child"),
                second.sources(),
                "B changed, C has no validators, the home page neither; A's child is still found");
        String lines = Files.readAllLines(out).stream().collect(Collectors.joining("\n"));
        assertTrue(lines.contains("Page A."), "A's previous line is kept:\n" + lines);
        assertTrue(lines.contains("Second version of B."), lines);

        RecordingSink third = crawl(out);
        assertEquals(List.of(site.base() + "/a", site.base() + "/b"), third.unchanged);
        assertTrue(Files.readAllLines(out).stream().anyMatch(l -> l.contains("Page A.")), "kept through two re-crawls");
    }

    @Test
    void a_page_whose_records_the_previous_out_lost_is_read_again_in_full() throws Exception {
        Path out = dir.resolve("site.jsonl");
        crawl(out);
        // The previous output no longer holds A's record: keeping "unchanged" would lose it.
        Files.write(
                out,
                Files.readAllLines(out).stream()
                        .filter(l -> !l.contains("/a\""))
                        .toList());

        RecordingSink second = crawl(out);

        assertEquals(A_ETAG, request("/a", 1).ifNoneMatch());
        assertNull(request("/a", 2).ifNoneMatch());
        assertTrue(second.sources().contains(site.base() + "/a"), second.toString());
        assertEquals(List.of(site.base() + "/b"), second.unchanged);
    }

    @Test
    void no_state_is_saved_until_the_output_is_committed() throws Exception {
        Path out = dir.resolve("site.jsonl");
        try (WebSource source = new WebSource(
                List.of(site.uri("/")), new CrawlOptions(true, 100, 0, out), WebSettings.defaults(null))) {
            source.forEach(new RecordingSink());
        }
        assertTrue(
                Files.notExists(dir.resolve("site.jsonl.crawl-state.json")), "an import that failed leaves no state");
    }
}
