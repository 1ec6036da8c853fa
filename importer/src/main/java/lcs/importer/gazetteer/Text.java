package lcs.importer.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name folding shared by the gazetteers: case, accents, apostrophes and spacing do not count. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\-‐-―]+");

    private Text() {}

    public static String fold(String s) {
        String n = s.strip();
        if (hasNonAscii(n)) {
            n = Normalizer.normalize(n, Normalizer.Form.NFD);
        }
        if (hasNonAscii(n)) {
            n = MARKS.matcher(n).replaceAll("");
        }
        n = n.replace('ø', 'o')
                .replace('Ø', 'O')
                .replace('ł', 'l')
                .replace('Ł', 'L')
                .replace("ß", "ss")
                .replace('’', '\'')
                .replace('ʻ', '\'')
                .replace('ʼ', '\'');
        String lower = n.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c > 0x2000) {
                return SPACES.matcher(lower).replaceAll(" ");
            }
        }
        return lower;
    }

    private static boolean hasNonAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return true;
            }
        }
        return false;
    }
}
