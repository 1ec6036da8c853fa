package lcs.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lcs import} end to end: exit codes, report, output, and clear errors for bad input. */
class ImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String ARTICLE = """
      <!doctype html><html lang="en"><head><title>Tallinn opens night classes | City News</title>
      <meta name="description" content="Night classes open in every district."></head>
      <body><nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
      <div class="cookie-banner">We use cookies. <button>OK</button></div>
      <main><article><h1>Tallinn opens night classes</h1><time datetime="2023-03-14">14 March 2023</time>
      <p>Tallinn, the capital of Estonia, opens night classes in every district this spring, so that adults can learn after work.</p>
      <p>Libraries, schools and youth centres take part, and volunteers help newcomers to find a course that suits them.</p>
      <p>The city wants to hear from learners, and will publish what it learns from the first season of classes.</p>
      </article></main>
      <footer class="site-footer">All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>
      """;

    static List<JsonNode> records(String out) throws Exception {
        var list = new ArrayList<JsonNode>();
        for (String line : out.lines().toList()) {
            if (!line.isBlank()) {
                list.add(JSON.readTree(line));
            }
        }
        return list;
    }

    @Test
    void an_html_page_becomes_one_clean_record_on_stdout(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("news/night-classes.html".replace("/", "-")), ARTICLE);
        Run run = Run.of(page.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode r = records(run.out()).get(0);
        assertEquals("Tallinn opens night classes", r.get("title").asText());
        assertEquals("2023-03-14", r.get("date").asText());
        assertEquals("Tallinn", r.get("city").asText());
        assertEquals("Estonia", r.get("country").asText());
        assertEquals("Europe and North America", r.get("region").asText());
        assertEquals("en", r.get("language").asText());
        assertEquals("Night classes open in every district.", r.get("summary").asText());
        assertEquals(page.toString(), r.get("source").asText());
        String body = r.get("body").asText();
        assertTrue(body.startsWith("Tallinn, the capital of Estonia"), body);
        assertEquals(3, body.split("\n\n").length, body);
        assertFalse(body.contains("cookies") || body.contains("Privacy") || body.contains("About"), body);
        assertTrue(run.err().contains("1 pages read, 1 records written, 0 pages skipped"), run.err());
        assertTrue(run.err().matches("(?s).*\\n  title +1 +0 +0 +0\\n.*"), run.err());
    }

    @Test
    void a_folder_is_read_recursively_and_ids_are_stable(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/one.html"), ARTICLE);
        Files.writeString(
                dir.resolve("a/two.md"),
                "# Night classes in Tallinn\n\nTallinn opens night classes in every "
                        + "district this spring, so that adults can learn after work and meet their neighbours.\n");
        Files.writeString(dir.resolve("a/notes.json"), "{}");
        Run run = Run.of(dir.resolve("a").toString());
        assertEquals(0, run.exit(), run.err());
        var recs = records(run.out());
        assertEquals(2, recs.size());
        assertEquals(Run.of(dir.resolve("a").toString()).out(), run.out(), "same ids and records on a second run");
        assertTrue(recs.stream().allMatch(r -> r.get("id").asText().matches("[a-z0-9-]+")));
    }

    @Test
    void an_empty_folder_exits_1_with_a_reason(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Run run = Run.of(dir.resolve("empty").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("folder has no .html, .htm, .txt, .md or .pdf file"), run.err());
        assertTrue(run.err().contains("import: no record written"), run.err());
    }

    @Test
    void a_missing_or_unreadable_file_is_reported_and_the_others_still_import(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.html"), ARTICLE);
        Path locked = Files.writeString(dir.resolve("locked.html"), ARTICLE.replace("Tallinn", "Tartu"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean root = Files.isReadable(locked);
        Run run = Run.of(good.toString(), dir.resolve("missing.html").toString(), locked.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("missing.html: not found"), run.err());
        if (!root) {
            assertTrue(run.err().contains("locked.html: unreadable (permission denied)"), run.err());
        }
    }

    @Test
    void a_binary_file_named_html_is_skipped_as_not_html(@TempDir Path dir) throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path bin = Files.write(dir.resolve("photo.html"), noise);
        Run run = Run.of(bin.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("photo.html: not HTML/text/PDF (binary content"), run.err());
    }

    @Test
    void broken_html_still_gives_its_text(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(
                dir.resolve("broken.html"),
                "<html><body><div><p>Tallinn opens night classes "
                        + "in every district, so that adults can learn after work.<p>Volunteers help newcomers <b>find a course"
                        + "<table><tr><td>that suits them, and the city listens to learners.</div></span></body>");
        Run run = Run.of(page.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(records(run.out()).get(0).get("body").asText().contains("Volunteers help newcomers"));
    }

    @Test
    void a_50_mb_page_is_skipped_without_reading_it_into_memory(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.html");
        byte[] chunk = "<p>Tallinn opens night classes in every district.</p>\n"
                .repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(big)) {
            for (long n = 0; n < 50L * 1024 * 1024; n += chunk.length) {
                o.write(chunk);
            }
        }
        Path small = Files.writeString(dir.resolve("small.html"), ARTICLE);
        Run run = Run.of(big.toString(), small.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("huge.html: too large"), run.err());
        assertEquals(1, run.records());
    }

    @Test
    void the_same_text_twice_is_one_record_and_a_duplicate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.html"), ARTICLE);
        Files.writeString(dir.resolve("b.html"), ARTICLE.replace("City News", "Other Site"));
        Run run = Run.of(dir.toString());
        assertEquals(0, run.exit());
        assertEquals(1, run.records());
        assertTrue(run.err().contains("b.html: duplicate of another page (same text as"), run.err());
    }

    @Test
    void usage_errors_exit_2() {
        assertEquals(2, Run.of().exit(), "no input");
        assertEquals(2, Run.of("--max-pages", "0", "x.html").exit());
        assertEquals(2, Run.of("--bogus", "x.html").exit());
    }

    @Test
    void a_bad_rules_file_names_the_rule_and_key(@TempDir Path dir) throws Exception {
        Path rules =
                Files.writeString(dir.resolve("rules.json"), "{\"rules\": [{\"match\": \"**\", \"colour\": \"red\"}]}");
        Run run = Run.of("--rules", rules.toString(), dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("rules.json: rules[0]: unknown key \"colour\""), run.err());
    }

    @Test
    void a_reimport_that_loses_over_10_percent_stops_unless_allowed(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < 10; i++) {
            Files.writeString(pages.resolve("p" + i + ".html"), ARTICLE.replace("first season", "season number " + i));
        }
        assertEquals(0, Run.of("--out", out.toString(), pages.toString()).exit());
        String before = Files.readString(out);
        assertEquals(10, before.lines().count());
        for (int i = 0; i < 2; i++) {
            Files.delete(pages.resolve("p" + i + ".html"));
        }
        Run shrunk = Run.of("--out", out.toString(), pages.toString());
        assertEquals(1, shrunk.exit());
        assertTrue(shrunk.err().contains("has 10 records and this import wrote 8 (20% fewer"), shrunk.err());
        assertEquals(before, Files.readString(out), "the previous output is left as it was");
        assertEquals(
                0,
                Run.of("--out", out.toString(), "--allow-shrink", pages.toString())
                        .exit());
        assertEquals(8, Files.readString(out).lines().count());
    }

    @Test
    void a_split_rule_makes_one_record_per_card_with_its_city_and_country(@TempDir Path dir) throws Exception {
        var cards = new StringBuilder("<html lang=\"en\"><body><nav>Home | Cities</nav><main>");
        String[][] cities = {{"Espoo", "Finland"}, {"Cork", "Ireland"}, {"Sorocaba", "Brazil"}};
        for (String[] c : cities) {
            cards.append("<article class=\"city-card\"><h3 class=\"card-title\">")
                    .append(c[0])
                    .append(" learns together</h3>")
                    .append("<span class=\"card-city\">")
                    .append(c[0])
                    .append("</span><span class=\"card-country\">")
                    .append(c[1])
                    .append("</span><time datetime=\"2021-11-10\">10 Nov 2021</time><div class=\"card-text\"><p>")
                    .append(c[0])
                    .append(
                            " invites residents to learn in libraries and parks, in the evenings and at weekends.</p></div>")
                    .append("<a class=\"card-link\" href=\"#\">Read more</a></article>");
        }
        cards.append("</main></body></html>");
        Files.createDirectories(dir.resolve("site/learning-cities"));
        Path listing = Files.writeString(dir.resolve("site/learning-cities/index.html"), cards);
        Path rules = Files.writeString(dir.resolve("rules.json"), """
        {"rules": [
          {"match": "**/learning-cities/*.html",
           "split": "article.city-card",
           "type": "profile",
           "title": "h3.card-title", "body": "div.card-text", "date": "time",
           "city": "span.card-city", "country": "span.card-country",
           "drop": ["a.card-link"],
           "set": {"language": "en"}}
        ]}""");
        Run run = Run.of("--rules", rules.toString(), listing.toString());
        assertEquals(0, run.exit(), run.err());
        var recs = records(run.out());
        assertEquals(3, recs.size());
        for (int i = 0; i < 3; i++) {
            JsonNode r = recs.get(i);
            assertEquals("profile", r.get("type").asText());
            assertEquals(cities[i][0], r.get("city").asText());
            assertEquals(cities[i][1], r.get("country").asText());
            assertEquals("2021-11-10", r.get("date").asText());
            assertEquals(cities[i][0] + " learns together", r.get("title").asText());
            assertFalse(r.get("body").asText().contains("Read more"));
        }
        assertTrue(run.err().matches("(?s).*\\n  city +0 +3 +0 +0\\n.*"), run.err());
    }

    @Test
    void page_hints_win_over_inference(@TempDir Path dir) throws Exception {
        String hinted = ARTICLE.replace("<head>", "<head><meta name=\"lcs:type\" content=\"story\">")
                .replace("<main>", "<main data-lcs-field=\"country:LV,city:Riga\">")
                .replace(
                        "<p>The city wants",
                        "<p data-lcs-ignore>Advertisement: buy tickets now, limited offer, book today.</p><p>The city wants");
        Path page = Files.writeString(dir.resolve("hinted.html"), hinted);
        Run run = Run.of(page.toString());
        JsonNode r = records(run.out()).get(0);
        assertEquals("story", r.get("type").asText());
        assertEquals("Latvia", r.get("country").asText());
        assertEquals("Riga", r.get("city").asText());
        assertFalse(r.get("body").asText().contains("Advertisement"));
    }

    @Test
    void the_language_comes_from_hreflang_when_the_text_agrees_and_from_the_text_when_it_does_not(@TempDir Path dir)
            throws Exception {
        String fr = ARTICLE.replace("<html lang=\"en\">", "<html>")
                .replace(
                        "<head>",
                        "<head><link rel=\"canonical\" href=\"https://x.test/a\">"
                                + "<link rel=\"alternate\" hreflang=\"en\" href=\"https://x.test/a\">"
                                + "<link rel=\"alternate\" hreflang=\"fr\" href=\"https://x.test/fr/a\">");
        assertEquals(
                "en",
                records(Run.of(Files.writeString(dir.resolve("a.html"), fr).toString())
                                .out())
                        .get(0)
                        .get("language")
                        .asText());
        String mislabelled = ARTICLE.replace("<html lang=\"en\">", "<html lang=\"de\">");
        assertEquals(
                "en",
                records(Run.of(Files.writeString(dir.resolve("b.html"), mislabelled)
                                        .toString())
                                .out())
                        .get(0)
                        .get("language")
                        .asText());
    }

    @Test
    void url_inputs_without_the_web_source_are_a_usage_error() {
        if (WebSources.factory().isPresent()) {
            return; // this build has the web source; its own tests cover URLs
        }
        Run run = Run.of("https://example.test/page.html");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("URL inputs need the web source"), run.err());
    }
}
