package lcs.importer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lcs.importer.ImportCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lcs import --crawl} end to end, through the picocli command, against a site on 127.0.0.1. */
class ImportCrawlTest {
    static final String ETAG = "\"cork-1\"";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @RegisterExtension
    final TestSite site = TestSite.perTest();

    @RegisterExtension
    final TestSite elsewhere = TestSite.perTest();

    volatile String hamburgDate = "Wed, 24 Oct 2018 10:00:00 GMT";

    record Run(int exit, String err, List<JsonNode> records) {}

    @BeforeEach
    void pages() {
        site.html("/", """
        <html lang="en"><head><title>Learning cities news</title></head><body>
        <nav><a href="/news/cork">Cork</a> <a href="/old-hamburg">Hamburg</a> <a href="/photo.jpg">Photo</a>
        <a href="/missing">Missing</a> <a href="%s/elsewhere">Elsewhere</a></nav></body></html>""".replace("%s", elsewhere.base()));
        site.conditional(
                "/news/cork",
                TestSite.Validator.ETAG,
                () -> ETAG,
                "text/html; charset=utf-8",
                () -> article(
                        "Cork opens its learning festival",
                        "Cork, Ireland, opened its annual Lifelong Learning Festival with more than five hundred free events"
                                + " across the city. Libraries, schools and community centres take part."));
        site.route("/old-hamburg", ex -> TestSite.redirect(ex, 301, "/news/hamburg"));
        site.conditional(
                "/news/hamburg",
                TestSite.Validator.LAST_MODIFIED,
                () -> hamburgDate,
                "text/html; charset=utf-8",
                () -> article(
                        "Hamburg hosts a learning cities meeting",
                        "Hamburg, Germany, welcomed representatives of learning cities to discuss adult education,"
                                + " inclusion and the role of libraries in lifelong learning."));
        site.page("/photo.jpg", "image/jpeg", "not really a JPEG");
    }

    static String article(String title, String text) {
        return "<html lang=\"en\"><head><title>" + title + " | Synthetic test site</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><main><article><h1>" + title + "</h1><p>" + text + "</p><p>" + text
                + "</p></article></main><footer>Synthetic page for the crawl test.</footer></body></html>";
    }

    Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ImportCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        List<JsonNode> records = new ArrayList<>();
        Path file = dir.resolve("site.jsonl");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                records.add(JSON.readTree(line));
            }
        }
        return new Run(exit, err.toString(), records);
    }

    Run crawl() throws Exception {
        return run(
                "--crawl", "--delay-ms", "0", "--out", dir.resolve("site.jsonl").toString(), site.base() + "/");
    }

    static List<String> field(Run run, String name) {
        return run.records().stream().map(r -> r.path(name).asText()).sorted().toList();
    }

    @Test
    void a_crawl_writes_one_record_per_article_and_reports_the_rest() throws Exception {
        Run run = crawl();

        System.out.println("first crawl:\n" + run.err() + run.records());
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                List.of(site.base() + "/news/cork", site.base() + "/old-hamburg"), field(run, "source"), run.err());
        assertTrue(run.err().contains("not HTML/text/PDF"), run.err());
        assertTrue(run.err().contains("HTTP 404"), run.err());
        assertEquals(List.of(), elsewhere.log());
        assertTrue(Files.exists(dir.resolve("site.jsonl.crawl-state.json")));
    }

    @Test
    void a_recrawl_asks_conditionally_and_keeps_the_records_of_unchanged_pages() throws Exception {
        Run first = crawl();
        assertEquals(0, first.exit(), first.err());

        Run second = crawl();

        System.out.println("re-crawl:\n" + second.err());
        assertEquals(0, second.exit(), second.err());
        List<TestSite.Request> cork =
                site.log().stream().filter(r -> r.path().equals("/news/cork")).toList();
        assertEquals(ETAG, cork.get(1).ifNoneMatch());
        List<TestSite.Request> hamburg = site.log().stream()
                .filter(r -> r.path().equals("/news/hamburg"))
                .toList();
        assertEquals(hamburgDate, hamburg.get(1).ifModifiedSince());
        assertEquals(first.records(), second.records(), "unchanged pages keep their records, ids and all");
        assertTrue(
                second.err().contains("kept from the previous output, pages unchanged since the last crawl: 2 records"),
                second.err());
    }

    @Test
    void a_sitemap_that_is_not_xml_fails_with_a_clear_message() throws Exception {
        site.html("/sitemap.xml", "<!doctype html><title>Site map</title><p>Our pages</p>");

        Run run = run("--delay-ms", "0", site.base() + "/sitemap.xml");

        System.out.println("not a sitemap:\n" + run.err());
        assertEquals(1, run.exit());
        assertTrue(
                run.err().contains("not a sitemap: " + site.base() + "/sitemap.xml (served as text/html)"), run.err());
    }
}
