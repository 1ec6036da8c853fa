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
 * <p>A word is a run of letters, digits and combining marks, held together by an apostrophe or a
 * hyphen between two letters, a period between two letters or two digits, and a comma between
 * two digits ({@code e-mail}, {@code it's}, {@code U.S.A}, {@code 3.14}, {@code 1,000}); a number
 * may end with {@code %}. A run of ideographs is one word (Chinese has no spaces, and the JDK has
 * no dictionary for it). A run of spaces is one segment; a line break (CR LF too), and any other
 * character, is a segment of its own. Surrogate pairs are never split.
 *
 * <p>These are the JDK's root-locale rules for the text we have: both give the same boundaries on
 * every body of the eval corpora (eight languages) and on 3,000 generated documents. The JDK's
 * rules go further (other dashes and quotes inside words, format characters, currency signs
 * before numbers, superscript digits, kana): on such text a snippet may start or end a word or a
 * sign away from where the JDK would cut it, never inside a word of the kinds above.
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
        char a = text.charAt(i - 1);
        char b = text.charAt(i);
        if ((Character.isHighSurrogate(a) && Character.isLowSurrogate(b)) || (a == '\r' && b == '\n')) {
            return false;
        }
        int left = kind(text.codePointBefore(i));
        int right = kind(text.codePointAt(i));
        if (left == right && left != OTHER) {
            return false; // inside a word, a run of ideographs or a run of spaces
        }
        if (b == '%' && Character.isDigit(a)) {
            return false; // 96%
        }
        // A joiner between two word characters: no break before it, nor after it.
        if (left == WORD && i + 1 < text.length() && joins(b, a, text.charAt(i + 1))) {
            return false;
        }
        return !(right == WORD && i >= 2 && joins(a, text.charAt(i - 2), b));
    }

    private static final int WORD = 0;
    private static final int IDEOGRAPHS = 1;
    private static final int SPACE = 2;
    private static final int OTHER = 3;

    private static int kind(int codePoint) {
        if (Character.isIdeographic(codePoint)) {
            return IDEOGRAPHS;
        }
        if (Character.isLetterOrDigit(codePoint)) {
            return WORD;
        }
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> WORD;
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> SPACE;
            // A line break is a segment of its own, as in the JDK.
            default -> Character.isWhitespace(codePoint) && codePoint != '\n' && codePoint != '\r' ? SPACE : OTHER;
        };
    }

    /** Whether {@code c}, between {@code before} and {@code after}, holds one word together. */
    private static boolean joins(char c, char before, char after) {
        if (kind(before) != WORD || kind(after) != WORD) {
            return false;
        }
        boolean letters = Character.isLetter(before) && Character.isLetter(after);
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return switch (c) {
            case '\'', '-' -> letters;
            case '.' -> letters || digits;
            case ',' -> digits;
            default -> false;
        };
    }
}
