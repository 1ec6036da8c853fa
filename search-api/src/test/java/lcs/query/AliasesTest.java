package lcs.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

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

    @Test
    void vitebsk_in_latin_and_cyrillic_means_viciebsk() {
        assertTrue(namesFor("Vitebsk").contains("Viciebsk"));
        assertTrue(namesFor("Витебск").contains("Viciebsk"));
    }

    @Test
    void exonyms_of_the_issue_are_in_the_table() {
        assertTrue(namesFor("Kiev").contains("Kyiv"));
        assertTrue(namesFor("Peking").contains("Beijing"));
        assertTrue(namesFor("Vienna").contains("Wien"));
        assertTrue(namesFor("Cologne").contains("Köln"));
        assertTrue(namesFor("Turkey").contains("Türkiye"));
    }

    @Test
    void a_name_of_several_words_is_matched_as_one_clause() {
        assertTrue(namesFor("South Korea").contains("Republic of Korea"));
    }

    @Test
    void sdg_4_with_and_without_a_space_are_the_same() {
        assertTrue(namesFor("SDG4").contains("SDG 4"));
        assertTrue(namesFor("SDG 4").contains("SDG4"));
    }

    @Test
    void matching_ignores_case_and_accents() {
        assertTrue(namesFor("koln").contains("Cologne"));
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
                List.of("chine", "Chine", "China", "中国"),
                q.clauses().get(0).anyOf().stream().map(UserQuery.Term::text).toList());
    }

    @Test
    void a_custom_table_is_read_in_solr_format() {
        Aliases custom = Aliases.parse("# comment\nFoo, Bar Baz\n\nlonely\n");
        assertEquals(1, custom.size());
        UserQuery q = custom.expand(UserQuery.parse("bar baz "));
        assertEquals(
                List.of("bar baz", "Foo", "Bar Baz"),
                q.clauses().get(0).anyOf().stream().map(UserQuery.Term::text).toList());
    }
}
