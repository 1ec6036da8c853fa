package lcs.index;

import java.util.List;
import java.util.Map;
import lcs.corpus.Problem;

/** The outcome of a successful build: counts, skipped records, time and size. */
public record BuildReport(
        Manifest manifest,
        Map<String, Long> byType,
        Map<String, Long> byLanguage,
        List<Problem> skipped,
        long skippedCount,
        long millis,
        long indexBytes) {

    public BuildReport {
        byType = Map.copyOf(byType);
        byLanguage = Map.copyOf(byLanguage);
        skipped = List.copyOf(skipped);
    }
}
