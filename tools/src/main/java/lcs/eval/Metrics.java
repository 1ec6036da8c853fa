package lcs.eval;

import java.util.List;
import java.util.Map;

/** Ranking metrics over the first ten hits of one query. */
public record Metrics(double ndcg, double mrr, double success1, double success3, boolean zeroResults) {
    static final int K = 10;

    /** Scores a ranking (ids, best first) against graded judgments. */
    public static Metrics of(List<String> ranking, Map<String, Integer> grades) {
        double dcg = 0;
        int threshold = Math.min(
                2, grades.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int firstRelevant = 0;
        for (int i = 0; i < Math.min(K, ranking.size()); i++) {
            int g = grades.getOrDefault(ranking.get(i), 0);
            dcg += gain(g) / log2(i + 2);
            if (firstRelevant == 0 && g >= threshold && g > 0) {
                firstRelevant = i + 1;
            }
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return new Metrics(
                idcg == 0 ? 0 : dcg / idcg,
                firstRelevant == 0 ? 0 : 1.0 / firstRelevant,
                firstRelevant == 1 ? 1 : 0,
                firstRelevant >= 1 && firstRelevant <= 3 ? 1 : 0,
                ranking.isEmpty());
    }

    /** The mean of several queries' metrics; {@code zeroResults} true if any had none. */
    static Metrics mean(List<Metrics> all) {
        int n = Math.max(1, all.size());
        return new Metrics(
                all.stream().mapToDouble(Metrics::ndcg).sum() / n,
                all.stream().mapToDouble(Metrics::mrr).sum() / n,
                all.stream().mapToDouble(Metrics::success1).sum() / n,
                all.stream().mapToDouble(Metrics::success3).sum() / n,
                all.stream().anyMatch(Metrics::zeroResults));
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
