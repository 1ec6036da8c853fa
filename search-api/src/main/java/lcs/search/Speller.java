package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lcs.query.FuzzyExpansion;
import lcs.query.QueryFactory;
import lcs.query.QueryPlan;
import lcs.query.QueryPlan.PlannedClause;
import lcs.schema.Schema;
import lcs.schema.Tokens;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "Did you mean": corrects the words the index does not know, from the terms of the neutral
 * fields (so no separate dictionary to build), and offers a correction only when its words are
 * found together in documents where the query as typed finds none with all its words (a
 * collation, as Solr's spellcheck {@code collate} checks its corrections).
 *
 * <p>A word is never replaced when the index knows it: in a neutral field, or by its stem in the
 * stemmed fields of its script's languages ("ville" is known from "villes"). Words that name an
 * alias ("South" in "South Korea"), stopwords of the query's language, phrases and OR groups are
 * kept as typed.
 */
final class Speller {
    private static final List<String> FIELDS = QueryFactory.TYPO_FIELDS;
    /**
     * Two edits even for words under 8 letters, which the query fuzzes by one: a correction must
     * also be confirmed by documents, so it may reach further.
     */
    private static final int MAX_EDITS = 2;
    /** Below this similarity a word is too far to be what was meant (Lucene's spell checker's default). */
    private static final float MIN_SIMILARITY = 0.5f;
    /** Corrections tried per unknown word. */
    private static final int PER_WORD = 3;
    /** Collations counted at most (each is one count query). */
    private static final int MAX_COLLATIONS = 27;

    /** A positive plain word of the query: its matches as typed, and corrections if unknown. */
    private record Slot(String typed, List<Term> asTyped, List<FuzzyExpansion.Candidate> corrections) {
        boolean known() {
            return corrections.isEmpty();
        }
    }

    /**
     * The corrected query text, or null when every word is known, an unknown word has no
     * correction, or no combination of corrections finds a document with all the words.
     */
    String correct(IndexSnapshot s, QueryPlan plan) throws IOException {
        var slots = new ArrayList<Slot>();
        boolean anyUnknown = false;
        for (PlannedClause c : plan.clauses()) {
            String typed = c.typedWord();
            String token = c.token();
            if (!c.positive() || c.alias() || c.stopword() || token == null) {
                continue;
            }
            String core = typed.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            List<Term> asTyped = c.indexedForms();
            if (known(s.reader(), asTyped)) {
                slots.add(new Slot(typed, asTyped, List.of()));
                continue;
            }
            List<FuzzyExpansion.Candidate> corrections = correctable(token)
                    ? expansion(s.reader(), token, plan).corrections(PER_WORD).stream()
                            .filter(k -> k.similarity() >= MIN_SIMILARITY)
                            .toList()
                    : List.of();
            if (corrections.isEmpty()) {
                return null; // no collation could hold this word
            }
            slots.add(new Slot(core, asTyped, corrections));
            anyUnknown = true;
        }
        if (!anyUnknown) {
            return null;
        }
        String[] best = null;
        long bestCount = 0;
        for (String[] collation : collations(slots)) {
            long count = s.searcher().count(together(s, slots, collation));
            if (count > bestCount) {
                best = collation;
                bestCount = count;
            }
        }
        return best == null ? null : rewrite(plan.text(), slots, best);
    }

    /**
     * The corrections to try together: every combination of each unknown word's corrections, the
     * likeliest first; when there are too many, the later words keep only their likeliest.
     */
    private static List<String[]> collations(List<Slot> slots) {
        int[] choices = new int[slots.size()];
        long product = 1;
        for (int i = 0; i < slots.size(); i++) {
            int n = slots.get(i).known() ? 1 : slots.get(i).corrections().size();
            choices[i] = product * n <= MAX_COLLATIONS ? n : 1;
            product *= choices[i];
        }
        var out = new ArrayList<String[]>();
        int[] at = new int[slots.size()];
        while (true) {
            var collation = new String[slots.size()];
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get(i);
                collation[i] =
                        slot.known() ? null : slot.corrections().get(at[i]).word();
            }
            out.add(collation);
            int i = slots.size() - 1;
            while (i >= 0 && ++at[i] == choices[i]) {
                at[i--] = 0;
            }
            if (i < 0) {
                return out;
            }
        }
    }

    /** Documents with every word: each known one as typed, each unknown one as corrected. */
    private static Query together(IndexSnapshot s, List<Slot> slots, String[] collation) {
        var all = new BooleanQuery.Builder();
        for (int i = 0; i < slots.size(); i++) {
            List<Term> forms = collation[i] == null ? slots.get(i).asTyped() : forms(s, collation[i], collation[i]);
            var any = new BooleanQuery.Builder();
            forms.forEach(t -> any.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
            all.add(any.build(), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /**
     * The terms a word is indexed as: its token in each neutral field, and its stem in the stemmed
     * fields of its script's languages.
     */
    private static List<Term> forms(IndexSnapshot s, String typed, String token) {
        var terms = new ArrayList<Term>();
        for (String f : QueryFactory.exactFields()) {
            terms.add(new Term(f, token));
        }
        for (String lang : QueryFactory.stemmedLanguagesFor(typed, s.languages())) {
            // A language's head and body fields share its analyzer: one analysis serves both.
            List<String> stems = Tokens.of(Schema.queryAnalyzer(), Schema.head(lang), typed);
            for (String f : List.of(Schema.head(lang), Schema.body(lang))) {
                for (String stem : stems) {
                    terms.add(new Term(f, stem));
                }
            }
        }
        return terms;
    }

    private static boolean known(IndexReader reader, List<Term> forms) throws IOException {
        for (Term t : forms) {
            if (reader.docFreq(t) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Words worth correcting: 4 to 24 letters, no digits, no ideographs. */
    private static boolean correctable(String token) {
        int length = token.codePointCount(0, token.length());
        return length >= 4
                && length <= 24
                && token.codePoints().allMatch(cp -> Character.isLetter(cp) && !Character.isIdeographic(cp));
    }

    /** The query's expansion of the word when it reached as far, else one built here. */
    private static FuzzyExpansion expansion(IndexReader reader, String token, QueryPlan plan) {
        FuzzyExpansion e = plan.typos().get(token);
        return e != null && e.maxEdits() == MAX_EDITS ? e : FuzzyExpansion.of(reader, token, MAX_EDITS, FIELDS);
    }

    /** The query text with each corrected word replaced, in the case it was typed in. */
    private static String rewrite(String text, List<Slot> slots, String[] collation) {
        var out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < slots.size(); i++) {
            if (collation[i] == null) {
                continue;
            }
            String typed = slots.get(i).typed();
            int at = text.indexOf(typed, from);
            if (at < 0) {
                continue;
            }
            out.append(text, from, at).append(matchCase(typed, collation[i]));
            from = at + typed.length();
        }
        return out.append(text.substring(from)).toString().strip();
    }

    /** "Ljubjana" → "Ljubljana", not "ljubljana". */
    private static String matchCase(String typed, String suggestion) {
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return new StringBuilder()
                    .appendCodePoint(Character.toUpperCase(suggestion.codePointAt(0)))
                    .append(suggestion.substring(Character.charCount(suggestion.codePointAt(0))))
                    .toString();
        }
        return suggestion;
    }
}
