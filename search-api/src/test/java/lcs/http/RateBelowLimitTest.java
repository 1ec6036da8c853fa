package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client that stays below its rate is never limited, however long it goes on. */
class RateBelowLimitTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl")
            .configured(c -> c.withAnalytics(false, null, null, List.of(), 5, 3));

    @Test
    void four_a_second_against_five_never_gets_429() throws InterruptedException {
        // Four times the burst: without the refill the fourth request would already be refused.
        for (int i = 0; i < 12; i++) {
            assertEquals(200, api.get("/api/search?q=riga").status(), "request " + (i + 1));
            Thread.sleep(250);
        }
    }
}
