package lcs.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import lcs.query.SearchRequest;
import lcs.search.Hit;
import lcs.search.Searcher;

/** Runs judged queries through a {@link Searcher} and aggregates metrics per category. */
public final class Evaluation {

    /** One query's ranking and metrics. */
    public record Row(Judgments.Judged judged, List<String> ranking, Metrics metrics) {}

    /** All rows, with means per category and overall. */
    public record Report(
            List<Row> rows, Map<String, Metrics> byCategory, Metrics overall, Map<String, Long> zeroByCategory) {}

    private Evaluation() {}

    public static Report run(Searcher searcher, Judgments judgments) {
        var rows = new ArrayList<Row>();
        for (var j : judgments.queries()) {
            var params = new HashMap<String, List<String>>(j.filters());
            params.put("q", List.of(j.query()));
            params.put("size", List.of("10"));
            List<String> ranking;
            try {
                ranking = searcher.search(SearchRequest.from(params)).hits().stream()
                        .map(Hit::id)
                        .toList();
            } catch (RuntimeException e) {
                ranking = List.of(); // a failed request scores 0
            }
            rows.add(new Row(j, ranking, Metrics.of(ranking, j.grades())));
        }
        var grouped = new TreeMap<String, List<Metrics>>();
        var zero = new TreeMap<String, Long>();
        for (Row r : rows) {
            grouped.computeIfAbsent(r.judged().category(), k -> new ArrayList<>())
                    .add(r.metrics());
            zero.merge(r.judged().category(), r.metrics().zeroResults() ? 1L : 0L, Long::sum);
        }
        var byCategory = new LinkedHashMap<String, Metrics>();
        grouped.forEach((k, v) -> byCategory.put(k, Metrics.mean(v)));
        return new Report(
                rows, byCategory, Metrics.mean(rows.stream().map(Row::metrics).toList()), zero);
    }

    public static void print(Report report, PrintWriter out, boolean verbose) {
        if (verbose) {
            for (Row r : report.rows()) {
                out.printf(
                        Locale.ROOT,
                        "%.3f  %-14s %-40s %s%n",
                        r.metrics().ndcg(),
                        r.judged().category(),
                        clip(r.judged().query()
                                + (r.judged().filters().isEmpty()
                                        ? ""
                                        : " " + r.judged().filters())),
                        r.ranking().subList(0, Math.min(3, r.ranking().size())));
            }
            out.println();
        }
        out.printf(
                Locale.ROOT,
                "%-16s %5s %7s %7s %7s %7s %5s%n",
                "category",
                "n",
                "nDCG@10",
                "MRR@10",
                "S@1",
                "S@3",
                "zero");
        report.byCategory()
                .forEach((cat, m) -> line(
                        out,
                        cat,
                        report.rows().stream()
                                .filter(r -> r.judged().category().equals(cat))
                                .count(),
                        m,
                        report.zeroByCategory().get(cat)));
        line(
                out,
                "overall",
                report.rows().size(),
                report.overall(),
                report.zeroByCategory().values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
    }

    private static void line(PrintWriter out, String name, long n, Metrics m, long zero) {
        out.printf(
                Locale.ROOT,
                "%-16s %5d %7.3f %7.3f %7.3f %7.3f %5d%n",
                name,
                n,
                m.ndcg(),
                m.mrr(),
                m.success1(),
                m.success3(),
                zero);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
