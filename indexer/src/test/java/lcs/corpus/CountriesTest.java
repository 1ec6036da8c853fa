package lcs.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
    private final Countries countries = Countries.bundled();

    private String resolved(String name) {
        return countries.resolve(name).map(Countries.Country::name).orElse(null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "DE; Germany",
                "de; Germany",
                "Allemagne; Germany",
                "Германия; Germany",
                "ألمانيا; Germany",
                "德国; Germany",
                "Deutschland; Germany",
                "Alemanha; Germany",
                "South Korea; Republic of Korea",
                "Corée du Sud; Republic of Korea",
                "Vietnam; Viet Nam",
                "Turkey; Türkiye",
                "Netherlands; Netherlands (Kingdom of the)",
                "netherlands kingdom of the; Netherlands (Kingdom of the)",
                "Iran; Iran (Islamic Republic of)",
                "Cote d'Ivoire; Côte d'Ivoire",
                "Janubiy Koreya; Republic of Korea",
            })
    void any_name_in_any_ui_language_resolves_to_the_unesco_name(String typed, String unesco) {
        assertEquals(unesco, resolved(typed));
    }

    @Test
    void a_name_of_no_member_state_is_unknown() {
        assertTrue(countries.resolve("Atlantis").isEmpty());
        assertTrue(countries.resolve("").isEmpty());
    }

    @Test
    void a_name_two_countries_share_is_not_guessed() {
        // "Congo" is both the UNESCO name of CG and the French and Spanish UN name of CG only; the
        // Democratic Republic is never called plain Congo in the table, so it stays with CG.
        assertEquals("Congo", resolved("Congo"));
        assertEquals("Democratic Republic of the Congo", resolved("CD"));
    }

    @Test
    void closest_names_a_misspelt_country_first() {
        assertEquals("Germany", countries.closest("Germny", 3).getFirst().name());
        assertEquals(
                "Netherlands (Kingdom of the)",
                countries.closest("Nederlands", 3).getFirst().name());
    }

    @Test
    void every_country_has_a_name_in_each_ui_language() {
        for (var c : countries.all()) {
            for (String lang : Countries.LANGUAGES) {
                assertTrue(!c.name(lang).isBlank(), c.iso2() + " " + lang);
            }
        }
        assertEquals("Allemagne", countries.find("DE").orElseThrow().name("fr"));
        assertEquals("République de Corée", countries.find("KR").orElseThrow().name("fr"));
        assertEquals(206, countries.all().size());
    }

    @Test
    void every_name_of_the_table_resolves_to_its_own_country() {
        var seen = new HashSet<String>();
        for (var c : countries.all()) {
            assertTrue(seen.add(c.iso2()), c.iso2());
            for (String n : List.copyOf(c.names().values())) {
                countries.resolve(n).ifPresent(r -> assertEquals(c, r, n));
            }
            for (String n : c.also()) {
                assertEquals(c, countries.resolve(n).orElse(null), n);
            }
        }
    }

    @Test
    void an_alias_group_lists_the_names_in_the_order_of_the_ui_languages_in_every_run() {
        // Map.copyOf iterates in an order drawn per JVM: the group must not follow it.
        List<String> germany = countries.aliasGroups().stream()
                .filter(g -> g.get(0).equals("Germany"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Germany", "Allemagne", "Alemania", "Германия", "ألمانيا", "德国", "Alemanha", "Germaniya"),
                germany.subList(0, 8));
    }
}
