package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Without trusted proxies X-Forwarded-For is ignored: a client cannot escape its limit by inventing one. */
class ForwardedForUntrustedTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl")
            .configured(c -> c.withAnalytics(false, null, null, List.of(), 1, 5));

    @Test
    void a_spoofed_forwarded_for_does_not_give_a_fresh_bucket() {
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    200,
                    api.get("/api/search?q=riga", "X-Forwarded-For", "192.0.2." + i)
                            .status());
        }
        assertEquals(
                429,
                api.get("/api/search?q=riga", "X-Forwarded-For", "192.0.2.200").status());
    }
}
