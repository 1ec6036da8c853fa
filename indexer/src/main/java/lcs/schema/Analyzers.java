package lcs.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analyzers of the schema: one language-neutral, and one stemming analyzer per language. */
final class Analyzers {
    private Analyzers() {}

    /**
     * ICU word segmentation (which also splits Chinese and Thai runs into words), thousands
     * separators removed from numbers, then ICU folding: case, diacritics and letter variants
     * (ø → o, ß → ss), so that any query matches any document accent-insensitively.
     */
    static Analyzer neutral() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer();
                TokenStream result = new ICUFoldingFilter(new NumberJoinFilter(source));
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(in);
            }
        };
    }

    /**
     * Stemming analyzers for the languages that have one; the others use only the neutral fields.
     *
     * @param forQueries true for the query side, where German compounds are not split: splitting
     *     is for documents (so {@code Festival} finds {@code Lernfestival}); splitting a query would
     *     let a foreign word's part match (English {@code kindergarden} → German {@code Kinder})
     */
    static Map<String, Analyzer> stemming(boolean forQueries) {
        return Map.of(
                "en", new EnglishAnalyzer(),
                "fr", new FrenchAnalyzer(),
                "es", new SpanishAnalyzer(),
                "de", german(!forQueries),
                "pt", new PortugueseAnalyzer(),
                "ru", new RussianAnalyzer(),
                "ar", new ArabicAnalyzer(),
                "zh", new SmartChineseAnalyzer());
    }

    /**
     * The stop word lists of the stemming analyzers, by language, English first (Chinese's removes
     * punctuation only): Lucene's defaults, which the analyzers above use.
     */
    static Map<String, CharArraySet> stopwords() {
        var lists = new LinkedHashMap<String, CharArraySet>();
        lists.put("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        lists.put("fr", FrenchAnalyzer.getDefaultStopSet());
        lists.put("es", SpanishAnalyzer.getDefaultStopSet());
        lists.put("de", GermanAnalyzer.getDefaultStopSet());
        lists.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        lists.put("ru", RussianAnalyzer.getDefaultStopSet());
        lists.put("ar", ArabicAnalyzer.getDefaultStopSet());
        return Collections.unmodifiableMap(lists);
    }

    /**
     * German with compound splitting: Lucene's GermanAnalyzer does not decompound, so a query for
     * {@code Festival} would miss {@code Lernfestival}. A small dictionary of common word parts
     * ({@code de-compound-parts.txt}) adds the parts as extra tokens at the compound's position.
     */
    private static Analyzer german(boolean splitCompounds) {
        CharArraySet parts = wordList("de-compound-parts.txt");
        CharArraySet stop = GermanAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                if (splitCompounds) {
                    result = new DictionaryCompoundWordTokenFilter(result, parts, 5, 3, 15, false);
                }
                result = new StopFilter(result, stop);
                result = new GermanNormalizationFilter(result);
                result = new GermanLightStemFilter(result);
                // A word that is itself in the parts list would otherwise be emitted twice.
                result = new RemoveDuplicatesTokenFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static CharArraySet wordList(String resource) {
        try (InputStream in = Analyzers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource lcs/schema/" + resource);
            }
            var words = new CharArraySet(256, true);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
