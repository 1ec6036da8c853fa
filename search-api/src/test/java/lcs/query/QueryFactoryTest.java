package lcs.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many edits a typed word may be fuzzed by ({@link QueryFactory#maxEdits}). */
class QueryFactoryTest {

    @Test
    void numbers_are_never_fuzzed() {
        assertEquals(0, QueryFactory.maxEdits("2013"));
        assertEquals(0, QueryFactory.maxEdits("20132015"));
        assertEquals(0, QueryFactory.maxEdits("covid19"));
    }

    @Test
    void words_under_four_letters_are_not_fuzzed() {
        assertEquals(0, QueryFactory.maxEdits("cat"));
    }

    @Test
    void words_of_four_to_seven_letters_get_one_edit() {
        assertEquals(1, QueryFactory.maxEdits("riga"));
        assertEquals(1, QueryFactory.maxEdits("chengdo"));
    }

    @Test
    void words_of_eight_letters_or_more_get_two_edits() {
        assertEquals(2, QueryFactory.maxEdits("ljubjana"));
    }

    @Test
    void letters_are_counted_as_code_points() {
        assertEquals(1, QueryFactory.maxEdits("𝒶𝒷𝒸𝒹")); // four letters, eight chars
    }

    @Test
    void ideographs_are_never_fuzzed() {
        assertEquals(0, QueryFactory.maxEdits("学习型城市"));
    }

    @Test
    void very_long_words_are_not_fuzzed() {
        assertEquals(0, QueryFactory.maxEdits("a".repeat(1000)));
    }
}
