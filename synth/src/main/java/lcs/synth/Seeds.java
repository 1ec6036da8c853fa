package lcs.synth;

/** Derives independent random streams from the one user seed, so that output never depends on order. */
final class Seeds {
    /** Stream ids below zero are reserved for the shared tables; documents use their number. */
    static final long PLACES = -1;

    static final long QUERIES = -2;

    private Seeds() {}

    /**
     * A well-mixed seed for stream {@code stream} of user seed {@code seed} (SplitMix64 finaliser).
     * Seeding {@link java.util.SplittableRandom} with nearby raw values would give overlapping
     * sequences; mixing first makes each document's stream independent of its neighbours'.
     */
    static long of(long seed, long stream) {
        long z = seed ^ (stream * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
