package lcs.query;

import static java.util.Comparator.comparing;
import static java.util.Comparator.reverseOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The words of the index within a few edits of a typed word, in several fields, found with one
 * Levenshtein automaton.
 *
 * <p>A {@code FuzzyQuery} per field builds its own automata (one per edit distance up to the
 * maximum) when rewritten, and Lucene's spell checker builds them again per field: on a small
 * index that is most of the cost of a query with a typo. Here the automaton for the maximum
 * distance is built once and intersected with each field's terms, and each word found is ranked by
 * its exact distance, computed directly. The query for a field is the one {@code FuzzyQuery}'s
 * default rewrite would produce: same terms, boosts and statistics.
 */
public final class FuzzyExpansion {
    /**
     * The first letter is taken as typed, as {@code FuzzyQuery} with prefix length 1 did: typos
     * rarely hit it, and it keeps the automaton's intersection with the terms small.
     */
    private static final int PREFIX = 1;

    /**
     * A word of the index near the typed one, in one field.
     *
     * @param edits edit distance to the typed word, a transposition counting as one edit
     * @param similarity 1 for the typed word itself, else 1 − edits / the shorter word's length (in
     *     code points): the boost {@code FuzzyQuery} gives the word
     * @param docFreq documents with the word in the field
     */
    public record Candidate(String word, int edits, float similarity, int docFreq) {}

    private record Found(Term term, Candidate candidate, TermStates states) {}

    /** The order in which {@code FuzzyQuery} keeps its top terms: most similar, then term order. */
    private static final Comparator<Found> FUZZY_QUERY_ORDER =
            comparing((Found f) -> f.candidate().similarity(), reverseOrder()).thenComparing(Found::term);

    /** A correction is the most similar word, then the most frequent (in one field). */
    private static final Comparator<Candidate> CORRECTION_ORDER =
            comparing(Candidate::similarity, reverseOrder()).thenComparing(Candidate::docFreq, reverseOrder());

    private final int maxEdits;
    /** In the order the fields were given. */
    private final Map<String, List<Found>> byField;

    private FuzzyExpansion(int maxEdits, Map<String, List<Found>> byField) {
        this.maxEdits = maxEdits;
        this.byField = byField;
    }

    /**
     * The words within {@code maxEdits} (1 or 2) of {@code word} that share its first letter, in each
     * of the fields.
     *
     * @param word an analyzed token, as indexed
     * @param fields where to look, in order of preference for {@link #best()}
     */
    public static FuzzyExpansion of(IndexReader reader, String word, int maxEdits, List<String> fields) {
        if (maxEdits < 1 || maxEdits > LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE) {
            throw new IllegalArgumentException("maxEdits must be 1 or 2: " + maxEdits);
        }
        int[] typed = word.codePoints().toArray();
        int prefix = Math.min(PREFIX, typed.length);
        int[] typedRest = Arrays.copyOfRange(typed, prefix, typed.length);
        var automaton = new CompiledAutomaton(
                new LevenshteinAutomata(typedRest, Character.MAX_CODE_POINT, true)
                        .toAutomaton(maxEdits, new String(typed, 0, prefix)),
                true,
                false);
        var distances = new HashMap<BytesRef, Integer>(); // a word found in several fields is measured once
        var byField = new LinkedHashMap<String, List<Found>>();
        try {
            for (String field : fields) {
                var found = new ArrayList<Found>();
                collect(reader, field, automaton).forEach((bytes, states) -> {
                    String text = bytes.utf8ToString();
                    int[] cps = text.codePoints().toArray();
                    int edits = distances.computeIfAbsent(
                            bytes, b -> distance(typedRest, Arrays.copyOfRange(cps, prefix, cps.length)));
                    float similarity = edits == 0 ? 1f : 1f - (float) edits / Math.min(typed.length, cps.length);
                    found.add(new Found(
                            new Term(field, bytes), new Candidate(text, edits, similarity, states.docFreq()), states));
                });
                found.sort(FUZZY_QUERY_ORDER);
                byField.put(field, List.copyOf(found));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FuzzyExpansion(maxEdits, byField);
    }

    /**
     * Each term of the field the automaton accepts, with its statistics over all segments, kept as a
     * rewrite would so that scoring does not look the terms up again.
     */
    private static Map<BytesRef, TermStates> collect(IndexReader reader, String field, CompiledAutomaton automaton)
            throws IOException {
        var states = new HashMap<BytesRef, TermStates>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.intersect(automaton, null);
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                TermStates s = states.get(t);
                if (s == null) {
                    s = new TermStates(reader.getContext());
                    states.put(BytesRef.deepCopyOf(t), s);
                }
                s.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
            }
        }
        return states;
    }

    /**
     * Optimal string alignment distance (Levenshtein plus transposition of adjacent letters), the
     * measure of Lucene's Levenshtein automata with transpositions.
     */
    static int distance(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int substitution = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                d[i][j] = Math.min(substitution, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length][b.length];
    }

    /** The edit distance the words were looked for within. */
    public int maxEdits() {
        return maxEdits;
    }

    /** The words found in a field, in the order {@code FuzzyQuery} ranks them. */
    List<Candidate> candidates(String field) {
        return byField.getOrDefault(field, List.of()).stream()
                .map(Found::candidate)
                .toList();
    }

    /**
     * The field's query for the typed word: its {@code max} most similar words, each boosted by its
     * similarity, with document frequencies blended to that of the most common one, so that a rare
     * neighbour does not outscore the word meant (as {@code FuzzyQuery}'s default rewrite does);
     * null when the field has none.
     */
    public Query query(String field, int max) {
        List<Found> found = byField.getOrDefault(field, List.of());
        if (found.isEmpty()) {
            return null;
        }
        var blended = new BlendedTermQuery.Builder().setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
        for (Found f : found.subList(0, Math.min(max, found.size()))) {
            // A word shorter than its edits has a negative similarity; FuzzyQuery weighs it 0.
            blended.add(f.term(), Math.max(0f, f.candidate().similarity()), f.states());
        }
        return blended.build();
    }

    /**
     * Up to {@code max} corrections, other than the typed word and each word once, likeliest first
     * (in the order of {@link #best()}).
     */
    public List<Candidate> corrections(int max) {
        var all = new ArrayList<Candidate>();
        byField.values()
                .forEach(field -> field.forEach(f -> {
                    if (f.candidate().edits() > 0) {
                        all.add(f.candidate());
                    }
                }));
        all.sort(CORRECTION_ORDER); // stable: between equals, the earlier field, then term order
        var seen = new java.util.HashSet<String>();
        var out = new ArrayList<Candidate>();
        for (Candidate c : all) {
            if (out.size() < max && seen.add(c.word())) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The likeliest correction, other than the typed word: the most similar word in any field, then
     * the most frequent in one field; between equals, the one of the earlier field, then the earlier
     * in term order (as Lucene's spell checker, asked field by field, chose). Null when none.
     */
    public Candidate best() {
        Candidate best = null;
        for (List<Found> field : byField.values()) {
            for (Found f : field) {
                Candidate c = f.candidate();
                if (c.edits() > 0 && (best == null || CORRECTION_ORDER.compare(c, best) < 0)) {
                    best = c;
                }
            }
        }
        return best;
    }
}
