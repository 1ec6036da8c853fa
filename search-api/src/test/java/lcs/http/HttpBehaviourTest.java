package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTP around the answers: ETags, CORS, metrics, health and security headers. */
class HttpBehaviourTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl");

    // ---- ETag

    @Test
    void search_answers_carry_an_etag() {
        var r = api.get("/api/search?q=kindergarten");
        assertEquals(200, r.status());
        assertNotNull(r.header("ETag"));
        assertTrue(r.header("ETag").startsWith("\"") && r.header("ETag").endsWith("\""), r.header("ETag"));
    }

    @Test
    void the_same_request_with_if_none_match_gets_304_and_no_body() {
        String etag = api.get("/api/search?q=kindergarten").header("ETag");
        var r = api.get("/api/search?q=kindergarten", "If-None-Match", etag);
        assertEquals(304, r.status());
        assertEquals("", r.body());
        assertEquals(etag, r.header("ETag"));
    }

    @Test
    void a_stale_if_none_match_gets_the_full_answer() {
        var r = api.get("/api/search?q=kindergarten", "If-None-Match", "\"0-0-0000000000000000\"");
        assertEquals(200, r.status());
        assertEquals(2, r.json().get("total").asLong());
    }

    @Test
    void a_different_request_gets_a_different_etag() {
        String a = api.get("/api/search?q=kindergarten").header("ETag");
        String b = api.get("/api/search?q=migrants").header("ETag");
        String c = api.get("/api/search?q=kindergarten&page=2").header("ETag");
        assertNotEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void the_same_search_written_differently_gets_the_same_etag() {
        String a = api.get("/api/search?country=China&type=profile").header("ETag");
        String b =
                api.get("/api/search?type=profile&country=China&country=China").header("ETag");
        assertEquals(a, b);
    }

    @Test
    void documents_and_suggestions_answer_304_to_their_etag() {
        for (String path : new String[] {"/api/documents/fx-riga", "/api/suggest?q=lju"}) {
            String etag = api.get(path).header("ETag");
            assertNotNull(etag, path);
            assertEquals(304, api.get(path, "If-None-Match", etag).status(), path);
        }
    }

    // ---- CORS

    @Test
    void a_cross_origin_request_is_allowed() {
        var r = api.get("/api/search?q=kindergarten", "Origin", "https://example.org");
        assertEquals(200, r.status());
        String allowed = r.header("Access-Control-Allow-Origin");
        assertTrue("*".equals(allowed) || "https://example.org".equals(allowed), String.valueOf(allowed));
    }

    @Test
    void cross_origin_clients_may_read_the_etag() {
        var r = api.get("/api/search?q=kindergarten", "Origin", "https://example.org");
        assertTrue(
                String.valueOf(r.header("Access-Control-Expose-Headers")).contains("ETag"),
                r.headers().toString());
    }

    @Test
    void a_preflight_request_is_answered() {
        var r = api.preflight("/api/search?q=kindergarten", "https://example.org");
        assertTrue(r.status() == 200 || r.status() == 204, r.status() + " " + r.body());
        assertNotNull(r.header("Access-Control-Allow-Origin"), r.headers().toString());
        assertTrue(
                String.valueOf(r.header("Access-Control-Allow-Methods")).contains("GET"),
                r.headers().toString());
        assertTrue(
                String.valueOf(r.header("Access-Control-Allow-Headers"))
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("if-none-match"),
                r.headers().toString());
    }

    // ---- metrics and health

    @Test
    void metrics_are_prometheus_text_with_requests_cache_and_index_size() throws InterruptedException {
        api.get("/api/search?q=kindergarten");
        String text = "";
        // Requests are recorded once answered, so the very latest one may not be in the first scrape.
        for (int i = 0; i < 40 && !text.contains("http_server_requests"); i++) {
            var r = api.get("/metrics");
            assertEquals(200, r.status());
            assertTrue(r.header("Content-Type").startsWith("text/plain"), r.header("Content-Type"));
            text = r.body();
            if (!text.contains("http_server_requests")) {
                Thread.sleep(50);
            }
        }
        assertTrue(text.contains("http_server_requests"), text);
        assertTrue(text.contains("cache_gets_total") || text.contains("cache_size"), text);
        assertTrue(text.contains("lcs_index_documents 6.0") || text.contains("lcs_index_documents{"), text);
    }

    @Test
    void health_is_up_with_documents_and_index_version() {
        JsonNode h = api.getJson("/api/health");
        assertEquals("UP", h.get("status").asText());
        assertEquals(6, h.get("documents").asLong());
        assertTrue(
                h.get("indexVersion").isTextual()
                        && !h.get("indexVersion").asText().isBlank(),
                h.toString());
    }

    // ---- security headers

    @Test
    void pages_carry_security_headers() {
        var r = api.get("/");
        assertEquals(200, r.status());
        assertTrue(String.valueOf(r.header("Content-Type")).startsWith("text/html"), r.header("Content-Type"));
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("default-src 'self'") && csp.contains("object-src 'none'"), csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertNotNull(r.header("Referrer-Policy"));
    }

    @Test
    void document_pages_carry_security_headers() {
        var r = api.get("/doc/fx-riga");
        assertEquals(200, r.status());
        assertNotNull(r.header("Content-Security-Policy"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
    }

    @Test
    void api_answers_are_nosniff_json() {
        var r = api.get("/api/search?q=kindergarten");
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    }

    @Test
    void a_method_other_than_get_on_the_api_is_not_a_server_error() {
        var r = api.send("DELETE", "/api/search?q=kindergarten");
        assertTrue(r.status() >= 400 && r.status() < 500, r.status() + " " + r.body());
    }
}
