package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CORS with a list of allowed origins ({@code --cors https://allowed.example}) instead of {@code *}. */
class CorsTest {
    private static final String ALLOWED = "https://allowed.example";

    @RegisterExtension
    static final TestService api = TestService.serving("reindex-2.jsonl", List.of(ALLOWED));

    @Test
    void an_allowed_origin_is_echoed_back() {
        var r = api.get("/api/search?q=lantern", "Origin", ALLOWED);
        assertEquals(200, r.status());
        assertEquals(ALLOWED, r.header("Access-Control-Allow-Origin"));
        assertTrue(
                String.valueOf(r.header("Vary")).contains("Origin"), r.headers().toString());
    }

    @Test
    void another_origin_gets_the_answer_without_cors_headers() {
        var r = api.get("/api/search?q=lantern", "Origin", "https://example.org");
        assertEquals(200, r.status());
        assertEquals(1, r.json().get("total").asLong());
        assertNull(r.header("Access-Control-Allow-Origin"), r.headers().toString());
    }

    @Test
    void a_preflight_from_an_allowed_origin_is_answered() {
        var r = api.preflight("/api/search?q=lantern", ALLOWED);
        assertTrue(r.status() == 200 || r.status() == 204, r.status() + " " + r.body());
        assertEquals(ALLOWED, r.header("Access-Control-Allow-Origin"));
        assertTrue(
                String.valueOf(r.header("Access-Control-Allow-Methods")).contains("GET"),
                r.headers().toString());
    }

    @Test
    void a_preflight_from_another_origin_gets_no_permission() {
        var r = api.send(
                "OPTIONS",
                "/api/search?q=lantern",
                "Origin",
                "https://example.org",
                "Access-Control-Request-Method",
                "GET");
        assertTrue(r.status() < 500, r.status() + " " + r.body());
        assertNull(r.header("Access-Control-Allow-Origin"), r.headers().toString());
    }
}
