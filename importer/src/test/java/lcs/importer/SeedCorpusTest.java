package lcs.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lcs.importer.eval.ImportEval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled corpus comes in through the import: the raw seed pages give today's corpus records. */
class SeedCorpusTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seed_pages_import_to_the_bundled_corpus(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("seed.jsonl");
        Run run = Run.of(
                "--rules",
                ROOT.resolve("corpus/rules.json").toString(),
                "--out",
                out.toString(),
                ROOT.resolve("corpus/pages").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("5 pages read, 16 records written, 0 pages skipped"), run.err());

        Map<String, JsonNode> expected = read(ROOT.resolve("eval/combined/gnlc-seed.jsonl"));
        Map<String, JsonNode> got = read(out);
        assertEquals(expected.keySet(), got.keySet(), "ids");
        double sum = 0;
        for (var e : expected.entrySet()) {
            JsonNode want = e.getValue();
            JsonNode have = got.get(e.getKey());
            for (String f : new String[] {"type", "city", "country", "region", "date", "year", "language", "url"}) {
                assertEquals(want.path(f).asText(null), have.path(f).asText(null), e.getKey() + ": " + f);
            }
            // The raw listing lost its punctuation ("4-17-42" reads "41742"): titles agree word for word.
            assertEquals(
                    words(want.get("title").asText()), words(have.get("title").asText()), e.getKey() + ": title");
            String body = have.get("body").asText();
            double f1 = ImportEval.f1(want.get("body").asText(), body);
            assertTrue(f1 >= 0.92, e.getKey() + ": body F1 " + f1);
            sum += f1;
            for (String chrome : new String[] {
                "Goto first page",
                "Skip to main content",
                "archived web page",
                "Pagination",
                "Image Credits",
                "Loading media information",
                "UNESCO Global Network of Learning cities\n"
            }) {
                assertFalse(body.contains(chrome), e.getKey() + ": body keeps page chrome \"" + chrome + "\"");
            }
            assertTrue(have.get("source").asText().endsWith(".txt"), "source is the page read");
        }
        assertTrue(sum / expected.size() >= 0.97, "mean body F1 " + sum / expected.size());
    }

    @Test
    void a_second_import_gives_the_same_ids(@TempDir Path tmp) throws Exception {
        String rules = ROOT.resolve("corpus/rules.json").toString();
        String pages = ROOT.resolve("corpus/pages").toString();
        Run first = Run.of("--rules", rules, pages);
        Run second = Run.of("--rules", rules, pages);
        assertEquals(first.out(), second.out());
    }

    static Map<String, JsonNode> read(Path file) throws Exception {
        var m = new LinkedHashMap<String, JsonNode>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                m.put(n.get("id").asText(), n);
            }
        }
        return m;
    }

    static String words(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replaceAll("[-'’]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
