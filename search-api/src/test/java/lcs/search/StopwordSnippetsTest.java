package lcs.search;

import static lcs.http.TestService.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import lcs.http.TestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Words without meaning of their own in the query's language are not marked in snippets, unless
 * the query is made only of them (issue 16, "Highlighting and ranking of common words"), through
 * the real server over {@code spelling-6.jsonl}.
 */
class StopwordSnippetsTest {
    @RegisterExtension
    static final TestService api = TestService.serving("spelling-6.jsonl");

    private static JsonNode hits(String q) {
        return api.search("q=" + enc(q)).get("hits");
    }

    private static String snippet(JsonNode hit) {
        return hit.get("snippet").asText().toLowerCase(Locale.ROOT);
    }

    @Test
    void in_is_not_marked_in_learning_cities_in_china() {
        JsonNode hits = hits("learning cities in China");
        assertEquals("fx-shenzhen", hits.get(0).get("id").asText());
        hits.forEach(h -> assertFalse(snippet(h).contains("<mark>in</mark>"), h.toString()));
        assertTrue(
                snippet(hits.get(0)).contains("<mark>china</mark>"), hits.get(0).toString());
    }

    @Test
    void a_query_made_only_of_stopwords_still_finds_and_marks_them() {
        JsonNode hits = hits("in");
        assertTrue(hits.size() > 0);
        assertTrue(snippet(hits.get(0)).contains("<mark>in</mark>"), hits.get(0).toString());
    }

    @Test
    void french_de_is_not_marked_when_the_query_has_other_words() {
        JsonNode hits = hits("ateliers de cuisine");
        assertEquals("fx-laval", hits.get(0).get("id").asText());
        String s = snippet(hits.get(0));
        assertTrue(s.contains("<mark>cuisine</mark>"), s);
        assertFalse(s.contains("<mark>de</mark>"), s);
    }

    @Test
    void a_stopword_inside_a_quoted_phrase_is_marked_as_part_of_it() {
        String s = snippet(hits("\"cities in the global network\"").get(0));
        assertTrue(s.contains("<mark>cities in the global network</mark>"), s);
    }
}
