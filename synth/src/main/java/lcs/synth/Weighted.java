package lcs.synth;

import java.util.SplittableRandom;

/** Draws indexes {@code 0..n-1} with fixed relative weights. Immutable and thread-safe. */
final class Weighted {
    private final double[] cumulative;

    Weighted(double... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no weights");
        }
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Rank {@code r} (0-based) gets weight {@code 1 / (r + 1)^exponent}. */
    static Weighted zipf(int n, double exponent) {
        double[] w = new double[n];
        for (int r = 0; r < n; r++) {
            w[r] = 1.0 / Math.pow(r + 1, exponent);
        }
        return new Weighted(w);
    }

    int size() {
        return cumulative.length;
    }

    /** The probability of index {@code i}. */
    double share(int i) {
        return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }

    int next(SplittableRandom rng) {
        // The first index whose cumulative share exceeds u, so zero-weight indexes are never drawn.
        double u = rng.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
