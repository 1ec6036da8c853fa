package lcs.query;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lcs.schema.Schema;
import org.apache.lucene.analysis.CharArraySet;

/**
 * What a query's words say about its language, without a language detector (a query is too short
 * for n-grams): its script, when only one language family writes in it, and which language's
 * stopwords ("in", "de", "и", "في") its common words are.
 */
public final class QueryLanguages {
    private QueryLanguages() {}

    /** The stopword lists of the stemmed languages, as their analyzers use them. */
    private static final Map<String, CharArraySet> STOPWORDS = Schema.stopwords();

    private static final Map<String, UnicodeScript> SCRIPT_OF_STOPWORDS = Map.of(
            "en",
            UnicodeScript.LATIN,
            "fr",
            UnicodeScript.LATIN,
            "es",
            UnicodeScript.LATIN,
            "de",
            UnicodeScript.LATIN,
            "pt",
            UnicodeScript.LATIN,
            "ru",
            UnicodeScript.CYRILLIC,
            "ar",
            UnicodeScript.ARABIC);

    /**
     * Scripts that say which language (or small family) a text is in, with its languages, likeliest
     * first. Latin is missing on purpose: it is shared by too many languages to tell from a few words.
     */
    private static final Map<UnicodeScript, List<String>> LANGUAGES_OF_SCRIPT = Map.ofEntries(
            Map.entry(UnicodeScript.HAN, List.of("zh", "ja")),
            Map.entry(UnicodeScript.HIRAGANA, List.of("ja")),
            Map.entry(UnicodeScript.KATAKANA, List.of("ja")),
            Map.entry(UnicodeScript.HANGUL, List.of("ko")),
            Map.entry(UnicodeScript.CYRILLIC, List.of("ru", "uk", "be", "bg", "sr", "mk", "kk")),
            Map.entry(UnicodeScript.ARABIC, List.of("ar", "fa", "ur")),
            Map.entry(UnicodeScript.GREEK, List.of("el")),
            Map.entry(UnicodeScript.HEBREW, List.of("he")),
            Map.entry(UnicodeScript.DEVANAGARI, List.of("hi", "mr", "ne")),
            Map.entry(UnicodeScript.THAI, List.of("th")),
            Map.entry(UnicodeScript.GEORGIAN, List.of("ka")),
            Map.entry(UnicodeScript.ARMENIAN, List.of("hy")));

    /**
     * The languages the letters of a text are written for, likeliest first: empty when it has Latin
     * letters, letters of several such scripts, or none. Kana anywhere makes Han text Japanese.
     */
    public static List<String> byScript(String text) {
        UnicodeScript found = null;
        boolean kana = false;
        for (int cp : text.codePoints().toArray()) {
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
                kana = true;
                script = UnicodeScript.HAN; // Japanese mixes kana and kanji
            }
            if (!LANGUAGES_OF_SCRIPT.containsKey(script) || found != null && found != script) {
                return List.of();
            }
            found = script;
        }
        if (found == null) {
            return List.of();
        }
        return kana ? List.of("ja") : LANGUAGES_OF_SCRIPT.get(found);
    }

    /**
     * The language whose stopwords the query's words are: the one whose list holds most of them;
     * between equals, the one with most documents in the collection. Null when none is a stopword.
     *
     * @param words the words typed, one per plain-word clause
     * @param documentsByLanguage documents per language in the collection (for ties)
     */
    public static String ofStopwords(Collection<String> words, Map<String, Long> documentsByLanguage) {
        String best = null;
        int bestCount = 0;
        for (String lang : STOPWORDS.keySet()) {
            int count = (int) words.stream().filter(w -> isStopword(lang, w)).count();
            if (count > bestCount
                    || count == bestCount
                            && count > 0
                            && documentsByLanguage.getOrDefault(lang, 0L)
                                    > documentsByLanguage.getOrDefault(best, 0L)) {
                best = lang;
                bestCount = count;
            }
        }
        return best;
    }

    /** True if the word carries no meaning of its own in the language ("in" in English). */
    public static boolean isStopword(String language, String word) {
        CharArraySet set = STOPWORDS.get(language);
        if (set == null
                || word.isEmpty()
                || UnicodeScript.of(word.codePointAt(0)) != SCRIPT_OF_STOPWORDS.get(language)) {
            return false;
        }
        return set.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Languages by number of documents, most first, then by code. */
    public static List<String> byDocuments(Map<String, Long> documentsByLanguage) {
        var langs = new ArrayList<>(documentsByLanguage.keySet());
        langs.sort(Comparator.comparing((String l) -> documentsByLanguage.get(l))
                .reversed()
                .thenComparing(l -> l));
        return List.copyOf(langs);
    }
}
