package lcs.index;

import static lcs.index.IndexRun.fixture;
import static lcs.schema.PhraseSearch.idsMatching;
import static lcs.schema.PhraseSearch.phrase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import lcs.corpus.CorpusRecord;
import lcs.schema.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code multilingual-8.jsonl}: two synthetic documents in each of the eight stemmed languages,
 * one of each pair without a {@code language} field, so that detection decides it.
 */
class MultilingualFixtureTest {
    private static final Path CORPUS = fixture("multilingual-8.jsonl");
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "pt", "ru", "ar", "zh");

    @TempDir
    static Path tmp;

    private static Path index;
    private static IndexRun run;

    @BeforeAll
    static void buildOnce() {
        index = tmp.resolve("index");
        run = IndexRun.of(CORPUS, index);
    }

    /** The fixture's language from its id, {@code fx-fr-1} → {@code fr}. */
    private static String languageOfId(String id) {
        return id.split("-")[1];
    }

    private static List<CorpusRecord> storedRecords() throws IOException {
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            var records = new ArrayList<CorpusRecord>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                records.add(Schema.record(reader.storedFields().document(i)));
            }
            return records;
        }
    }

    @Test
    void fixture_indexes_its_16_documents() {
        assertEquals(0, run.status(), run.transcript());
        assertTrue(run.out().startsWith("indexed 16 documents"), run.transcript());
    }

    @Test
    void fixture_builds_without_skipped_records_or_errors() {
        assertEquals("", run.err());
    }

    @Test
    void fixture_leaves_out_the_language_of_one_document_per_language() throws IOException {
        var json = new ObjectMapper();
        var undeclared = new TreeMap<String, Integer>();
        for (String line : Files.readAllLines(CORPUS)) {
            JsonNode node = json.readTree(line);
            if (!node.has("language")) {
                undeclared.merge(languageOfId(node.get("id").asText()), 1, Integer::sum);
            }
        }

        assertEquals(new TreeSet<>(LANGUAGES), undeclared.keySet());
        assertTrue(undeclared.values().stream().allMatch(n -> n == 1), undeclared.toString());
    }

    @Test
    void every_fixture_document_is_labelled_synthetic() throws IOException {
        assertTrue(storedRecords().stream().allMatch(r -> "synthetic test fixture".equals(r.source())));
    }

    @Test
    void detected_languages_match_the_ids() throws IOException {
        var wrong = new TreeMap<String, String>();
        for (CorpusRecord r : storedRecords()) {
            if (!r.language().equals(languageOfId(r.id()))) {
                wrong.put(r.id(), r.language());
            }
        }

        assertEquals(Map.of(), wrong);
    }

    @Test
    void language_facet_counts_two_per_language() throws IOException {
        var expected = new TreeMap<String, Integer>();
        LANGUAGES.forEach(lang -> expected.put(lang, 2));

        assertEquals(expected, FacetCounts.of(index).get("language"));
    }

    /** A phrase, the field it is searched in, and exactly the fixture documents it must find. */
    static Stream<Arguments> phrases() {
        return Stream.of(
                // fx-fr-1 says "villes apprenantes" in its title and "ville apprenante" in its body.
                argumentSet(
                        "french singular phrase finds villes apprenantes",
                        Schema.head("fr"),
                        "ville apprenante",
                        List.of("fx-fr-1")),
                argumentSet(
                        "german festival finds the lernfestival title",
                        Schema.head("de"),
                        "Festival",
                        List.of("fx-de-1")),
                // fx-ru-1's title has only the genitive "обучения".
                argumentSet("russian nominative finds the genitive", Schema.head("ru"), "обучение", List.of("fx-ru-1")),
                // fx-ar-1's title has only "للتعلم".
                argumentSet(
                        "arabic article form finds the li-prefixed title",
                        Schema.head("ar"),
                        "التعلم",
                        List.of("fx-ar-1")),
                argumentSet(
                        "chinese phrase finds learning city inside longer runs",
                        Schema.body("zh"),
                        "学习型城市",
                        List.of("fx-zh-1", "fx-zh-2")),
                argumentSet(
                        "neutral phrase finds lifelong learning in both chinese documents",
                        Schema.BODY,
                        "终身学习",
                        List.of("fx-zh-1", "fx-zh-2")));
    }

    @ParameterizedTest
    @MethodSource("phrases")
    void phrase_finds_exactly_these_documents(String field, String text, List<String> ids) throws IOException {
        assertEquals(new TreeSet<>(ids), new TreeSet<>(idsMatching(index, phrase(field, text))));
    }
}
