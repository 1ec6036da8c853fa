package lcs.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled alias table expands city and country names, applied to queries only. */
class AliasesTest {
    private static final Aliases BUNDLED = Aliases.bundled();

    private static Set<String> namesFor(String q) {
        UserQuery expanded = BUNDLED.expand(UserQuery.parse(q + " "));
        assertEquals(1, expanded.clauses().size(), "one clause for " + q + ": " + expanded);
        return expanded.clauses().get(0).anyOf().stream()
                .map(UserQuery.Term::text)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Vitebsk     | Viciebsk          | Vitebsk in Latin and Cyrillic means Viciebsk
            Витебск     | Viciebsk          | Vitebsk in Latin and Cyrillic means Viciebsk
            Kiev        | Kyiv              | exonyms of the issue are in the table
            Peking      | Beijing           | exonyms of the issue are in the table
            Vienna      | Wien              | exonyms of the issue are in the table
            Cologne     | Köln              | exonyms of the issue are in the table
            Turkey      | Türkiye           | exonyms of the issue are in the table
            South Korea | Republic of Korea | a name of several words is matched as one clause
            united kingdom of great britain and northern ireland | UK | a name of eight words is matched as one clause
            SDG4        | SDG 4             | SDG 4 with and without a space are the same
            SDG 4       | SDG4              | SDG 4 with and without a space are the same
            koln        | Cologne           | matching ignores case and accents
            """)
    void a_typed_name_is_expanded_to_its_aliases(String typed, String alias, String rule) {
        Set<String> names = namesFor(typed);
        assertTrue(names.contains(alias), rule + ": " + names);
    }

    @Test
    void a_name_inside_chinese_typed_without_spaces_is_found() {
        UserQuery q = BUNDLED.expand(Segmentation.split(UserQuery.parse("北京终身学习")));
        assertTrue(
                q.clauses().stream()
                        .anyMatch(c -> c.anyOf().stream().anyMatch(t -> t.text().equals("Beijing"))),
                q.toString());
    }

    @Test
    void an_excluded_alias_excludes_every_name() {
        UserQuery q = BUNDLED.expand(UserQuery.parse("learning -Vitebsk"));
        var excluded = q.clauses().get(1);
        assertEquals(UserQuery.Occur.MUST_NOT, excluded.occur());
        assertTrue(excluded.anyOf().stream().anyMatch(t -> t.text().equals("Viciebsk")));
    }

    @Test
    void groups_from_another_source_are_added_to_the_table() {
        Aliases more =
                Aliases.parse("Foo, Bar\n").plus(List.of(List.of("Chine", "China", "中国"), List.of(" ", "alone")));
        assertEquals(2, more.size());
        UserQuery q = more.expand(UserQuery.parse("chine "));
        assertEquals(
                List.of("chine", "China", "中国"),
                q.clauses().get(0).anyOf().stream().map(UserQuery.Term::text).toList());
    }

    @Test
    void a_custom_table_is_read_in_solr_format() {
        Aliases custom = Aliases.parse("# comment\nFoo, Bar Baz\n\nlonely\n");
        assertEquals(1, custom.size());
        UserQuery q = custom.expand(UserQuery.parse("bar baz "));
        assertEquals(
                List.of("bar baz", "Foo"),
                q.clauses().get(0).anyOf().stream().map(UserQuery.Term::text).toList());
    }
}
