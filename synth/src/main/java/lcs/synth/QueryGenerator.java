package lcs.synth;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a query mix that matches a synthetic corpus, as {@code query<TAB>filters} lines under a
 * {@code query\tfilters} header. Filters are URL-query style ({@code country=Latvia&year=2019}).
 * The mix: 1-3 words 70 %, quoted phrases 10 %, city or country names 15 %, empty queries with
 * filters 5 %; 30 % of all queries carry one or two facet filters. Not thread-safe.
 */
final class QueryGenerator {
    static final String HEADER = "query\tfilters";
    static final List<String> FILTER_KEYS = List.of("country", "year", "type", "language", "region");

    private static final Weighted KIND = new Weighted(70, 10, 15, 5);
    private static final int WORDS = 0;
    private static final int PHRASE = 1;
    private static final int NAME = 2;

    private static final double FILTERED_SHARE = 0.30;
    private static final double EMPTY_SHARE = 0.05;
    /** Filter share among non-empty queries, so that 30 % of all queries have filters. */
    private static final double FILTERED_NON_EMPTY = (FILTERED_SHARE - EMPTY_SHARE) / (1 - EMPTY_SHARE);

    private static final Weighted WORD_COUNT = new Weighted(45, 35, 20);
    private static final Weighted FILTER_KEY = new Weighted(30, 25, 20, 15, 10);

    private final Places places;
    private final SplittableRandom rng;

    QueryGenerator(long seed, Places places) {
        this.places = places;
        this.rng = new SplittableRandom(Seeds.of(seed, Seeds.QUERIES));
    }

    /** Writes the header and {@code count} queries. */
    void write(Writer out, int count) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (int i = 0; i < count; i++) {
            out.write(next());
            out.write('\n');
        }
    }

    /** The next {@code query<TAB>filters} line. */
    String next() {
        int kind = KIND.next(rng);
        String language = CorpusShape.LANGUAGES.get(CorpusShape.LANGUAGE_MIX.next(rng));
        var vocab = Vocabulary.of(language);
        String query;
        Places.City city = null;
        if (kind == WORDS) {
            query = words(vocab);
        } else if (kind == PHRASE) {
            query = '"' + String.join(vocab.spaced() ? " " : "", vocab.phrase(rng)) + '"';
        } else if (kind == NAME) {
            if (rng.nextDouble() < 0.6) {
                city = places.city(language, rng);
                query = asTyped(city.name());
            } else {
                query = asTyped(places.country(language, rng).name());
            }
        } else {
            query = "";
        }
        boolean filtered = query.isEmpty() || rng.nextDouble() < FILTERED_NON_EMPTY;
        String filters = filtered ? filters(1 + (rng.nextDouble() < 0.3 ? 1 : 0), language, city) : "";
        return query + '\t' + filters;
    }

    private String words(Vocabulary vocab) {
        int n = 1 + WORD_COUNT.next(rng);
        var words = new ArrayList<String>(n);
        while (words.size() < n) {
            String w = vocab.topicalWord(rng);
            if (!words.contains(w)) {
                words.add(w);
            }
        }
        String q = String.join(vocab.spaced() ? " " : "", words);
        // Most people type in lower case; a third keep the capitals (German nouns, first words).
        return rng.nextDouble() < 0.33 ? q : q.toLowerCase(Locale.ROOT);
    }

    /** A name as people type it: often in lower case, sometimes without its accents. */
    private String asTyped(String name) {
        String s = name;
        if (rng.nextDouble() < 0.2) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        return rng.nextDouble() < 0.4 ? s.toLowerCase(Locale.ROOT) : s;
    }

    private String filters(int count, String language, Places.City city) {
        var keys = new ArrayList<String>(count);
        while (keys.size() < count) {
            String k = FILTER_KEYS.get(FILTER_KEY.next(rng));
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        var sb = new StringBuilder();
        for (String k : keys) {
            String v = switch (k) {
                case "country" -> (city != null ? city.country() : places.country(language, rng)).name();
                case "year" -> Integer.toString(CorpusShape.year(CorpusShape.YEAR_MIX.next(rng)));
                case "type" -> CorpusShape.TYPES.get(CorpusShape.TYPE_MIX.next(rng));
                case "language" -> language;
                case "region" -> (city != null ? city.country() : places.country(language, rng)).region();
                default -> throw new IllegalStateException(k);
            };
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
