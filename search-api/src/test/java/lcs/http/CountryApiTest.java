package lcs.http;

import static lcs.http.TestService.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Countries by ISO code and in every UI language: facet codes, code filters, /api/countries, country aliases. */
class CountryApiTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl");

    private static JsonNode entry(JsonNode list, String value) {
        for (JsonNode e : list) {
            if (e.get("value").asText().equals(value)) {
                return e;
            }
        }
        throw new AssertionError(value + " not in " + list);
    }

    @Test
    void country_facet_entries_carry_the_iso_code() {
        JsonNode countries = api.search("").get("facets").get("country");
        assertEquals("KR", entry(countries, "Republic of Korea").get("code").asText());
        assertEquals("DE", entry(countries, "Germany").get("code").asText());
        countries.forEach(c -> assertTrue(c.get("code").asText().matches("[A-Z]{2}"), c.toString()));
        api.search("").get("facets").get("region").forEach(r -> assertTrue(!r.has("code"), r.toString()));
    }

    @Test
    void the_iso_code_filters_like_the_unesco_name() {
        assertEquals(api.ids("country=" + enc("Republic of Korea")), api.ids("country=KR"));
        assertEquals(List.of("fx-suwon"), api.ids("country=kr"));
        JsonNode selected = entry(api.search("country=KR").get("facets").get("country"), "Republic of Korea");
        assertTrue(selected.get("selected").asBoolean(), selected.toString());
    }

    @Test
    void country_names_in_other_languages_find_that_countrys_documents() {
        for (String q : List.of("Allemagne", "Германия", "ألمانيا", "德国", "Alemanha")) {
            assertTrue(api.ids("q=" + enc(q)).contains("fx-hamburg"), q + " -> " + api.ids("q=" + enc(q)));
        }
        for (String q : List.of("South Korea", "Corée du Sud", "Республика Корея")) {
            assertTrue(api.ids("q=" + enc(q)).contains("fx-suwon"), q + " -> " + api.ids("q=" + enc(q)));
        }
    }

    @Test
    void countries_endpoint_lists_every_country_with_its_names() {
        JsonNode all = api.get("/api/countries").json();
        assertEquals(
                "[\"en\",\"fr\",\"es\",\"ru\",\"ar\",\"zh\",\"pt\",\"uz\"]",
                all.get("languages").toString());
        assertEquals(206, all.get("countries").size());
        JsonNode de = null;
        for (JsonNode c : all.get("countries")) {
            if (c.get("code").asText().equals("DE")) {
                de = c;
            }
        }
        assertEquals("Germany", de.get("name").asText());
        assertEquals("Europe and North America", de.get("region").asText());
        assertEquals("Allemagne", de.get("names").get("fr").asText());
        assertEquals("ألمانيا", de.get("names").get("ar").asText());
        assertEquals("Alemanha", de.get("names").get("pt").asText());
    }

    @Test
    void countries_in_one_language_hold_only_that_language() {
        JsonNode fr = api.get("/api/countries?lang=fr").json();
        assertEquals(1, fr.get("countries").get(0).get("names").size());
        assertTrue(fr.get("countries").get(0).get("names").has("fr"));
    }

    @Test
    void unknown_language_of_the_country_table_is_a_400() {
        var r = api.get("/api/countries?lang=xx");
        assertEquals(400, r.status());
        assertEquals("lang", r.json().get("error").get("parameter").asText());
    }
}
