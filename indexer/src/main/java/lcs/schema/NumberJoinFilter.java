package lcs.schema;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes thousands separators from numeric tokens, so that {@code 88,600}, {@code 88.600} and
 * {@code 88 600} (one token with a no-break space) all index as {@code 88600}.
 */
public final class NumberJoinFilter extends TokenFilter {
    // Groups of exactly three digits after the first group: "1,5" and "2.25" are decimals, left alone.
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.\u00a0\u202f']\\d{3})+");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public NumberJoinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() > 4
                && Character.isDigit(term.charAt(0))
                && GROUPED.matcher(term).matches()) {
            int n = 0;
            char[] buf = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (Character.isDigit(buf[i])) {
                    buf[n++] = buf[i];
                }
            }
            term.setLength(n);
        }
        return true;
    }
}
