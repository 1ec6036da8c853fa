package lcs.synth;

import java.util.List;

/**
 * The field distributions that documents and queries share: document types, languages and years.
 * Index {@code i} of each list goes with index {@code i} of its mix.
 */
final class CorpusShape {
    static final List<String> TYPES = List.of("profile", "news", "story", "press-release", "publication", "event");
    static final Weighted TYPE_MIX = new Weighted(25, 35, 15, 10, 10, 5);

    /** English first; the rest are the seven other languages a learning-city corpus is written in. */
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "pt", "ru", "ar", "zh");

    static final Weighted LANGUAGE_MIX = new Weighted(80, 4, 4, 3, 2.5, 2, 2, 2.5);

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2026;
    /** The network grows: each year brings about a tenth more documents than the one before. */
    static final Weighted YEAR_MIX = yearMix();

    private CorpusShape() {}

    static int year(int index) {
        return FIRST_YEAR + index;
    }

    private static Weighted yearMix() {
        double[] w = new double[LAST_YEAR - FIRST_YEAR + 1];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.pow(1.1, i);
        }
        return new Weighted(w);
    }
}
