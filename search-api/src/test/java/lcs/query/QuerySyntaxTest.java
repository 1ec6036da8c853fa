package lcs.query;

import static lcs.http.TestService.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lcs.http.TestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a visitor types, through the real server over {@code profiles-6.jsonl}: typos, numbers,
 * prefixes, phrases, exclusions, OR and AND, and "all words first" ranking.
 */
class QuerySyntaxTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl");

    private static JsonNode search(String q) {
        return api.search("q=" + enc(q));
    }

    private static List<String> ids(String q) {
        return TestService.ids(search(q));
    }

    @Test
    void a_typo_still_finds_the_city() {
        assertEquals(List.of("fx-ljubljana"), ids("Ljubjana"));
    }

    @Test
    void a_typo_gets_did_you_mean_with_the_right_spelling() {
        assertEquals("Ljubljana", search("Ljubjana").get("didYouMean").asText());
    }

    @Test
    void a_correctly_spelled_query_gets_no_did_you_mean() {
        assertTrue(search("Ljubljana").get("didYouMean").isNull());
    }

    @Test
    void numbers_are_never_fuzzed() {
        // fx-riga mentions 2015 only; 2013 is one edit away but must not match.
        assertEquals(0, search("2013").get("total").asLong());
        assertEquals(List.of("fx-riga"), ids("2015"));
    }

    @Test
    void the_word_being_typed_matches_as_a_prefix() {
        assertEquals(List.of("fx-ljubljana"), ids("ljub"));
    }

    @Test
    void a_trailing_space_ends_prefix_matching() {
        assertEquals(0, api.search("q=ljub%20").get("total").asLong());
    }

    @Test
    void two_letters_are_not_expanded_as_a_prefix() {
        assertEquals(0, search("lj").get("total").asLong());
    }

    @Test
    void a_quoted_phrase_matches_only_adjacent_words() {
        // fx-suwon has "bank" and "credit" apart; only fx-hangzhou has "credit bank".
        assertEquals(List.of("fx-hangzhou"), ids("\"credit bank\""));
    }

    @Test
    void the_same_words_unquoted_match_apart_too() {
        assertEquals(Set.of("fx-hangzhou", "fx-suwon"), new TreeSet<>(ids("credit bank")));
    }

    @Test
    void minus_excludes_documents_with_the_word() {
        assertEquals(Set.of("fx-ljubljana", "fx-sonderborg"), new TreeSet<>(ids("kindergarten")));
        assertEquals(List.of("fx-sonderborg"), ids("kindergarten -migrants"));
    }

    @Test
    void not_excludes_documents_with_the_word() {
        assertEquals(List.of("fx-sonderborg"), ids("kindergarten NOT migrants"));
    }

    @Test
    void or_matches_either_word() {
        JsonNode a = search("Riga OR Hamburg");
        assertEquals(2, a.get("total").asLong());
        assertEquals(Set.of("fx-riga", "fx-hamburg"), new TreeSet<>(TestService.ids(a)));
    }

    @Test
    void and_requires_both_words() {
        assertEquals(2, search("kindergarten migrants").get("total").asLong());
        assertEquals(List.of("fx-ljubljana"), ids("kindergarten AND migrants"));
    }

    @Test
    void documents_matching_all_words_rank_above_those_matching_some() {
        // fx-hamburg says "harbour" six times; fx-riga says "harbour" and "orchestra" once each.
        assertEquals(List.of("fx-riga", "fx-hamburg"), ids("harbour orchestra"));
        assertEquals(List.of("fx-riga", "fx-hamburg"), ids("orchestra harbour"));
    }

    @Test
    void accents_and_case_do_not_matter() {
        assertEquals(List.of("fx-sonderborg"), ids("sonderborg"));
        assertEquals(List.of("fx-sonderborg"), ids("SØNDERBORG"));
    }

    @Test
    void english_words_match_by_stem() {
        // fx-ljubljana has "libraries", fx-riga "library".
        assertEquals(Set.of("fx-ljubljana", "fx-riga"), new TreeSet<>(ids("library")));
    }

    @Test
    void the_query_is_echoed_as_typed() {
        assertEquals(
                "\"credit bank\" -suwon",
                search("\"credit bank\" -suwon").get("query").asText());
    }
}
