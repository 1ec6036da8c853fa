package lcs.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Metrics#of} against hand-computed values (gain 2^grade − 1, discount log2(rank + 1)). */
class MetricsTest {
    private static final double EPS = 1e-9;

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void ndcg_of_a_hand_computed_example() {
        // Ranked a, b, c; judged b:3, c:1, d:2 (d not retrieved, a not judged).
        // DCG = 0/log2(2) + 7/log2(3) + 1/log2(4); ideal order 3, 2, 1: 7/1 + 3/log2(3) + 1/2.
        Metrics m = Metrics.of(List.of("a", "b", "c"), Map.of("b", 3, "c", 1, "d", 2));
        double dcg = 7 / log2(3) + 0.5;
        double idcg = 7 + 3 / log2(3) + 0.5;
        assertEquals(dcg / idcg, m.ndcg(), EPS);
        assertEquals(0.5234343216411389, m.ndcg(), 1e-12);
    }

    @Test
    void mrr_counts_the_first_document_graded_2_or_more() {
        Metrics m = Metrics.of(List.of("a", "c", "b"), Map.of("b", 3, "c", 1));
        assertEquals(1.0 / 3, m.mrr(), EPS);
        assertEquals(0, m.success1(), EPS);
        assertEquals(1, m.success3(), EPS);
    }

    @Test
    void when_every_grade_is_1_a_grade_1_document_counts_for_mrr() {
        Metrics m = Metrics.of(List.of("x", "y"), Map.of("y", 1));
        assertEquals(0.5, m.mrr(), EPS);
        assertEquals(1 / log2(3), m.ndcg(), EPS);
    }

    @Test
    void the_ideal_ranking_scores_1() {
        Metrics m = Metrics.of(List.of("b", "d", "c"), Map.of("b", 3, "c", 1, "d", 2));
        assertEquals(1, m.ndcg(), EPS);
        assertEquals(1, m.mrr(), EPS);
        assertEquals(1, m.success1(), EPS);
        assertFalse(m.zeroResults());
    }

    @Test
    void no_results_score_0_and_are_flagged() {
        Metrics m = Metrics.of(List.of(), Map.of("b", 3));
        assertEquals(0, m.ndcg(), EPS);
        assertEquals(0, m.mrr(), EPS);
        assertTrue(m.zeroResults());
    }

    @Test
    void only_the_first_ten_hits_count() {
        var ranking = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            ranking.add("n" + i);
        }
        ranking.add("answer");
        Metrics m = Metrics.of(ranking, Map.of("answer", 3));
        assertEquals(0, m.ndcg(), EPS);
        assertEquals(0, m.mrr(), EPS);
    }

    @Test
    void the_mean_averages_each_metric() {
        Metrics mean =
                Metrics.mean(List.of(Metrics.of(List.of("a"), Map.of("a", 3)), Metrics.of(List.of(), Map.of("a", 3))));
        assertEquals(0.5, mean.ndcg(), EPS);
        assertEquals(0.5, mean.mrr(), EPS);
        assertTrue(mean.zeroResults());
    }
}
