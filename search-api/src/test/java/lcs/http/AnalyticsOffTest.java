package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.util.List;
import lcs.config.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code --analytics off} turns everything off: no queryId, no events route, no admin, no store. */
class AnalyticsOffTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl")
            .configured(c -> c.withAnalytics(false, null, new Secret("an-admin-token-long-enough"), List.of(), 0, 40));

    @Test
    void search_answers_carry_no_query_id_and_stay_publicly_cacheable() {
        var r = api.get("/api/search?q=riga");
        assertFalse(r.json().has("queryId"));
        assertEquals("public, max-age=60", r.header("Cache-Control"));
    }

    @Test
    void the_analytics_routes_do_not_exist() {
        assertEquals(404, api.post("/api/events", "{}").status());
        assertEquals(404, api.get("/api/popular").status());
        assertEquals(
                404,
                api.get("/admin", "Authorization", "Bearer an-admin-token-long-enough")
                        .status());
        assertEquals(
                404,
                api.get("/api/admin/analytics", "Authorization", "Bearer an-admin-token-long-enough")
                        .status());
    }

    @Test
    void no_store_and_no_key_are_created() {
        assertFalse(Files.exists(api.index().getParent().resolve("analytics.db")));
        assertFalse(Files.exists(api.index().getParent().resolve("analytics.key")));
    }
}
