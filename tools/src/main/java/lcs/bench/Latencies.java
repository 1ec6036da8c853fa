package lcs.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Latency samples in nanoseconds. Each client thread records into its own instance (not
 * thread-safe); {@link #merge} sorts them all once for nearest-rank percentiles. Every sample is
 * kept, so percentiles are exact rather than bucketed.
 */
final class Latencies {
    private long[] samples = new long[4096];
    private int count;

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = nanos;
    }

    int count() {
        return count;
    }

    /** All samples of {@code parts}, sorted ascending. */
    static long[] merge(List<Latencies> parts) {
        int total = 0;
        for (Latencies l : parts) {
            total += l.count;
        }
        long[] all = new long[total];
        int at = 0;
        for (Latencies l : parts) {
            System.arraycopy(l.samples, 0, all, at, l.count);
            at += l.count;
        }
        Arrays.sort(all);
        return all;
    }

    /**
     * The nearest-rank percentile of ascending {@code sorted}: the smallest sample such that at least
     * {@code p} percent of the samples are at or below it. {@code p = 0} gives the minimum,
     * {@code 100} the maximum; no samples give 0.
     */
    static long percentile(long[] sorted, double p) {
        if (p < 0 || p > 100 || Double.isNaN(p)) {
            throw new IllegalArgumentException("percentile must be between 0 and 100 (got " + p + ")");
        }
        if (sorted.length == 0) {
            return 0;
        }
        // The small slack keeps 99.9 % of 1000 at rank 999 despite 99.9 having no exact binary form.
        int rank = (int) Math.ceil(p * sorted.length / 100.0 - 1e-9);
        return sorted[Math.max(rank, 1) - 1];
    }
}
