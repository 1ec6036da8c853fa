package lcs.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    private static final long[] ONE_TO_HUNDRED = LongStream.rangeClosed(1, 100).toArray();

    @Test
    void nearest_rank_percentiles_of_one_to_hundred_are_the_percent_itself() {
        assertEquals(50, Latencies.percentile(ONE_TO_HUNDRED, 50));
        assertEquals(95, Latencies.percentile(ONE_TO_HUNDRED, 95));
        assertEquals(99, Latencies.percentile(ONE_TO_HUNDRED, 99));
        assertEquals(100, Latencies.percentile(ONE_TO_HUNDRED, 100));
        assertEquals(1, Latencies.percentile(ONE_TO_HUNDRED, 0));
    }

    @Test
    void fractional_percentiles_do_not_round_up_a_rank_too_far() {
        long[] thousand = LongStream.rangeClosed(1, 1000).toArray();
        assertEquals(999, Latencies.percentile(thousand, 99.9));
        assertEquals(951, Latencies.percentile(thousand, 95.01));
    }

    @Test
    void a_single_sample_is_every_percentile_and_none_gives_zero() {
        assertEquals(7, Latencies.percentile(new long[] {7}, 1));
        assertEquals(7, Latencies.percentile(new long[] {7}, 99));
        assertEquals(0, Latencies.percentile(new long[0], 99));
    }

    @Test
    void percentile_outside_zero_to_hundred_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Latencies.percentile(ONE_TO_HUNDRED, 101));
    }

    @Test
    void merge_sorts_the_samples_of_every_client_and_grows_past_its_first_array() {
        var a = new Latencies();
        var b = new Latencies();
        for (long i = 10_000; i > 0; i--) {
            (i % 2 == 0 ? a : b).add(i);
        }
        long[] merged = Latencies.merge(List.of(a, b));
        assertArrayEquals(LongStream.rangeClosed(1, 10_000).toArray(), merged);
    }
}
