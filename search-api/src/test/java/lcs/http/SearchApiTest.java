package lcs.http;

import static lcs.http.TestService.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/search}: every parameter, the answer's shape and every parameter error, over
 * {@code profiles-6.jsonl} (six synthetic documents, each with a different date).
 */
class SearchApiTest {
    /** The fixture, newest first. */
    private static final List<String> NEWEST_FIRST =
            List.of("fx-ljubljana", "fx-sonderborg", "fx-hangzhou", "fx-suwon", "fx-hamburg", "fx-riga");

    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl");

    // ---- answer shape

    @Test
    void answer_has_query_total_page_size_took_hits_facets_and_did_you_mean() {
        JsonNode a = api.search("q=kindergarten");
        for (String key : List.of("query", "total", "page", "size", "tookMs", "hits", "facets", "didYouMean")) {
            assertTrue(a.has(key), "answer lacks " + key + ": " + a);
        }
        assertEquals("kindergarten", a.get("query").asText());
        assertEquals(2, a.get("total").asLong());
        assertEquals(1, a.get("page").asInt());
        assertEquals(10, a.get("size").asInt());
        assertTrue(a.get("tookMs").isIntegralNumber() && a.get("tookMs").asLong() >= 0);
        assertTrue(a.get("didYouMean").isNull());
    }

    @Test
    void each_hit_has_every_documented_field() {
        JsonNode hit = api.search("q=Sonderborg").get("hits").get(0);
        for (String key : List.of(
                "id",
                "type",
                "title",
                "city",
                "country",
                "region",
                "year",
                "date",
                "language",
                "url",
                "summary",
                "snippet",
                "score")) {
            assertTrue(hit.has(key), "hit lacks " + key + ": " + hit);
        }
        Sonderborg.assertDescribedBy(hit);
        assertTrue(hit.get("score").isNumber() && hit.get("score").asDouble() > 0);
    }

    @Test
    void facets_list_value_count_and_selected_for_every_dimension() {
        JsonNode facets = api.search("q=kindergarten").get("facets");
        assertEquals(List.of("country", "region", "year", "type", "language"), fieldNames(facets));
        facets.forEach(list -> {
            assertTrue(list.isArray() && !list.isEmpty(), facets.toString());
            list.forEach(v -> {
                assertTrue(v.get("value").isTextual(), v.toString());
                assertTrue(v.get("count").isIntegralNumber(), v.toString());
                assertTrue(v.get("selected").isBoolean(), v.toString());
            });
        });
    }

    // ---- q and listing

    @Test
    void q_finds_the_documents_containing_the_word() {
        assertEquals(List.of("fx-ljubljana"), api.ids("q=migrants"));
    }

    @Test
    void empty_q_lists_all_documents_newest_first() {
        JsonNode a = api.search("");
        assertEquals(6, a.get("total").asLong());
        assertEquals(NEWEST_FIRST, TestService.ids(a));
        assertTrue(a.get("didYouMean").isNull());
    }

    @Test
    void blank_q_is_the_same_as_no_q() {
        assertEquals(NEWEST_FIRST, api.ids("q=" + enc("   ")));
    }

    @Test
    void listing_snippets_are_the_start_of_each_document() {
        JsonNode riga = api.search("year=2015").get("hits").get(0);
        assertTrue(
                riga.get("snippet").asText().startsWith("In 2015 the Latvian capital opened a library"),
                riga.toString());
    }

    // ---- filters

    @Test
    void filters_without_q_are_enough() {
        JsonNode a = api.search("country=China");
        assertEquals(1, a.get("total").asLong());
        assertEquals(List.of("fx-hangzhou"), TestService.ids(a));
    }

    @Test
    void country_filter_narrows_a_query() {
        assertEquals(List.of("fx-sonderborg"), api.ids("q=kindergarten&country=Denmark"));
    }

    @Test
    void region_filter_keeps_the_region() {
        assertEquals(List.of("fx-hangzhou", "fx-suwon"), api.ids("region=" + enc("Asia and the Pacific")));
    }

    @Test
    void year_filter_keeps_the_year() {
        assertEquals(List.of("fx-riga"), api.ids("year=2015"));
    }

    @Test
    void type_filter_keeps_the_type() {
        assertEquals(List.of("fx-hamburg"), api.ids("type=press-release"));
    }

    @Test
    void language_filter_keeps_the_language() {
        assertEquals(List.of("fx-hamburg"), api.ids("language=de"));
    }

    @Test
    void repeated_values_of_one_filter_are_ored() {
        assertEquals(List.of("fx-hamburg", "fx-riga"), api.ids("type=story&type=press-release"));
        assertEquals(List.of("fx-ljubljana", "fx-riga"), api.ids("year=2015&year=2022"));
    }

    @Test
    void a_filter_value_that_matches_nothing_gives_no_hits() {
        assertEmptyPage("country=France", 0);
    }

    @Test
    void odd_filter_values_match_nothing_instead_of_failing() {
        for (String filter : List.of(
                "country=%00",
                "country=a%1Fb", "type=%F0%9F%98%80", "language=%E2%80%AE", "region=a%2Fb", "year=0", "year=9999")) {
            JsonNode a = api.search(filter);
            assertEquals(0, a.get("total").asLong(), filter);
        }
    }

    // ---- paging and sorting

    @Test
    void size_limits_the_hits_but_not_the_total() {
        JsonNode a = api.search("size=2");
        assertEquals(2, a.get("size").asInt());
        assertEquals(6, a.get("total").asLong());
        assertEquals(NEWEST_FIRST.subList(0, 2), TestService.ids(a));
    }

    @Test
    void page_gives_the_following_hits() {
        JsonNode a = api.search("size=2&page=2");
        assertEquals(2, a.get("page").asInt());
        assertEquals(NEWEST_FIRST.subList(2, 4), TestService.ids(a));
    }

    @Test
    void a_page_after_the_last_is_empty_and_keeps_the_total() {
        assertEmptyPage("size=2&page=4", 6);
    }

    @Test
    void sort_relevance_is_the_default() {
        assertEquals(List.of("fx-riga", "fx-hamburg"), api.ids("q=" + enc("harbour orchestra")));
        assertEquals(List.of("fx-riga", "fx-hamburg"), api.ids("q=" + enc("harbour orchestra") + "&sort=relevance"));
    }

    @Test
    void sort_newest_orders_matches_by_date() {
        // Riga matches both words and ranks first by relevance, but Hamburg (2018) is newer than Riga (2015).
        assertEquals(List.of("fx-hamburg", "fx-riga"), api.ids("q=" + enc("harbour orchestra") + "&sort=newest"));
    }

    @Test
    void explain_true_gives_each_hit_the_fields_and_terms_that_matched() {
        JsonNode hits = api.search("q=kindergarten&explain=true").get("hits");
        assertEquals(2, hits.size());
        hits.forEach(h -> {
            JsonNode e = h.get("explanation");
            assertTrue(e != null && e.isArray() && !e.isEmpty(), h.toString());
            assertTrue(e.toString().contains("kindergarten"), e.toString());
        });
    }

    /**
     * The matched leaves come field by field in alphabetical order of the field, not in the order
     * Lucene's dismax happens to hold its fields (a hash order that changes between JVM runs).
     */
    @Test
    void explain_lists_the_matched_fields_in_alphabetical_order() {
        JsonNode hits = api.search("q=cork+festival&explain=true").get("hits");
        assertFalse(hits.isEmpty());
        hits.forEach(h -> {
            var fields = new java.util.ArrayList<String>();
            h.get("explanation")
                    .forEach(e -> fields.add(e.asText().substring(0, e.asText().indexOf(':'))));
            assertTrue(fields.stream().distinct().count() > 1, h.toString());
            assertEquals(fields.stream().sorted().toList(), fields, h.toString());
        });
    }

    @Test
    void without_explain_hits_have_no_explanation() {
        api.search("q=kindergarten").get("hits").forEach(h -> assertFalse(h.has("explanation"), h.toString()));
    }

    // ---- parameter errors

    @Test
    void size_over_100_gives_400_naming_size() {
        assertBadRequest("size=101", "size");
    }

    @Test
    void size_of_100_is_allowed() {
        assertEquals(100, api.search("size=100").get("size").asInt());
    }

    @Test
    void size_below_1_gives_400_naming_size() {
        assertBadRequest("size=0", "size");
        assertBadRequest("size=-5", "size");
    }

    @Test
    void non_numeric_size_gives_400_naming_size() {
        assertBadRequest("size=ten", "size");
    }

    @Test
    void page_below_1_gives_400_naming_page() {
        assertBadRequest("page=0", "page");
        assertBadRequest("page=-1", "page");
    }

    @Test
    void non_numeric_page_gives_400_naming_page() {
        assertBadRequest("page=two", "page");
    }

    @Test
    void page_beyond_int_range_gives_400_naming_page() {
        assertBadRequest("page=99999999999", "page");
    }

    @Test
    void page_times_size_over_10000_gives_400_naming_page() {
        assertBadRequest("page=101&size=100", "page");
        assertBadRequest("page=1001", "page");
    }

    @Test
    void page_times_size_of_exactly_10000_is_allowed() {
        assertEmptyPage("page=100&size=100", 6);
    }

    @Test
    void unknown_sort_gives_400_naming_sort() {
        assertBadRequest("sort=oldest", "sort");
    }

    @Test
    void non_numeric_year_gives_400_naming_year() {
        assertBadRequest("year=last", "year");
    }

    @Test
    void q_over_1000_characters_gives_400_naming_q() {
        assertBadRequest("q=" + "a".repeat(1001), "q");
    }

    @Test
    void q_of_1000_characters_is_allowed() {
        String q = "ab ".repeat(333) + "a";
        assertEquals(1000, q.length());
        assertEquals(200, api.get("/api/search?q=" + enc(q)).status());
    }

    @Test
    void more_than_50_values_of_one_filter_gives_400_naming_it() {
        var q = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            q.append(i > 0 ? "&" : "").append("country=C").append(i);
        }
        assertBadRequest(q.toString(), "country");
    }

    @Test
    void unknown_route_gives_404_json() {
        assertTrue(notFoundError("/api/nothing-here").get("message").isTextual());
    }

    @Test
    void unknown_document_id_gives_404_json() {
        JsonNode error = notFoundError("/api/documents/no-such-document");
        assertTrue(error.get("message").asText().contains("no-such-document"), error.toString());
    }

    /** The {@code error} object of a 404 JSON answer to GET {@code path}. */
    private static JsonNode notFoundError(String path) {
        var r = api.get(path);
        assertEquals(404, r.status(), r.body());
        assertTrue(r.isJson(), r.body());
        JsonNode error = r.json().get("error");
        assertEquals(404, error.get("status").asInt(), r.body());
        return error;
    }

    /** A 200 answer with no hits on its page and {@code total} matches over all pages. */
    private static void assertEmptyPage(String queryString, long total) {
        JsonNode a = api.search(queryString);
        assertEquals(0, a.get("hits").size(), queryString);
        assertEquals(total, a.get("total").asLong(), queryString);
    }

    private static void assertBadRequest(String queryString, String parameter) {
        var r = api.get("/api/search?" + queryString);
        assertEquals(400, r.status(), queryString + " → " + r.body());
        assertTrue(r.isJson(), r.body());
        JsonNode error = r.json().get("error");
        assertEquals(400, error.get("status").asInt(), r.body());
        assertEquals(parameter, error.get("parameter").asText(), r.body());
        assertTrue(
                error.get("message").isTextual()
                        && !error.get("message").asText().isBlank(),
                r.body());
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
