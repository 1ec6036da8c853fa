package lcs.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Word boundaries for cutting snippets, found by looking at the two or three characters around a
 * position. The JDK's word instance cost about 7 % of the CPU of a search: the highlighter asks
 * for the boundaries around every match while it grows a passage to its length, and each of the
 * JDK's answers re-runs its rule tables.
 *
 * <p>As the JDK's word instance for the root locale: a word is a run of letters and digits
 * (superscript and subscript ones too), held together by an apostrophe, a period, a dash, an
 * underscore, a double quote or a soft hyphen between two letters, and by an apostrophe, a period
 * or a comma between two digits ({@code e-mail}, {@code well–known}, {@code it's}, {@code U.S.A},
 * {@code 3.14}, {@code 1,000}); a number keeps a currency sign or a period before it and
 * {@code % ‰ ¢ &} after it ({@code $5}, {@code .5}, {@code 96%}). Marks and format characters stay
 * with what they follow. A run of ideographs is one word (Chinese has no spaces, and the JDK has
 * no dictionary for it). A run of spaces is one segment, with the line break that ends it; any
 * other line break or character is a segment of its own. Surrogate pairs are never split.
 *
 * <p>Both give the same boundaries on every body of the eval corpora (eight languages), on 3,000
 * generated documents and on the tricky text of {@code WordBreaksTest}. Where the JDK's rules go
 * further (Japanese kana, rarer separators), a snippet may start or end a sign away from where the
 * JDK would cut it, never inside a word of the kinds above.
 */
final class WordBreaks extends BreakIterator {
    private String text = "";
    private CharacterIterator textIterator = new StringCharacterIterator("");
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        textIterator = new StringCharacterIterator(newText);
        current = 0;
    }

    /** Offsets count from the start of the text: an iterator over part of a text is refused. */
    @Override
    public void setText(CharacterIterator newText) {
        if (newText.getBeginIndex() != 0) {
            throw new IllegalArgumentException("the text must begin at index 0");
        }
        var sb = new StringBuilder(newText.getEndIndex());
        for (int i = 0; i < newText.getEndIndex(); i++) {
            sb.append(newText.setIndex(i)); // by index: U+FFFF would read as DONE
        }
        setText(sb.toString());
    }

    /** One iterator per text: Lucene's LengthGoalBreakIterator asks for it at every call. */
    @Override
    public CharacterIterator getText() {
        return textIterator;
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        return current == text.length() ? DONE : (current = after(current));
    }

    @Override
    public int previous() {
        return current == 0 ? DONE : (current = before(current));
    }

    @Override
    public int next(int n) {
        int result = current;
        for (; n > 0 && result != DONE; n--) {
            result = next();
        }
        for (; n < 0 && result != DONE; n++) {
            result = previous();
        }
        return result;
    }

    @Override
    public int following(int offset) {
        check(offset);
        if (offset == text.length()) {
            current = offset; // as the JDK leaves it
            return DONE;
        }
        return current = after(offset);
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        if (offset == 0) {
            current = 0;
            return DONE;
        }
        return current = before(offset);
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside [0, " + text.length() + "]");
        }
    }

    /** The first boundary after {@code offset} (which is below the end). */
    private int after(int offset) {
        int i = offset + 1;
        while (!isBreak(i)) {
            i++;
        }
        return i;
    }

    /** The last boundary before {@code offset} (which is above 0). */
    private int before(int offset) {
        int i = offset - 1;
        while (!isBreak(i)) {
            i--;
        }
        return i;
    }

    /** Whether a word or segment ends at {@code i}, between {@code text[i - 1]} and {@code text[i]}. */
    private boolean isBreak(int i) {
        if (i == 0 || i == text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if ((Character.isLowSurrogate(c) && Character.isHighSurrogate(text.charAt(i - 1)))
                || (c == '\n' && text.charAt(i - 1) == '\r')) {
            return false;
        }
        int b = text.codePointAt(i);
        int right = kind(b);
        if (right == EXTEND) {
            return false; // a mark or a format character stays with what it follows
        }
        int at = baseBefore(i);
        if (at < 0) {
            return true;
        }
        int a = text.codePointAt(at);
        int left = kind(a);
        if (left == right && left != OTHER) {
            return false; // inside a word, a run of ideographs or a run of spaces
        }
        if ((left == SPACE && (b == '\n' || b == '\r'))
                || (Character.isDigit(a) && AFTER_NUMBER.indexOf(b) >= 0)
                || (Character.isDigit(b) && (a == '.' || Character.getType(a) == Character.CURRENCY_SYMBOL))) {
            return false; // spaces ending a line, 96 %, 5 ‰, .5, $5
        }
        // A joiner between two word characters: no break before it, nor after it.
        if (left == WORD && i + 1 < text.length() && joins(b, a, text.codePointAt(i + Character.charCount(b)))) {
            return false;
        }
        if (right == WORD && at > 0) {
            int before = baseBefore(at);
            return before < 0 || !joins(a, text.codePointAt(before), b);
        }
        return true;
    }

    /** Where the character before {@code i} starts, marks and format characters skipped; -1 if none. */
    private int baseBefore(int i) {
        int at = i;
        while (at > 0) {
            int cp = text.codePointBefore(at);
            at -= Character.charCount(cp);
            if (kind(cp) != EXTEND) {
                return at;
            }
        }
        return -1;
    }

    private static final int WORD = 0;
    private static final int IDEOGRAPHS = 1;
    private static final int SPACE = 2;
    private static final int EXTEND = 3;
    private static final int OTHER = 4;
    /** Signs that stay with a number they follow. */
    private static final String AFTER_NUMBER = "%‰¢٪&";

    private static int kind(int codePoint) {
        if (Character.isIdeographic(codePoint)) {
            return IDEOGRAPHS;
        }
        if (Character.isLetterOrDigit(codePoint)) {
            return WORD;
        }
        return switch (Character.getType(codePoint)) {
            case Character.OTHER_NUMBER -> WORD; // ² ₂
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> EXTEND;
            // A soft hyphen joins two parts of a word; other format characters (ZWJ, marks of direction) extend.
            case Character.FORMAT -> codePoint == SOFT_HYPHEN ? OTHER : EXTEND;
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> SPACE;
            // A line break is a segment of its own, as in the JDK.
            default -> Character.isWhitespace(codePoint) && codePoint != '\n' && codePoint != '\r' ? SPACE : OTHER;
        };
    }

    private static final int SOFT_HYPHEN = 0xAD;

    /** Whether {@code c}, between {@code before} and {@code after}, holds one word together. */
    private static boolean joins(int c, int before, int after) {
        if (kind(before) != WORD || kind(after) != WORD) {
            return false;
        }
        boolean letters = Character.isLetter(before) && Character.isLetter(after);
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return switch (c) {
            case '\'' -> letters || digits;
            case '.' -> letters || digits;
            case ',', 0x066B, 0x066C -> digits;
            case '_', '"', 0x2027, SOFT_HYPHEN -> letters;
            default -> Character.getType(c) == Character.DASH_PUNCTUATION && letters;
        };
    }
}
