package lcs.search;

import static lcs.http.TestService.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import lcs.http.TestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Disjunctive facet counts over {@code facets-8.jsonl}, checked against a hand count:
 *
 * <pre>
 * id       country            region  year type     language garden
 * fc-cn-1  China              AP      2021 profile  en       yes
 * fc-cn-2  China              AP      2022 news     en       yes
 * fc-cn-3  China              AP      2022 story    fr
 * fc-kr-1  Republic of Korea  AP      2021 profile  en       yes
 * fc-de-1  Germany            ENA     2022 news     de       yes
 * fc-fr-1  France             ENA     2020 profile  fr
 * fc-br-1  Brazil             LAC     2021 news     en       yes
 * fc-lv-1  Latvia             ENA     2022 profile  en
 * </pre>
 */
class FacetCountsTest {
    private static final String AP = "Asia and the Pacific";
    private static final String ENA = "Europe and North America";
    private static final String LAC = "Latin America and the Caribbean";

    @RegisterExtension
    static final TestService api = TestService.serving("facets-8.jsonl");

    /** value → count of one facet, in the order the API lists them. */
    private static Map<String, Long> counts(JsonNode answer, String dim) {
        var m = new LinkedHashMap<String, Long>();
        answer.get("facets")
                .get(dim)
                .forEach(v -> m.put(v.get("value").asText(), v.get("count").asLong()));
        return m;
    }

    private static Set<String> selected(JsonNode answer, String dim) {
        var s = new TreeSet<String>();
        answer.get("facets").get(dim).forEach(v -> {
            if (v.get("selected").asBoolean()) {
                s.add(v.get("value").asText());
            }
        });
        return s;
    }

    @Test
    void without_query_or_filters_every_value_is_counted() {
        JsonNode a = api.search("");
        assertEquals(8, a.get("total").asLong());
        assertEquals(
                Map.of("China", 3L, "Republic of Korea", 1L, "Germany", 1L, "France", 1L, "Brazil", 1L, "Latvia", 1L),
                counts(a, "country"));
        assertEquals(Map.of(AP, 4L, ENA, 3L, LAC, 1L), counts(a, "region"));
        assertEquals(Map.of("2022", 4L, "2021", 3L, "2020", 1L), counts(a, "year"));
        assertEquals(Map.of("profile", 4L, "news", 3L, "story", 1L), counts(a, "type"));
        assertEquals(Map.of("en", 5L, "fr", 2L, "de", 1L), counts(a, "language"));
    }

    @Test
    void counts_follow_the_query() {
        JsonNode a = api.search("q=garden");
        assertEquals(5, a.get("total").asLong());
        assertEquals(Map.of("China", 2L, "Republic of Korea", 1L, "Germany", 1L, "Brazil", 1L), counts(a, "country"));
        assertEquals(Map.of(AP, 3L, ENA, 1L, LAC, 1L), counts(a, "region"));
        assertEquals(Map.of("2022", 2L, "2021", 3L), counts(a, "year"));
        assertEquals(Map.of("news", 3L, "profile", 2L), counts(a, "type"));
        assertEquals(Map.of("en", 4L, "de", 1L), counts(a, "language"));
    }

    static Stream<Arguments> selections() {
        return Stream.of(
                argumentSet(
                        "a selected country still shows every country's count for the rest of the query",
                        "q=garden&country=China",
                        2L,
                        "country",
                        Map.of("China", 2L, "Republic of Korea", 1L, "Germany", 1L, "Brazil", 1L),
                        Set.of("China")),
                argumentSet(
                        "a selected value with no matches is listed with count 0 and selected",
                        "q=garden&country=France",
                        0L,
                        "country",
                        Map.of("China", 2L, "Republic of Korea", 1L, "Germany", 1L, "Brazil", 1L, "France", 0L),
                        Set.of("France")),
                argumentSet(
                        "a selected value absent from the index is listed with count 0 and selected",
                        "type=webinar",
                        0L,
                        "type",
                        Map.of("profile", 4L, "news", 3L, "story", 1L, "webinar", 0L),
                        Set.of("webinar")));
    }

    @ParameterizedTest
    @MethodSource("selections")
    void a_selected_facet_lists_its_counts_and_its_selection(
            String queryString, long total, String dim, Map<String, Long> counts, Set<String> selected) {
        JsonNode a = api.search(queryString);
        assertEquals(total, a.get("total").asLong());
        assertEquals(counts, counts(a, dim));
        assertEquals(selected, selected(a, dim));
    }

    @Test
    void a_selected_country_narrows_the_other_facets() {
        JsonNode a = api.search("q=garden&country=China");
        assertEquals(Map.of(AP, 2L), counts(a, "region"));
        assertEquals(Map.of("2022", 1L, "2021", 1L), counts(a, "year"));
        assertEquals(Map.of("news", 1L, "profile", 1L), counts(a, "type"));
        assertEquals(Map.of("en", 2L), counts(a, "language"));
        assertEquals(Set.of(), selected(a, "type"));
    }

    @Test
    void two_values_of_one_facet_are_ored() {
        JsonNode a = api.search("country=China&country=Germany");
        assertEquals(4, a.get("total").asLong());
        assertEquals(Set.of("fc-cn-1", "fc-cn-2", "fc-cn-3", "fc-de-1"), new TreeSet<>(TestService.ids(a)));
        assertEquals(Set.of("China", "Germany"), selected(a, "country"));
        assertEquals(6, counts(a, "country").size(), "the country facet ignores its own selection");
        assertEquals(Map.of("2022", 3L, "2021", 1L), counts(a, "year"));
        assertEquals(Map.of("news", 2L, "profile", 1L, "story", 1L), counts(a, "type"));
        assertEquals(Map.of("en", 2L, "de", 1L, "fr", 1L), counts(a, "language"));
    }

    @Test
    void two_facets_are_anded_and_each_counts_under_the_other() {
        JsonNode a = api.search("country=China&type=news");
        assertEquals(List.of("fc-cn-2"), TestService.ids(a));
        // country counted under type=news only; type counted under country=China only.
        assertEquals(Map.of("China", 1L, "Germany", 1L, "Brazil", 1L), counts(a, "country"));
        assertEquals(Map.of("news", 1L, "profile", 1L, "story", 1L), counts(a, "type"));
        assertEquals(Map.of("2022", 1L), counts(a, "year"));
        assertEquals(Set.of("news"), selected(a, "type"));
    }

    @Test
    void region_and_year_and_language_selections_are_disjunctive_too() {
        JsonNode region = api.search("region=" + enc(LAC));
        assertEquals(List.of("fc-br-1"), TestService.ids(region));
        assertEquals(Map.of(AP, 4L, ENA, 3L, LAC, 1L), counts(region, "region"));

        JsonNode year = api.search("year=2020");
        assertEquals(List.of("fc-fr-1"), TestService.ids(year));
        assertEquals(Map.of("2022", 4L, "2021", 3L, "2020", 1L), counts(year, "year"));

        JsonNode language = api.search("language=fr");
        assertEquals(Set.of("fc-cn-3", "fc-fr-1"), new TreeSet<>(TestService.ids(language)));
        assertEquals(Map.of("en", 5L, "fr", 2L, "de", 1L), counts(language, "language"));
    }

    @Test
    void values_are_listed_by_count_then_name_and_years_newest_first() {
        JsonNode a = api.search("");
        assertEquals(
                List.of("China", "Brazil", "France", "Germany", "Latvia", "Republic of Korea"),
                List.copyOf(counts(a, "country").keySet()));
        assertEquals(
                List.of("2022", "2021", "2020"), List.copyOf(counts(a, "year").keySet()));
    }

    @Test
    void country_values_carry_their_region() {
        api.search("").get("facets").get("country").forEach(v -> assertTrue(v.hasNonNull("region"), v.toString()));
    }
}
