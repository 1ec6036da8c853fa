package lcs.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lcs.corpus.CorpusRecord;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.util.BytesRef;

/**
 * The words whose adjacent pairs a body's pair field holds ({@link Schema#pairs}): those in at
 * least {@link #MIN_SHARE} of a sample of the documents, stop words excepted. A phrase is slow to
 * check only when every word of it is in most documents, and pairs of such words are few distinct
 * terms, cheap to index; pairing every word would index millions of distinct rare pairs (twice the
 * indexing time, measured in docs/performance.md) for phrases that are fast already. A stop word
 * ("the", "of", "de") stands next to nearly every word, so its pairs were three quarters of the
 * neutral body's pair postings at 1M documents, for the few phrases that hold one. The stemmed
 * fields drop their own language's stop words; in them the rule leaves out only a word that is
 * another language's stop word (English "also", a German one).
 *
 * <p>An index's words are chosen from its first documents when it is built and kept in its commit,
 * so a search knows exactly which pairs the index it reads holds.
 */
public final class PairWords {
    /** How many of the first documents choose the words. */
    public static final int SAMPLE = 1000;
    /** The share of the sampled documents (with the field) a word must be in. */
    static final double MIN_SHARE = 0.3;
    /** At most this many words per field, the most frequent: a word's number fits a byte. */
    static final int MAX_WORDS = 256;

    public static final PairWords NONE = new PairWords(Map.of());

    /** The stop words of the stemmed languages, as the neutral fields index them (folded). */
    private static final CharArraySet STOPWORDS = foldedStopwords();

    private static final String KEY_PREFIX = "pairWords.";
    /** Between the words in a commit: no tokenizer of the schema leaves a control character in a token. */
    private static final String SEPARATOR = "\u001f";

    /** Per field, its words in order: a word's number is its place. */
    private final Map<String, List<String>> byField;

    private final Map<String, CharArrayMap<Integer>> numbers;

    private PairWords(Map<String, ? extends Collection<String>> words) {
        var sorted = new TreeMap<String, List<String>>();
        var numbered = new HashMap<String, CharArrayMap<Integer>>();
        words.forEach((field, set) -> {
            List<String> list =
                    set.stream().sorted().distinct().limit(MAX_WORDS).toList();
            var map = new CharArrayMap<Integer>(list.size(), false);
            for (int i = 0; i < list.size(); i++) {
                map.put(list.get(i), i);
            }
            sorted.put(field, list);
            numbered.put(field, CharArrayMap.unmodifiableMap(map));
        });
        this.byField = Collections.unmodifiableMap(sorted);
        this.numbers = Map.copyOf(numbered);
    }

    /** The words of each body field that the sample's documents use most, as indexed. */
    public static PairWords sample(List<CorpusRecord> records) {
        var docFreqs = new HashMap<String, Map<String, Integer>>();
        var docs = new HashMap<String, Integer>();
        for (CorpusRecord r : records) {
            count(Schema.BODY, r.body(), docFreqs, docs);
            if (Schema.STEMMED_LANGUAGES.contains(r.language())) {
                count(Schema.body(r.language()), r.body(), docFreqs, docs);
            }
        }
        var words = new LinkedHashMap<String, Set<String>>();
        docFreqs.forEach((field, freqs) -> {
            long min = Math.max(2, (long) Math.ceil(MIN_SHARE * docs.get(field)));
            var chosen = new HashSet<String>();
            freqs.entrySet().stream()
                    .filter(e -> e.getValue() >= min && !STOPWORDS.contains(e.getKey()))
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_WORDS)
                    .forEach(e -> chosen.add(e.getKey()));
            if (!chosen.isEmpty()) {
                words.put(field, chosen);
            }
        });
        return new PairWords(words);
    }

    private static CharArraySet foldedStopwords() {
        var folded = new CharArraySet(1024, false);
        for (CharArraySet set : Schema.stopwords().values()) {
            for (Object word : set) {
                folded.addAll(Tokens.of(Schema.neutralAnalyzer(), Schema.BODY, new String((char[]) word)));
            }
        }
        return folded;
    }

    private static void count(
            String field, String text, Map<String, Map<String, Integer>> docFreqs, Map<String, Integer> docs) {
        Map<String, Integer> freqs = docFreqs.computeIfAbsent(field, f -> new HashMap<>());
        for (String token : new HashSet<>(Tokens.of(Schema.analyzer(), field, text))) {
            freqs.merge(token, 1, Integer::sum);
        }
        docs.merge(field, 1, Integer::sum);
    }

    /** The words of {@code field} (empty: no pairs), as its analyzer indexes them, and their numbers. */
    CharArrayMap<Integer> of(String field) {
        return numbers.getOrDefault(field, CharArrayMap.emptyMap());
    }

    /**
     * The term of {@code first} followed by {@code second} in the pair field of {@code field}, or
     * null if it holds no such pair: where there is one, a document has it exactly when a phrase
     * query for the two terms on {@code field} matches it.
     */
    public BytesRef term(String field, String first, String second) {
        CharArrayMap<Integer> words = of(field);
        Integer a = words.get(first);
        Integer b = words.get(second);
        return a == null || b == null ? null : new BytesRef(new byte[] {(byte) a.intValue(), (byte) b.intValue()});
    }

    /** As kept in a commit's user data. */
    public Map<String, String> toUserData() {
        var data = new TreeMap<String, String>();
        byField.forEach((field, words) -> data.put(KEY_PREFIX + field, String.join(SEPARATOR, words)));
        return data;
    }

    /** The words kept in a commit's user data ({@link #NONE} if it has none). */
    public static PairWords fromUserData(Map<String, String> data) {
        var words = new HashMap<String, List<String>>();
        data.forEach((key, value) -> {
            if (key.startsWith(KEY_PREFIX) && !value.isEmpty()) {
                words.put(key.substring(KEY_PREFIX.length()), List.of(value.split(SEPARATOR)));
            }
        });
        return words.isEmpty() ? NONE : new PairWords(words);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PairWords p && byField.equals(p.byField);
    }

    @Override
    public int hashCode() {
        return byField.hashCode();
    }

    @Override
    public String toString() {
        var sizes = new TreeMap<String, Integer>();
        byField.forEach((field, words) -> sizes.put(field, words.size()));
        return "PairWords" + sizes;
    }
}
