package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lcs.config.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Without a configured admin token the admin routes do not exist; with one, wrong tokens are limited. */
class AdminWithoutTokenTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl")
            .configured(c -> c.withAnalytics(true, null, null, List.of(), 0, 40));

    @RegisterExtension
    static final TestService guarded = TestService.serving("profiles-6.jsonl")
            .configured(c -> c.withAnalytics(true, null, new Secret("the-right-admin-token"), List.of(), 0, 40));

    @Test
    void admin_routes_are_404_without_a_configured_token() {
        assertEquals(404, api.get("/admin").status());
        assertEquals(
                404,
                api.get("/api/admin/analytics", "Authorization", "Bearer anything-at-all-here")
                        .status());
        assertEquals(200, api.get("/api/search?q=riga").status());
    }

    @Test
    void wrong_tokens_are_limited_and_then_even_the_right_one_waits() {
        int unauthorized = 0;
        int limited = 0;
        for (int i = 0; i < 12; i++) {
            int status = guarded.get("/api/admin/analytics", "Authorization", "Bearer wrong-" + i)
                    .status();
            if (status == 401) {
                unauthorized++;
            } else if (status == 429) {
                limited++;
            }
        }
        assertEquals(10, unauthorized);
        assertEquals(2, limited);
        // The right token still gets in: only failures are limited.
        assertEquals(
                200,
                guarded.get("/api/admin/analytics", "Authorization", "Bearer the-right-admin-token")
                        .status());
    }
}
