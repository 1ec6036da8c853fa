package lcs.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One language's words in Zipf rank order, its collocations, and how its text is punctuated.
 * Immutable and thread-safe.
 */
final class Vocabulary {
    /** Zipf's law for running text: the word of rank r is drawn with weight 1/r. */
    static final double TEXT_EXPONENT = 1.0;

    /** Function words hold the first ranks, then one rank in three, as in real running text. */
    private static final int LEADING_FUNCTION_WORDS = 10;

    /** Topical draws treat the first ranks alike, so they favour mid-frequency content words. */
    private static final int TOPICAL_FLAT_RANKS = 30;

    private static final Vocabulary[] ALL =
            CorpusShape.LANGUAGES.stream().map(Vocabulary::build).toArray(Vocabulary[]::new);

    private final String language;
    private final String[] words;
    private final String[][] phrases;
    private final Weighted text;
    private final Weighted topical;
    private final Weighted phrasePick;
    private final Set<String> functionWords;

    private Vocabulary(String language, String[] words, Set<String> functionWords, String[][] phrases) {
        this.language = language;
        this.words = words;
        this.functionWords = functionWords;
        this.phrases = phrases;
        this.text = Weighted.zipf(words.length, TEXT_EXPONENT);
        double[] w = new double[words.length];
        for (int r = 0; r < words.length; r++) {
            w[r] = functionWords.contains(words[r]) ? 0 : 1.0 / Math.max(r + 1, TOPICAL_FLAT_RANKS);
        }
        this.topical = new Weighted(w);
        this.phrasePick = Weighted.zipf(phrases.length, 0.8);
    }

    /** The vocabulary of one of {@link CorpusShape#LANGUAGES}. */
    static Vocabulary of(String language) {
        int i = CorpusShape.LANGUAGES.indexOf(language);
        if (i < 0) {
            throw new IllegalArgumentException("no vocabulary for language \"" + language + "\"");
        }
        return ALL[i];
    }

    String language() {
        return language;
    }

    int size() {
        return words.length;
    }

    /** The word of rank {@code r} (0-based, most frequent first). */
    String word(int r) {
        return words[r];
    }

    boolean isFunctionWord(String w) {
        return functionWords.contains(w);
    }

    /** A word as it occurs in running text (Zipf over all ranks). */
    String textWord(SplittableRandom rng) {
        return words[text.next(rng)];
    }

    /** A content word, skewed toward the middle ranks: what a document is about, or a query asks for. */
    String topicalWord(SplittableRandom rng) {
        return words[topical.next(rng)];
    }

    /** A collocation, as its words. */
    String[] phrase(SplittableRandom rng) {
        return phrases[phrasePick.next(rng)];
    }

    /** Chinese is written without spaces between words. */
    boolean spaced() {
        return !language.equals("zh");
    }

    String fullStop() {
        return language.equals("zh") ? "。" : ".";
    }

    String comma() {
        return switch (language) {
            case "zh" -> "，";
            case "ar" -> "،";
            default -> ",";
        };
    }

    /**
     * The thousands separator as the language writes it: 12,500 / 12.500 / 12 500 (a no-break
     * space, so the number stays one token).
     */
    char groupSeparator() {
        return switch (language) {
            case "de", "es", "pt" -> '.';
            case "fr" -> '\u202f';
            case "ru" -> '\u00a0';
            default -> ',';
        };
    }

    /** Appends {@code n} with the language's thousands separator. */
    void appendNumber(StringBuilder sb, long n) {
        String digits = Long.toString(n);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            sb.append(groupSeparator()).append(digits, i, i + 3);
        }
    }

    private static Vocabulary build(String language) {
        Words.Lists lists = Words.of(language);
        var function = new LinkedHashSet<>(split(lists.function()));
        var content = new LinkedHashSet<>(split(lists.content()));
        content.removeAll(function);
        var ranked = new ArrayList<String>(function.size() + content.size());
        var f = List.copyOf(function).iterator();
        var c = List.copyOf(content).iterator();
        while (f.hasNext() || c.hasNext()) {
            boolean takeFunction =
                    f.hasNext() && (ranked.size() < LEADING_FUNCTION_WORDS || ranked.size() % 3 == 0 || !c.hasNext());
            ranked.add(takeFunction ? f.next() : c.next());
        }
        String[][] phrases = lists.phrases()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+"))
                .toArray(String[][]::new);
        return new Vocabulary(language, ranked.toArray(String[]::new), new HashSet<>(function), phrases);
    }

    private static List<String> split(String block) {
        return Arrays.stream(block.strip().split("\\s+")).toList();
    }
}
