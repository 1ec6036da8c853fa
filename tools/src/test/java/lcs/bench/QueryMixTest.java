package lcs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import lcs.query.SearchRequest;
import org.junit.jupiter.api.Test;

class QueryMixTest {
    private static final List<String> GENERATED = List.of(
            "query\tfilters",
            "\"learning city\"\tlanguage=en",
            "stakeholder\t",
            "town universities people\tcountry=Sri+Lanka&language=en",
            "\tyear=2024",
            "",
            "# a comment",
            "Råing\ttype=story&type=news");

    @Test
    void the_header_blank_lines_and_comments_are_skipped() {
        assertEquals(5, QueryMix.parse(GENERATED).size());
    }

    @Test
    void filters_are_url_decoded_and_repeated_keys_collect_values() {
        var mix = QueryMix.parse(GENERATED);
        assertEquals(
                Map.of("country", List.of("Sri Lanka"), "language", List.of("en")),
                mix.entries().get(2).filters());
        assertEquals(
                Map.of("type", List.of("story", "news")), mix.entries().get(4).filters());
        assertEquals("", mix.entries().get(3).q());
    }

    @Test
    void the_http_path_encodes_the_query_and_filters() {
        var mix = QueryMix.parse(GENERATED);
        assertEquals(
                "/api/search?q=%22learning+city%22&size=10&language=en",
                mix.entries().get(0).path(10));
        assertEquals(
                "/api/search?q=R%C3%A5ing&size=10&type=story&type=news",
                mix.entries().get(4).path(10));
    }

    @Test
    void in_process_params_make_the_same_request_the_server_would_parse() {
        var entry = QueryMix.parse(GENERATED).entries().get(2);
        SearchRequest req = SearchRequest.from(entry.params(10));
        assertEquals("town universities people", req.q());
        assertEquals(List.of("Sri Lanka"), req.filters().get("country"));
        assertEquals(10, req.size());
    }

    @Test
    void the_mix_wraps_around_for_long_runs() {
        var mix = QueryMix.parse(GENERATED);
        assertEquals(mix.entries().get(1), mix.get(6));
    }

    @Test
    void a_file_without_queries_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> QueryMix.parse(List.of("query\tfilters")));
    }
}
