package lcs.index;

import static lcs.index.IndexRun.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import lcs.corpus.CorpusRecord;
import lcs.schema.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static TreeSet<String> idsMatching(Query query) throws IOException {
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            var ids = new TreeSet<String>();
            for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
                ids.add(Schema.record(searcher.storedFields().document(hit.doc)).id());
            }
            return ids;
        }
    }

    private static Query phrase(String field, String text) {
        return new QueryBuilder(Schema.analyzer()).createPhraseQuery(field, text);
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

    @Test
    void french_singular_phrase_finds_villes_apprenantes() throws IOException {
        // fx-fr-1 says "villes apprenantes" in its title and "ville apprenante" in its body.
        assertEquals(new TreeSet<>(List.of("fx-fr-1")), idsMatching(phrase(Schema.head("fr"), "ville apprenante")));
    }

    @Test
    void german_festival_finds_the_lernfestival_title() throws IOException {
        assertEquals(new TreeSet<>(List.of("fx-de-1")), idsMatching(phrase(Schema.head("de"), "Festival")));
    }

    @Test
    void russian_nominative_finds_the_genitive() throws IOException {
        // fx-ru-1's title has only the genitive "обучения".
        assertEquals(new TreeSet<>(List.of("fx-ru-1")), idsMatching(phrase(Schema.head("ru"), "обучение")));
    }

    @Test
    void arabic_article_form_finds_the_li_prefixed_title() throws IOException {
        // fx-ar-1's title has only "للتعلم".
        assertEquals(new TreeSet<>(List.of("fx-ar-1")), idsMatching(phrase(Schema.head("ar"), "التعلم")));
    }

    @Test
    void chinese_phrase_finds_learning_city_inside_longer_runs() throws IOException {
        assertEquals(new TreeSet<>(List.of("fx-zh-1", "fx-zh-2")), idsMatching(phrase(Schema.body("zh"), "学习型城市")));
    }

    @Test
    void neutral_phrase_finds_lifelong_learning_in_both_chinese_documents() throws IOException {
        assertEquals(new TreeSet<>(List.of("fx-zh-1", "fx-zh-2")), idsMatching(phrase(Schema.BODY, "终身学习")));
    }
}
