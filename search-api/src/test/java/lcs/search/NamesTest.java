package lcs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions of names: by the start of the name or of a word, then by documents. */
class NamesTest {
    private static final Names NAMES = Names.of(List.of(
            new Names.Name("San Jose", "city", 2),
            new Names.Name("Santiago", "city", 30),
            new Names.Name("Sønderborg", "city", 5),
            new Names.Name("Slovenia", "country", 40),
            new Names.Name("Ciudad de Santa Fe", "city", 90),
            new Names.Name("Cork", "city", 7)));

    private static List<String> texts(String folded, int max) {
        return NAMES.startingWith(folded, max).stream().map(Names.Name::text).toList();
    }

    @Test
    void names_starting_with_the_text_come_first_most_documents_first() {
        assertEquals(List.of("Slovenia", "Santiago", "Sønderborg", "San Jose", "Ciudad de Santa Fe"), texts("s", 10));
    }

    @Test
    void a_word_inside_a_name_is_found() {
        assertEquals(List.of("Ciudad de Santa Fe"), texts("fe", 10));
        assertEquals(List.of("Santiago", "San Jose", "Ciudad de Santa Fe"), texts("san", 10));
    }

    @Test
    void at_most_max_names_each_once() {
        assertEquals(List.of("Slovenia", "Santiago"), texts("s", 2));
        assertEquals(List.of("Ciudad de Santa Fe"), texts("ciudad de santa", 10));
    }

    @Test
    void nothing_matches_past_the_last_key() {
        assertEquals(List.of(), texts("zz", 10));
    }
}
