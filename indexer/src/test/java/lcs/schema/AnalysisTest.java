package lcs.schema;

import static lcs.schema.PhraseSearch.idsMatching;
import static lcs.schema.PhraseSearch.phrase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lcs.corpus.CorpusRecord;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** A language and two forms of a word, or of a phrase, that its stemmed body field analyses alike. */
    static Stream<Arguments> formsThatStemAlike() {
        return Stream.of(
                argumentSet(
                        "french plural phrase stems like the singular", "fr", "ville apprenante", "villes apprenantes"),
                argumentSet("russian nominative and genitive share a stem", "ru", "обучение", "обучения"),
                argumentSet("arabic li- prefix and article share a stem", "ar", "التعلم", "للتعلم"),
                argumentSet("spanish plural stems like the singular", "es", "ciudad", "ciudades"),
                argumentSet("portuguese plural stems like the singular", "pt", "cidade", "cidades"),
                argumentSet("english plural stems like the singular", "en", "learning city", "learning cities"));
    }

    @ParameterizedTest
    @MethodSource("formsThatStemAlike")
    void forms_of_a_word_stem_alike(String lang, String form, String otherForm) {
        assertEquals(tokens(Schema.body(lang), form), tokens(Schema.body(lang), otherForm));
    }

    @Test
    void german_word_that_is_itself_a_compound_part_is_indexed_once() {
        // "Stadt" comes out as [stadt, stadt] at one position, doubling its term frequency.
        assertEquals(List.of("stadt"), tokens(Schema.body("de"), "Stadt"));
    }

    /** A text and exactly the tokens the neutral body field makes of it. */
    static Stream<Arguments> neutralTokens() {
        return Stream.of(
                argumentSet("neutral field folds the danish o with stroke", "Sønderborg", List.of("sonderborg")),
                argumentSet("neutral field folds case and accents", "Villa María", List.of("villa", "maria")),
                argumentSet("neutral field drops thousands separators", "88,600 people", List.of("88600", "people")),
                argumentSet("neutral field keeps decimal commas", "1,5", List.of("1,5")));
    }

    @ParameterizedTest
    @MethodSource("neutralTokens")
    void neutral_field_makes_exactly_these_tokens(String text, List<String> expected) {
        assertEquals(expected, tokens(Schema.BODY, text));
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

    /** The neutral body and the Chinese stemmed body both split a run of Chinese text into words. */
    static Stream<Arguments> fieldsThatSplitChineseRuns() {
        return Stream.of(
                argumentSet("neutral phrase finds chinese words inside a longer run", Schema.BODY),
                argumentSet("chinese stemmed phrase finds chinese words inside a longer run", Schema.body("zh")));
    }

    @ParameterizedTest
    @MethodSource("fieldsThatSplitChineseRuns")
    void phrase_finds_chinese_words_inside_a_longer_run(String field) throws IOException {
        assertEquals(List.of("zh-run"), idsMatching(zhIndex, phrase(field, "终身学习")));
    }

    @Test
    void field_for_a_language_without_stemming_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Schema.body("xx"));
    }
}
