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

/** {@code /api/suggest}, {@code /api/documents/{id}} and {@code /api/documents/{id}/related} over {@code profiles-6.jsonl}. */
class SuggestAndDocumentsTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl");

    private static JsonNode suggest(String queryString) {
        return api.getJson("/api/suggest?" + queryString).get("suggestions");
    }

    private static void assertFirstSuggestion(String queryString, String text, String kind) {
        JsonNode first = suggest(queryString).get(0);
        assertEquals(text, first.get("text").asText());
        assertEquals(kind, first.get("kind").asText());
    }

    @Test
    void the_start_of_a_city_name_suggests_the_city() {
        assertFirstSuggestion("q=lju", "Ljubljana", "city");
    }

    @Test
    void suggestions_ignore_accents() {
        assertFirstSuggestion("q=sonder", "Sønderborg", "city");
    }

    @Test
    void suggestions_ignore_case() {
        assertEquals(
                "Sønderborg", suggest("q=" + enc("SØNDER")).get(0).get("text").asText());
    }

    @Test
    void country_names_are_suggested_with_kind_country() {
        assertFirstSuggestion("q=slov", "Slovenia", "country");
    }

    @Test
    void document_titles_are_suggested_with_their_id() {
        JsonNode all = suggest("q=lju");
        boolean found = false;
        for (JsonNode s : all) {
            if (s.get("kind").asText().equals("document")) {
                assertEquals("fx-ljubljana", s.get("id").asText());
                found = true;
            }
        }
        assertTrue(found, all.toString());
    }

    @Test
    void size_limits_the_suggestions() {
        assertTrue(suggest("q=s").size() > 1);
        assertEquals(1, suggest("q=s&size=1").size());
    }

    @Test
    void suggest_size_out_of_range_gives_400_naming_size() {
        var r = api.get("/api/suggest?q=s&size=21");
        assertEquals(400, r.status());
        assertEquals("size", r.json().get("error").get("parameter").asText());
    }

    @Test
    void empty_q_suggests_nothing() {
        assertEquals(0, suggest("q=").size());
        assertEquals(0, suggest("").size());
        assertEquals(0, suggest("q=" + enc("  ")).size());
    }

    @Test
    void a_document_comes_back_whole_with_its_body() {
        JsonNode d = api.getJson("/api/documents/fx-sonderborg");
        Sonderborg.assertDescribedBy(d);
        assertEquals("synthetic test fixture", d.get("source").asText());
        assertTrue(d.get("body").asText().startsWith("The municipality links its climate plan"), d.toString());
    }

    @Test
    void related_documents_exclude_the_document_itself() {
        JsonNode related = api.getJson("/api/documents/fx-ljubljana/related").get("related");
        assertTrue(related.size() > 0, related.toString());
        List<String> ids = new ArrayList<>();
        related.forEach(h -> ids.add(h.get("id").asText()));
        assertFalse(ids.contains("fx-ljubljana"), ids.toString());
    }

    @Test
    void related_size_limits_the_list() {
        assertEquals(
                1,
                api.get("/api/documents/fx-ljubljana/related?size=1")
                        .json()
                        .get("related")
                        .size());
    }

    @Test
    void related_of_an_unknown_id_gives_404_json() {
        var r = api.get("/api/documents/no-such-document/related");
        assertEquals(404, r.status());
        assertEquals(404, r.json().get("error").get("status").asInt());
    }
}
