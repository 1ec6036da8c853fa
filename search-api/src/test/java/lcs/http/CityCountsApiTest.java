package lcs.http;

import static lcs.http.TestService.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cities=true} on {@code GET /api/search}: the matches per city, each equal to what the same
 * search restricted to that city counts, checked by brute force over every hit of the search.
 * {@code cities-13.jsonl} (synthetic) has a city name in two countries and in none (Córdoba), a
 * city the gazetteer does not know and a document with no city.
 */
class CityCountsApiTest {
    @RegisterExtension
    static final TestService api = TestService.serving("cities-13.jsonl");

    /** "city|country" → documents, counted over every hit of the search (the brute force). */
    private static Map<String, Long> countedOverHits(String query) {
        JsonNode a = api.search(query + (query.isEmpty() ? "" : "&") + "size=100");
        assertEquals(a.get("total").asLong(), a.get("hits").size(), "every hit on one page");
        var counts = new TreeMap<String, Long>();
        for (JsonNode hit : a.get("hits")) {
            if (!hit.get("city").isNull()) {
                counts.merge(hit.get("city").asText() + "|" + hit.get("country").asText(""), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Map<String, Long> answered(JsonNode cities) {
        var counts = new TreeMap<String, Long>();
        for (JsonNode c : cities) {
            String key = c.get("name").asText() + "|" + c.path("country").asText("");
            assertEquals(null, counts.put(key, c.get("count").asLong()), "one entry per city and country: " + key);
        }
        return counts;
    }

    @ParameterizedTest(name = "[{index}] ?{0}")
    @ValueSource(
            strings = {
                "",
                "q=festival",
                "q=learning",
                "q=garden",
                "country=Slovenia",
                "country=Spain&country=Argentina",
                "type=profile",
                "q=learning&type=news&type=story",
                "year=2022",
                "q=nothing+matches+this+zzzq"
            })
    void each_city_count_equals_the_same_search_restricted_to_that_city(String query) {
        JsonNode cities =
                api.search(query + (query.isEmpty() ? "" : "&") + "cities=true").get("cities");
        assertTrue(cities.isArray(), "cities listed: " + cities);
        assertEquals(countedOverHits(query), answered(cities));
        long previous = Long.MAX_VALUE;
        for (JsonNode c : cities) {
            assertTrue(c.get("count").asLong() <= previous, "most matches first: " + cities);
            previous = c.get("count").asLong();
            assertFalse(c.has("estimated"), "exact counts carry no estimated flag");
        }
    }

    @Test
    void a_name_in_two_countries_is_one_entry_per_country_and_one_without() {
        JsonNode cities = api.search("cities=true").get("cities");
        assertEquals(
                Map.of("Córdoba|Spain", 2L, "Córdoba|Argentina", 1L, "Córdoba|", 1L),
                answered(cities).entrySet().stream()
                        .filter(e -> e.getKey().startsWith("Córdoba"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        JsonNode spain = find(cities, "Córdoba", "Spain");
        assertEquals("ES", spain.get("code").asText());
        assertEquals(37.8916, spain.get("lat").asDouble(), 1e-4, "Córdoba in Spain, not the larger one in Argentina");
        assertEquals(-4.7728, spain.get("lon").asDouble(), 1e-4);
        assertEquals(-31.4135, find(cities, "Córdoba", "Argentina").get("lat").asDouble(), 1e-4);
        JsonNode nowhere = find(cities, "Córdoba", null);
        assertFalse(
                nowhere.has("country") || nowhere.has("code") || nowhere.has("lat") || nowhere.has("lon"),
                "" + nowhere);
    }

    @Test
    void cities_carry_gazetteer_coordinates_when_the_gazetteer_knows_them() {
        JsonNode cities =
                api.search("q=" + enc("garden festival") + "&cities=true").get("cities");
        JsonNode cork = find(cities, "Cork", "Ireland");
        assertEquals("IE", cork.get("code").asText());
        assertEquals(51.898, cork.get("lat").asDouble(), 1e-4);
        assertEquals(-8.4706, cork.get("lon").asDouble(), 1e-4);
        // Known to the gazetteer by another name of its alias group (corpus/aliases.txt): Vitebsk.
        JsonNode viciebsk = find(api.search("q=festival&cities=true").get("cities"), "Viciebsk", "Belarus");
        assertEquals(55.1904, viciebsk.get("lat").asDouble(), 1e-4);
        JsonNode invented = find(cities, "Villa Sintética", "Spain");
        assertEquals(1, invented.get("count").asLong());
        assertFalse(invented.has("lat") || invented.has("lon"), "an unknown place has no position: " + invented);
    }

    @Test
    void without_the_parameter_the_answer_has_no_cities_and_another_etag() {
        TestService.Response plain = api.get("/api/search?q=festival");
        TestService.Response off = api.get("/api/search?q=festival&cities=false");
        TestService.Response on = api.get("/api/search?q=festival&cities=1");
        assertFalse(plain.json().has("cities"), plain.body());
        assertFalse(off.json().has("cities"), off.body());
        assertTrue(on.json().get("cities").size() > 0, on.body());
        assertEquals(plain.headers().firstValue("ETag"), off.headers().firstValue("ETag"));
        assertNotEquals(plain.headers().firstValue("ETag"), on.headers().firstValue("ETag"));
    }

    @Test
    void another_value_is_a_400_naming_the_parameter() {
        TestService.Response r = api.get("/api/search?cities=yes");
        assertEquals(400, r.status(), r.body());
        JsonNode error = r.json().get("error");
        assertEquals("cities", error.get("parameter").asText());
        assertEquals(
                "cities: must be true or false (got \"yes\")",
                error.get("message").asText());
    }

    private static JsonNode find(JsonNode cities, String name, String country) {
        var seen = new ArrayList<String>();
        for (JsonNode c : cities) {
            seen.add(c.toString());
            if (c.get("name").asText().equals(name)
                    && (country == null
                            ? !c.has("country")
                            : country.equals(c.path("country").asText()))) {
                return c;
            }
        }
        throw new AssertionError(name + " (" + country + ") not among " + List.copyOf(seen));
    }
}
