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
        var r = api.get("/api/suggest?" + queryString);
        assertEquals(200, r.status(), r.body());
        return r.json().get("suggestions");
    }

    @Test
    void the_start_of_a_city_name_suggests_the_city() {
        JsonNode first = suggest("q=lju").get(0);
        assertEquals("Ljubljana", first.get("text").asText());
        assertEquals("city", first.get("kind").asText());
    }

    @Test
    void suggestions_ignore_accents() {
        JsonNode first = suggest("q=sonder").get(0);
        assertEquals("Sønderborg", first.get("text").asText());
        assertEquals("city", first.get("kind").asText());
    }

    @Test
    void suggestions_ignore_case() {
        assertEquals(
                "Sønderborg", suggest("q=" + enc("SØNDER")).get(0).get("text").asText());
    }

    @Test
    void country_names_are_suggested_with_kind_country() {
        JsonNode first = suggest("q=slov").get(0);
        assertEquals("Slovenia", first.get("text").asText());
        assertEquals("country", first.get("kind").asText());
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
        var r = api.get("/api/documents/fx-sonderborg");
        assertEquals(200, r.status());
        JsonNode d = r.json();
        assertEquals("fx-sonderborg", d.get("id").asText());
        assertEquals("profile", d.get("type").asText());
        assertEquals("Sønderborg: a green learning city", d.get("title").asText());
        assertEquals(
                "Zero-carbon goals drive adult education on the Danish border.",
                d.get("summary").asText());
        assertEquals("Sønderborg", d.get("city").asText());
        assertEquals("Denmark", d.get("country").asText());
        assertEquals("Europe and North America", d.get("region").asText());
        assertEquals("2021-11-10", d.get("date").asText());
        assertEquals(2021, d.get("year").asInt());
        assertEquals("en", d.get("language").asText());
        assertEquals("https://example.org/sonderborg", d.get("url").asText());
        assertEquals("synthetic test fixture", d.get("source").asText());
        assertTrue(d.get("body").asText().startsWith("The municipality links its climate plan"), d.toString());
    }

    @Test
    void related_documents_exclude_the_document_itself() {
        var r = api.get("/api/documents/fx-ljubljana/related");
        assertEquals(200, r.status());
        JsonNode related = r.json().get("related");
        assertTrue(related.size() > 0, r.body());
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
