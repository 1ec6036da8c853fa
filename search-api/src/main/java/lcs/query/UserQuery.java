package lcs.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A query as typed into a web search box, parsed leniently: words, {@code "quoted phrases"},
 * {@code -excluded} (or {@code NOT x}), {@code a OR b} (binds tighter than the implicit AND of
 * adjacent words), {@code a AND b} (both required). Nothing a person types is an error: unbalanced
 * quotes, lone operators and symbols are kept as plain text and the analyzers drop what is not a
 * word.
 *
 * @param clauses at most {@link #MAX_CLAUSES}; later words are ignored
 * @param trailingWord true when the query ends inside a word (no space or quote after it), so the
 *     last word can be matched as a prefix while the visitor is still typing
 */
public record UserQuery(List<Clause> clauses, boolean trailingWord) {
    public static final int MAX_CLAUSES = 24;
    /** Words and phrases over all clauses, OR groups included; later ones are ignored. */
    public static final int MAX_TERMS = 32;

    /** How a clause takes part in matching. */
    public enum Occur {
        SHOULD,
        MUST,
        MUST_NOT
    }

    /** One word, or a quoted phrase. */
    public record Term(String text, boolean phrase) {}

    /** Terms of which any may match (more than one only with OR), and how the clause occurs. */
    public record Clause(List<Term> anyOf, Occur occur) {
        public Clause {
            anyOf = List.copyOf(anyOf);
        }

        Clause withOccur(Occur o) {
            return new Clause(anyOf, o);
        }
    }

    public UserQuery {
        clauses = List.copyOf(clauses);
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    public static UserQuery parse(String raw) {
        String text = raw == null ? "" : raw.replaceAll("[\\p{Cc}\\p{Cf}&&[^\u200d]]", " ");
        List<Token> tokens = tokenize(text);
        var clauses = new ArrayList<Clause>();
        boolean pendingOr = false;
        boolean pendingAnd = false;
        boolean pendingNot = false;
        int terms = 0;
        for (Token t : tokens) {
            if (terms >= MAX_TERMS) {
                break;
            }
            if (!t.quoted && (t.text.equals("OR") || t.text.equals("|") || t.text.equals("||"))) {
                pendingOr = !clauses.isEmpty();
                continue;
            }
            if (!t.quoted && (t.text.equals("AND") || t.text.equals("&&") || t.text.equals("&"))) {
                pendingAnd = !clauses.isEmpty();
                continue;
            }
            if (!t.quoted && t.text.equals("NOT")) {
                pendingNot = true;
                continue;
            }
            Occur occur = t.negated || pendingNot ? Occur.MUST_NOT : t.required ? Occur.MUST : Occur.SHOULD;
            var term = new Term(t.text, t.quoted);
            terms++;
            Clause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
            if (pendingOr && occur != Occur.MUST_NOT && last.occur() != Occur.MUST_NOT) {
                var any = new ArrayList<>(last.anyOf());
                any.add(term);
                clauses.set(clauses.size() - 1, new Clause(any, last.occur()));
            } else {
                if (pendingAnd && occur != Occur.MUST_NOT) {
                    if (last.occur() == Occur.SHOULD) {
                        clauses.set(clauses.size() - 1, last.withOccur(Occur.MUST));
                    }
                    occur = Occur.MUST;
                }
                if (clauses.size() < MAX_CLAUSES) {
                    clauses.add(new Clause(List.of(term), occur));
                }
            }
            pendingOr = pendingAnd = pendingNot = false;
        }
        boolean trailing = !text.isEmpty()
                && !tokens.isEmpty()
                && !Character.isWhitespace(text.charAt(text.length() - 1))
                && !tokens.get(tokens.size() - 1).quoted;
        return new UserQuery(clauses, trailing);
    }

    private record Token(String text, boolean quoted, boolean negated, boolean required) {}

    /** Splits on whitespace, keeping quoted runs together; an unclosed quote is just a character. */
    private static List<Token> tokenize(String s) {
        var tokens = new ArrayList<Token>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            boolean negated = false;
            boolean required = false;
            int start = i;
            if ((s.charAt(i) == '-' || s.charAt(i) == '+') && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                negated = s.charAt(i) == '-';
                required = s.charAt(i) == '+';
                i++;
            }
            char c = s.charAt(i);
            if (isQuote(c)) {
                int close = indexOfQuote(s, i + 1);
                if (close > i) {
                    String phrase = s.substring(i + 1, close).strip();
                    if (!phrase.isEmpty()) {
                        tokens.add(new Token(phrase, true, negated, required));
                    }
                    i = close + 1;
                    continue;
                }
                i++; // an unbalanced quote is dropped; the words after it are read as words
                if (negated || required) {
                    continue;
                }
                start = i;
                if (i >= n || Character.isWhitespace(s.charAt(i))) {
                    continue;
                }
            }
            int end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end)) && !isQuote(s.charAt(end))) {
                end++;
            }
            String word = s.substring(negated || required ? start + 1 : i, end);
            if (!word.isEmpty()) {
                tokens.add(new Token(word, false, negated, required));
            }
            i = end;
        }
        return tokens;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb';
    }

    private static int indexOfQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isQuote(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
