package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14: a malformed percent-escape anywhere in the URL is a 400 JSON error. Before, {@code
 * /api/documents/%u00e9} answered 500 with a stack trace, and bad escapes in the query string were
 * silently dropped.
 */
class PercentEscapeTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl");

    @Test
    void malformed_escapes_in_the_path_are_400_json() {
        for (String path : new String[] {
            "/api/documents/%u00e9",
            "/api/documents/%",
            "/api/documents/a%2",
            "/api/documents/%zz",
            "/api/documents/%C3",
            "/api/documents/%FF%FE",
            "/doc/%u00e9",
            "/%u00e9"
        }) {
            var r = api.rawGet(path);
            assertEquals(400, r.status(), path + ": " + r.body());
            assertTrue(r.isJson(), path + ": " + r.body());
        }
        // Jetty itself refuses a few (a lone %) with its own 400; ours names the problem.
        assertTrue(api.rawGet("/api/documents/%u00e9")
                .json()
                .get("error")
                .get("message")
                .asText()
                .contains("percent-escape"));
    }

    @Test
    void malformed_escapes_in_the_query_string_are_400_json_not_dropped() {
        for (String qs : new String[] {"q=riga%", "q=%u00e9", "q=riga&country=%zz", "q=%E9t%E9", "%=x", "q=a%2"}) {
            var r = api.rawGet("/api/search?" + qs);
            assertEquals(400, r.status(), qs + ": " + r.body());
            assertTrue(r.isJson(), qs);
        }
        assertEquals(400, api.rawGet("/api/suggest?q=lj%u").status());
    }

    @Test
    void well_formed_escapes_still_work() {
        assertEquals(200, api.get("/api/search?q=%C3%A9cole%20riga").status());
        assertEquals(200, api.get("/api/search?q=riga+latvia&country=Latvia").status());
        assertEquals(200, api.get("/api/documents/fx%2Driga").status());
        assertEquals(404, api.get("/api/documents/no%20such").status());
    }
}
