package lcs.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lcs.corpus.CorpusRecord;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Schema#analyzer()} makes of text in each kind of field. */
class AnalysisTest {
    @TempDir
    static Path tmp;

    private static Path zhIndex;

    /** Two Chinese documents: only the first has 终身学习 as a run; the second has both words apart. */
    @BeforeAll
    static void indexChineseDocuments() throws IOException {
        zhIndex = tmp.resolve("zh-index");
        try (Directory dir = FSDirectory.open(zhIndex);
                var writer = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
            writer.addDocument(Schema.document(zh("zh-run", "我们推动终身学习和学习型城市建设")));
            writer.addDocument(Schema.document(zh("zh-apart", "学习是一件终身的事情")));
            writer.commit();
        }
    }

    private static CorpusRecord zh(String id, String body) {
        return new CorpusRecord(
                id,
                "story",
                "学习型城市",
                body,
                null,
                null,
                "China",
                null,
                null,
                null,
                "zh",
                null,
                "synthetic test fixture");
    }

    static List<String> tokens(String field, String text) {
        return Tokens.of(Schema.analyzer(), field, text);
    }

    private static List<String> idsMatching(Query query) throws IOException {
        assertNotNull(query, "the analyzer produced no tokens");
        try (Directory dir = FSDirectory.open(zhIndex);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            var ids = new ArrayList<String>();
            for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
                ids.add(Schema.record(searcher.storedFields().document(hit.doc)).id());
            }
            return ids;
        }
    }

    @Test
    void french_plural_phrase_stems_like_the_singular() {
        assertEquals(tokens(Schema.body("fr"), "ville apprenante"), tokens(Schema.body("fr"), "villes apprenantes"));
    }

    @Test
    void french_head_field_stems_like_the_body_field() {
        assertEquals(tokens(Schema.body("fr"), "villes apprenantes"), tokens(Schema.head("fr"), "Villes Apprenantes"));
    }

    @Test
    void french_light_stemmer_keeps_apprentissage_apart_from_apprendre() {
        // FrenchLightStemmer strips inflections, not derivations: the noun and the verb stay distinct
        // ("aprentisag" and "aprendr"), so a query for one does not match the other through stemming.
        assertNotEquals(tokens(Schema.body("fr"), "apprentissage"), tokens(Schema.body("fr"), "apprendre"));
    }

    @Test
    void german_compound_lernfestival_yields_a_festival_token() {
        assertTrue(
                tokens(Schema.body("de"), "Das Lernfestival der Stadt").contains("festival"),
                tokens(Schema.body("de"), "Das Lernfestival der Stadt").toString());
    }

    @Test
    void german_compound_keeps_the_whole_word_too() {
        assertTrue(tokens(Schema.head("de"), "Lernfestival").contains("lernfestival"));
    }

    @Test
    void german_word_that_is_itself_a_compound_part_is_indexed_once() {
        // "Stadt" comes out as [stadt, stadt] at one position, doubling its term frequency.
        assertEquals(List.of("stadt"), tokens(Schema.body("de"), "Stadt"));
    }

    @Test
    void russian_nominative_and_genitive_share_a_stem() {
        assertEquals(tokens(Schema.body("ru"), "обучение"), tokens(Schema.body("ru"), "обучения"));
    }

    @Test
    void arabic_li_prefix_and_article_share_a_stem() {
        assertEquals(tokens(Schema.body("ar"), "التعلم"), tokens(Schema.body("ar"), "للتعلم"));
    }

    @Test
    void spanish_plural_stems_like_the_singular() {
        assertEquals(tokens(Schema.body("es"), "ciudad"), tokens(Schema.body("es"), "ciudades"));
    }

    @Test
    void portuguese_plural_stems_like_the_singular() {
        assertEquals(tokens(Schema.body("pt"), "cidade"), tokens(Schema.body("pt"), "cidades"));
    }

    @Test
    void english_plural_stems_like_the_singular() {
        assertEquals(tokens(Schema.body("en"), "learning city"), tokens(Schema.body("en"), "learning cities"));
    }

    @Test
    void neutral_field_folds_the_danish_o_with_stroke() {
        assertEquals(List.of("sonderborg"), tokens(Schema.BODY, "Sønderborg"));
    }

    @Test
    void neutral_field_folds_case_and_accents() {
        assertEquals(List.of("villa", "maria"), tokens(Schema.BODY, "Villa María"));
    }

    @Test
    void neutral_field_drops_thousands_separators() {
        assertEquals(List.of("88600", "people"), tokens(Schema.BODY, "88,600 people"));
    }

    @Test
    void neutral_field_keeps_decimal_commas() {
        assertEquals(List.of("1,5"), tokens(Schema.BODY, "1,5"));
    }

    @Test
    void neutral_field_is_the_default_for_title_city_and_country() {
        assertEquals(List.of("sonderborg"), tokens(Schema.TITLE, "SØNDERBORG"));
        assertEquals(List.of("sonderborg"), tokens(Schema.CITY, "Sønderborg"));
        assertEquals(List.of("cote", "d'ivoire"), tokens(Schema.COUNTRY, "Côte d'Ivoire"));
    }

    @Test
    void neutral_field_splits_a_chinese_run_into_words() {
        List<String> words = tokens(Schema.BODY, "我们推动终身学习和学习型城市建设");

        assertTrue(words.size() > 2, words.toString());
        assertTrue(String.join("", words).contains("终身学习"), words.toString());
    }

    @Test
    void neutral_phrase_finds_chinese_words_inside_a_longer_run() throws IOException {
        Query q = new QueryBuilder(Schema.analyzer()).createPhraseQuery(Schema.BODY, "终身学习");

        assertEquals(List.of("zh-run"), idsMatching(q));
    }

    @Test
    void chinese_stemmed_phrase_finds_chinese_words_inside_a_longer_run() throws IOException {
        Query q = new QueryBuilder(Schema.analyzer()).createPhraseQuery(Schema.body("zh"), "终身学习");

        assertEquals(List.of("zh-run"), idsMatching(q));
    }

    @Test
    void field_for_a_language_without_stemming_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Schema.body("xx"));
    }
}
