package lcs.query;

import java.util.List;

/**
 * The single characters Lucene's classic query syntax gives a meaning (wildcards, fuzziness,
 * escapes, fields, groups, ranges, boosts, negation, regular expressions): typed text the query
 * tests send to prove that none of them reaches a parser as syntax.
 */
public final class LuceneSyntax {
    /** One character a string, in a fixed order (the fuzz test draws from it by index). */
    public static final List<String> SPECIAL_CHARACTERS =
            List.of("*", "?", "~", "\\", ":", "(", ")", "[", "]", "{", "}", "^", "!", "/");

    private LuceneSyntax() {}
}
