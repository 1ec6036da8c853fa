package lcs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClosedLoopTest {
    @Test
    void clients_draw_the_whole_mix_in_their_own_repeatable_order() {
        var drawn = new HashSet<Integer>();
        for (long seq = 0; seq < 2000; seq++) {
            int i = ClosedLoop.queryIndex(3, seq, 60);
            assertTrue(i >= 0 && i < 60);
            drawn.add(i);
        }
        assertEquals(60, drawn.size());
        assertEquals(ClosedLoop.queryIndex(3, 17, 60), ClosedLoop.queryIndex(3, 17, 60));
        var first = IntStream.range(0, 20)
                .map(s -> ClosedLoop.queryIndex(0, s, 2000))
                .boxed()
                .toList();
        var second = IntStream.range(0, 20)
                .map(s -> ClosedLoop.queryIndex(1, s, 2000))
                .boxed()
                .toList();
        assertNotEquals(first, second);
    }

    @Test
    void a_request_budget_stops_the_run_and_failures_are_counted_not_thrown() throws Exception {
        var outcome = ClosedLoop.run(
                2,
                Duration.ZERO,
                Duration.ofMinutes(1),
                50,
                (client, seq) -> {
                    if (seq % 5 == 0) {
                        throw new IllegalStateException("HTTP 503");
                    }
                },
                null);
        assertEquals(50, outcome.requests());
        assertTrue(outcome.errors() >= 10, "every fifth request of each client failed: " + outcome.errors());
        assertEquals("java.lang.IllegalStateException: HTTP 503", outcome.firstError());
        assertTrue(Double.isNaN(outcome.cpuMillisPerRequest()));
    }
}
