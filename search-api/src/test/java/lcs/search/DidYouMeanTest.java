package lcs.search;

import static lcs.http.TestService.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import lcs.http.TestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Did-you-mean and the language notice (issue 16, "Did-you-mean that helps"), through the real
 * server over {@code spelling-6.jsonl}: five English documents and one French.
 */
class DidYouMeanTest {
    @RegisterExtension
    static final TestService api = TestService.serving("spelling-6.jsonl");

    private static JsonNode search(String q) {
        return api.search("q=" + enc(q));
    }

    @Test
    void a_word_of_an_alias_is_not_corrected_south_korea_stays() {
        // "south" is in no document and "such" is, two edits away: the old speller offered "Such Korea".
        JsonNode a = search("South Korea");
        assertTrue(a.get("didYouMean").isNull(), a.toString());
        assertEquals(List.of("fx-namyangju"), TestService.ids(a));
    }

    @Test
    void a_word_known_by_its_stem_is_not_corrected_ville_apprenante_stays() {
        // Only "villes" and "apprenantes" are indexed as typed, and "villa" is one edit from "ville";
        // the French stemmed fields know both words.
        JsonNode a = search("ville apprenante");
        assertTrue(a.get("didYouMean").isNull(), a.toString());
        assertEquals("fx-laval", TestService.ids(a).get(0));
    }

    @Test
    void a_misspelt_word_is_corrected_to_the_word_found_with_the_others() {
        // "carton" is closer to "cartom", but only "cartoon" is in a document with "festival".
        assertEquals(
                "cartoon festival", search("cartom festival").get("didYouMean").asText());
    }

    @Test
    void the_closest_word_wins_when_it_is_found_with_the_others() {
        assertEquals("carton museum", search("cartom museum").get("didYouMean").asText());
    }

    @Test
    void no_correction_when_no_document_has_all_the_words() {
        // "zebra" is only in the Namyangju profile, which has neither "carton" nor "cartoon".
        JsonNode a = search("cartom zebra");
        assertTrue(a.get("didYouMean").isNull(), a.toString());
    }

    @Test
    void a_correction_keeps_the_case_and_the_other_words_as_typed() {
        assertEquals(
                "Cartoon festival", search("Cartom festival").get("didYouMean").asText());
    }

    @Test
    void a_chinese_query_on_a_collection_without_chinese_gets_a_notice_and_no_correction() {
        JsonNode a = search("中国");
        assertTrue(a.get("didYouMean").isNull(), a.toString());
        JsonNode notice = a.get("notice");
        assertEquals("fewInLanguage", notice.get("kind").asText());
        assertEquals("zh", notice.get("queryLanguage").asText());
        assertEquals(List.of("en", "fr"), texts(notice.get("collectionLanguages")));
    }

    @Test
    void a_russian_query_on_a_collection_without_russian_gets_a_notice_and_no_correction() {
        JsonNode a = search("Китай");
        assertTrue(a.get("didYouMean").isNull(), a.toString());
        assertEquals("ru", a.get("notice").get("queryLanguage").asText());
    }

    @Test
    void a_query_in_a_language_the_collection_has_gets_no_notice() {
        assertTrue(search("villes apprenantes").get("notice").isNull());
        assertTrue(search("cartom festival").get("notice").isNull());
        assertTrue(api.search("").get("notice").isNull());
    }

    private static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
