package lcs.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lcs.corpus.CorpusRecord;
import lcs.corpus.Countries;
import lcs.corpus.LanguageGuesser;
import lcs.corpus.RecordParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One 5,000-document corpus, checked against the corpus format and the intended distributions. */
class GeneratedCorpusTest {
    private static final int DOCS = 5_000;

    @TempDir
    static Path dir;

    private static List<String> lines;
    private static List<JsonNode> docs;
    private static List<String> queries;

    @BeforeAll
    static void generate() throws Exception {
        new CorpusGenerator(42).generate(DOCS, dir, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        lines = Files.readAllLines(dir.resolve("part-00000.jsonl"), StandardCharsets.UTF_8);
        var json = new ObjectMapper();
        docs = new ArrayList<>();
        for (String line : lines) {
            docs.add(json.readTree(line));
        }
        queries = Files.readAllLines(dir.resolve("queries.tsv"), StandardCharsets.UTF_8);
    }

    @Test
    void every_line_of_the_first_2000_passes_the_corpus_parser() {
        var parser = new RecordParser(Countries.bundled(), LanguageGuesser::new);
        Path file = dir.resolve("part-00000.jsonl");
        for (int i = 0; i < 2_000; i++) {
            var result = parser.parse(file, i + 1, lines.get(i));
            assertTrue(result.valid(), () -> result.problems().toString());
            CorpusRecord r = result.record();
            assertEquals(DocumentGenerator.id(i + 1), r.id());
            assertEquals(docs.get(i).get("language").asText(), r.language(), "language is explicit");
            assertEquals(Countries.bundled().find(r.country()).orElseThrow().region(), r.region());
            assertNull(r.url());
            assertEquals("synthetic (lcs generate, seed 42)", r.source());
        }
    }

    @Test
    void ids_are_sequential_and_labelled_synthetic() {
        assertEquals(DOCS, lines.size());
        assertEquals("syn-000000001", docs.get(0).get("id").asText());
        assertEquals("syn-000005000", docs.get(DOCS - 1).get("id").asText());
    }

    @Test
    void english_is_about_four_in_five_and_all_eight_languages_appear() {
        Map<String, Double> share = shares("language");
        assertTrue(share.get("en") >= 0.70 && share.get("en") <= 0.90, share.toString());
        assertEquals(Set.copyOf(CorpusShape.LANGUAGES), share.keySet());
    }

    @Test
    void types_follow_the_mix_within_three_points() {
        Map<String, Double> share = shares("type");
        Map<String, Double> expected = Map.of(
                "profile",
                0.25,
                "news",
                0.35,
                "story",
                0.15,
                "press-release",
                0.10,
                "publication",
                0.10,
                "event",
                0.05);
        assertEquals(expected.keySet(), share.keySet());
        expected.forEach((type, p) -> assertEquals(p, share.get(type), 0.03, () -> type + " in " + share));
    }

    @Test
    void summaries_appear_on_about_seven_in_ten() {
        long withSummary = docs.stream().filter(d -> d.has("summary")).count();
        assertEquals(0.70, (double) withSummary / DOCS, 0.03);
    }

    @Test
    void titles_have_4_to_12_words_and_bodies_150_to_1500() {
        for (JsonNode d : docs) {
            if (d.get("language").asText().equals("zh")) {
                continue; // written without spaces
            }
            int title = words(d.get("title").asText());
            int body = words(d.get("body").asText());
            assertTrue(title >= 4 && title <= 12, () -> title + " words: " + d.get("title"));
            assertTrue(body >= 150 && body <= 1_500, () -> body + " words in " + d.get("id"));
        }
    }

    @Test
    void bodies_have_paragraphs_sentences_and_numbers() {
        long paragraphs = docs.stream()
                .filter(d -> d.get("body").asText().contains("\n\n"))
                .count();
        assertTrue(paragraphs > DOCS * 0.95, "paragraph breaks in " + paragraphs);
        long grouped = docs.stream()
                .filter(d -> d.get("body").asText().matches("(?s).*\\b\\d{1,3},\\d{3}\\b.*"))
                .count();
        assertTrue(grouped > DOCS / 2, "numbers like 12,500 in " + grouped);
        for (JsonNode d : docs.subList(0, 200)) {
            String body = d.get("body").asText();
            assertTrue(body.endsWith(".") || body.endsWith("。"), body);
            assertFalse(body.contains("  "), body);
        }
    }

    @Test
    void places_are_80_real_countries_and_invented_cities() {
        Set<String> countries = new HashSet<>();
        Set<String> cities = new HashSet<>();
        for (JsonNode d : docs) {
            countries.add(d.get("country").asText());
            cities.add(d.get("city").asText());
        }
        assertTrue(countries.size() >= 75 && countries.size() <= Places.COUNTRIES, "countries: " + countries.size());
        assertTrue(cities.size() > 500, "cities: " + cities.size());
        assertTrue(cities.stream().anyMatch(c -> !c.chars().allMatch(ch -> ch < 128)), "some cities have diacritics");
        assertEquals(Places.COUNTRIES, Places.create(42).countries().size());
    }

    @Test
    void queries_have_a_header_and_2000_lines_of_query_tab_filters() {
        assertEquals(QueryGenerator.HEADER, queries.get(0));
        assertEquals(CorpusGenerator.QUERIES + 1, queries.size());
        int filtered = 0;
        int empty = 0;
        int phrases = 0;
        for (String line : queries.subList(1, queries.size())) {
            String[] cols = line.split("\t", -1);
            assertEquals(2, cols.length, line);
            String query = cols[0];
            String filters = cols[1];
            if (query.isEmpty()) {
                empty++;
                assertFalse(filters.isEmpty(), "an empty query has filters: " + line);
            }
            if (query.startsWith("\"")) {
                phrases++;
                assertTrue(query.length() > 2 && query.endsWith("\""), line);
            }
            if (!filters.isEmpty()) {
                filtered++;
                String[] pairs = filters.split("&");
                assertTrue(pairs.length <= 2, line);
                for (String pair : pairs) {
                    checkFilter(pair, line);
                }
            }
        }
        assertEquals(0.30, filtered / 2000.0, 0.04, "filtered share");
        assertEquals(0.05, empty / 2000.0, 0.02, "empty share");
        assertEquals(0.10, phrases / 2000.0, 0.03, "phrase share");
    }

    private static void checkFilter(String pair, String line) {
        int eq = pair.indexOf('=');
        assertTrue(eq > 0, line);
        String key = pair.substring(0, eq);
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        switch (key) {
            case "country" -> assertTrue(Countries.bundled().find(value).isPresent(), line);
            case "region" -> assertTrue(Countries.REGIONS.contains(value), line);
            case "year" -> assertTrue(Integer.parseInt(value) >= 2013 && Integer.parseInt(value) <= 2026, line);
            case "type" -> assertTrue(CorpusShape.TYPES.contains(value), line);
            case "language" -> assertTrue(CorpusShape.LANGUAGES.contains(value), line);
            default -> throw new AssertionError("unknown filter " + key + " in " + line);
        }
    }

    private static Map<String, Double> shares(String field) {
        var counts = new TreeMap<String, Double>();
        docs.forEach(d -> counts.merge(d.get(field).asText(), 1.0 / DOCS, Double::sum));
        return counts;
    }

    /** Words as whitespace-separated tokens; a number with a no-break space is one word. */
    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
