package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

/** The synthetic {@code fx-sonderborg} profile of {@code profiles-6.jsonl}, as the API returns it. */
final class Sonderborg {
    private Sonderborg() {}

    /** Checks the fields a search hit and a whole document both carry. */
    static void assertDescribedBy(JsonNode node) {
        assertEquals("fx-sonderborg", node.get("id").asText());
        assertEquals("profile", node.get("type").asText());
        assertEquals("Sønderborg: a green learning city", node.get("title").asText());
        assertEquals("Sønderborg", node.get("city").asText());
        assertEquals("Denmark", node.get("country").asText());
        assertEquals("Europe and North America", node.get("region").asText());
        assertEquals(2021, node.get("year").asInt());
        assertEquals("2021-11-10", node.get("date").asText());
        assertEquals("en", node.get("language").asText());
        assertEquals("https://example.org/sonderborg", node.get("url").asText());
        assertEquals(
                "Zero-carbon goals drive adult education on the Danish border.",
                node.get("summary").asText());
    }
}
