package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Per-client limits: a burst of 10 at one every 5 seconds, behind a trusted proxy at 127.0.0.1. Each test
 * speaks as its own client (its own X-Forwarded-For address), so their buckets do not mix.
 */
class RateLimitTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl")
            .configured(c -> c.withAnalytics(true, null, null, List.of("127.0.0.1/32", "10.0.0.0/8"), 0.2, 10));

    static TestService.Response search(String client) {
        return api.get("/api/search?q=riga", "X-Forwarded-For", client);
    }

    @Test
    void requests_past_the_burst_get_429_with_retry_after_and_json() {
        for (int i = 0; i < 10; i++) {
            assertEquals(200, search("198.51.100.1").status(), "request " + (i + 1) + " is within the burst");
        }
        var r = search("198.51.100.1");
        assertEquals(429, r.status());
        assertNotNull(r.header("Retry-After"));
        assertTrue(Integer.parseInt(r.header("Retry-After")) >= 1);
        assertTrue(r.isJson());
        assertEquals(429, r.json().get("error").get("status").asInt());
    }

    @Test
    void a_429_carries_the_cors_headers_so_a_widget_on_another_site_can_read_it() {
        for (int i = 0; i < 10; i++) {
            search("198.51.100.7");
        }
        var r = api.get("/api/search?q=riga", "X-Forwarded-For", "198.51.100.7", "Origin", "https://city.example");
        assertEquals(429, r.status());
        assertEquals("*", r.header("Access-Control-Allow-Origin"), r.headers().toString());
        assertTrue(
                String.valueOf(r.header("Access-Control-Expose-Headers")).contains("Retry-After"),
                r.headers().toString());
    }

    @Test
    void search_suggest_and_events_share_the_limit_but_documents_do_not() {
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    200,
                    api.get("/api/suggest?q=ri", "X-Forwarded-For", "198.51.100.2")
                            .status());
            assertEquals(
                    400,
                    api.post("/api/events", "{}", "X-Forwarded-For", "198.51.100.2")
                            .status());
        }
        assertEquals(429, search("198.51.100.2").status());
        assertEquals(
                429,
                api.post("/api/events", "{}", "X-Forwarded-For", "198.51.100.2").status());
        assertEquals(
                200,
                api.get("/api/documents/fx-riga", "X-Forwarded-For", "198.51.100.2")
                        .status());
    }

    @Test
    void one_client_past_its_limit_does_not_limit_another() {
        for (int i = 0; i < 11; i++) {
            search("198.51.100.4");
        }
        assertEquals(429, search("198.51.100.4").status());
        assertEquals(200, search("198.51.100.5").status());
    }

    @Test
    void the_client_is_the_first_untrusted_address_from_the_right() {
        // A client sending its own X-Forwarded-For cannot pick a fresh bucket: the trusted proxy 10.1.1.1
        // appended the real address 198.51.100.6 after whatever the client claimed.
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    200, search("203.0.113." + i + ", 198.51.100.6, 10.1.1.1").status());
        }
        assertEquals(429, search("203.0.113.99, 198.51.100.6, 10.1.1.1").status());
    }

    @Test
    void clients_unknown_to_the_address_parser_are_limited_by_what_they_send() {
        for (int i = 0; i < 10; i++) {
            search("not-an-address");
        }
        assertEquals(429, search("not-an-address").status());
    }
}
