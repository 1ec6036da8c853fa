package lcs.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many edits a typed word may be fuzzed by ({@link QueryFactory#maxEdits}). */
class QueryFactoryTest {

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2013       | 0 | numbers are never fuzzed
            20132015   | 0 | numbers are never fuzzed
            covid19    | 0 | numbers are never fuzzed
            cat        | 0 | words under four letters are not fuzzed
            riga       | 1 | words of four to seven letters get one edit
            chengdo    | 1 | words of four to seven letters get one edit
            ljubjana   | 2 | words of eight letters or more get two edits
            𝒶𝒷𝒸𝒹       | 1 | letters are counted as code points (four letters, eight chars)
            学习型城市 | 0 | ideographs are never fuzzed
            """)
    void the_edits_allowed_follow_the_kind_and_length_of_the_word(String word, int edits, String rule) {
        assertEquals(edits, QueryFactory.maxEdits(word), rule);
    }

    @Test
    void very_long_words_are_not_fuzzed() {
        assertEquals(0, QueryFactory.maxEdits("a".repeat(1000)));
    }
}
