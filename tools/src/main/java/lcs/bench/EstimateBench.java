package lcs.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lcs.query.Aliases;
import lcs.query.RankingSwitches;
import lcs.query.SearchRequest;
import lcs.search.FacetCount;
import lcs.search.SearchResult;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lcs bench estimates}: how far the estimated counts of large result sets are from the truth.
 * Every request of the mix is answered as served (exact up to {@code --exact-counts} matches, a
 * sample beyond); each answer with an estimate is answered again counting every match, and each
 * facet value holding at least {@code --share} of the matches is compared. The claim checked is the
 * one docs/api.md makes: such values are within ±5 %.
 */
@Command(
        name = "estimates",
        description = "Estimated totals and facet counts against exhaustive counts, over a query mix.")
final class EstimateBench implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "index to search")
    Path indexOption;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "query<TAB>filters file")
    Path queriesOption;

    @Option(
            names = "--exact-counts",
            paramLabel = "N",
            defaultValue = "" + Searcher.DEFAULT_EXACT_COUNTS,
            description = "exact up to this many matches, as the server (default ${DEFAULT-VALUE})")
    int exactCounts;

    @Option(
            names = "--max-queries",
            paramLabel = "N",
            defaultValue = "400",
            description = "requests of the mix to try (default ${DEFAULT-VALUE})")
    int maxQueries;

    @Option(
            names = "--share",
            paramLabel = "FRACTION",
            defaultValue = "0.01",
            description = "compare values holding at least this share of the matches (default ${DEFAULT-VALUE})")
    double share;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var mix = QueryMix.read(queriesOption);
        out.println(Machine.describe());
        var errors = new ArrayList<Double>();
        var totalErrors = new ArrayList<Double>();
        int tried = 0;
        int estimated = 0;
        int missing = 0;
        try (var snapshots = SnapshotManager.open(indexOption)) {
            var served = new Searcher(snapshots, Aliases.bundled(), RankingSwitches.ALL, exactCounts);
            var exhaustive = new Searcher(snapshots, Aliases.bundled(), RankingSwitches.ALL, Integer.MAX_VALUE);
            for (var entry : mix.entries().subList(0, Math.min(maxQueries, mix.size()))) {
                tried++;
                var request = SearchRequest.from(entry.params(10));
                SearchResult estimate = served.search(request);
                if (estimate.totalExact() && estimate.facetsExact()) {
                    continue;
                }
                estimated++;
                SearchResult truth = exhaustive.search(request);
                totalErrors.add(relativeError(estimate.total(), truth.total()));
                for (var facet : truth.facets().entrySet()) {
                    var shown = new HashMap<String, Long>();
                    estimate.facets()
                            .getOrDefault(facet.getKey(), List.of())
                            .forEach(c -> shown.put(c.value(), c.count()));
                    for (FacetCount c : facet.getValue()) {
                        Long guess = shown.get(c.value());
                        if (guess == null) {
                            missing++;
                        } else if (c.count() >= share * truth.total()) {
                            errors.add(relativeError(guess, c.count()));
                        }
                    }
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "requests: %d tried, %d with estimated counts (exact up to %,d matches)%n",
                tried,
                estimated,
                exactCounts);
        report(out, "totals", totalErrors);
        report(out, String.format(Locale.ROOT, "facet values with >= %.1f %% of the matches", share * 100), errors);
        out.printf(Locale.ROOT, "values with a match missing from the estimated listing: %d%n", missing);
        return 0;
    }

    private static double relativeError(long estimate, long truth) {
        return truth == 0 ? (estimate == 0 ? 0 : 1) : Math.abs(estimate - truth) / (double) truth;
    }

    private static void report(PrintWriter out, String what, List<Double> errors) {
        if (errors.isEmpty()) {
            out.println(what + ": none compared");
            return;
        }
        var sorted = errors.stream().sorted().toList();
        long within = sorted.stream().filter(e -> e <= 0.05).count();
        out.printf(
                Locale.ROOT,
                "%s: %d compared, %.2f %% within ±5 %%; relative error median %.2f %%, p95 %.2f %%, max %.2f %%%n",
                what,
                sorted.size(),
                100.0 * within / sorted.size(),
                100 * sorted.get(sorted.size() / 2),
                100 * sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1)),
                100 * sorted.getLast());
    }
}
