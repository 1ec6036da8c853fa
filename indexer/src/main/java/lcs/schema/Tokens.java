package lcs.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs an analyzer over a short text and returns its terms. */
public final class Tokens {
    private Tokens() {}

    public static List<String> of(Analyzer analyzer, String field, String text) {
        var out = new ArrayList<String>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of a string cannot fail", e);
        }
        return out;
    }
}
