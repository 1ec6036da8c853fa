package lcs.query;

import java.util.List;
import java.util.Map;
import lcs.query.UserQuery.Clause;
import lcs.query.UserQuery.Occur;
import lcs.schema.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Everything a search derives from what was typed, built once per request ({@link
 * QueryFactory#plan}) and then only read: by ranking and counting ({@link #ranking}, {@link
 * #proximity}), highlighting ({@link #highlight}), did-you-mean ({@link #clauses}, {@link #typos}),
 * the language notice ({@link #scriptLanguages}) and explain ({@link #explained}). The words are
 * parsed, segmented, matched against aliases and analysed here and nowhere else: each term once by
 * each analyzer that can match it ({@link AnalysedTerm}), whatever the number of fields sharing it.
 *
 * @param text the query text as the request holds it
 * @param clauses the clauses after segmentation and aliases, with what was derived from each
 * @param ranking the ranking query; matches every document when no clause is positive
 * @param proximity the phrase and proximity bonus for the best hits, null for fewer than two words
 * @param typos the fuzzy expansion of each word matched with typos, by its neutral token
 * @param stopwordLanguage the language whose stopwords some of the words are, null if none is one
 * @param scriptLanguages the languages the query's script is written for, likeliest first; empty
 *     when the script does not tell (Latin, or mixed)
 */
public record QueryPlan(
        String text,
        List<PlannedClause> clauses,
        Query ranking,
        Query proximity,
        Map<String, FuzzyExpansion> typos,
        String stopwordLanguage,
        List<String> scriptLanguages) {

    public QueryPlan {
        clauses = List.copyOf(clauses);
        typos = Map.copyOf(typos);
        scriptLanguages = List.copyOf(scriptLanguages);
    }

    /**
     * One clause of the query and what was derived from it.
     *
     * @param clause the terms of which any may match, and how the clause occurs
     * @param analysed each term analysed once per analyzer that can match it, in the clause's order
     * @param alias true when the clause names an alias group (its first term is what was typed)
     * @param stopword true when the clause is one word without meaning of its own in the query's
     *     language ("in", "de"): it still matches and ranks, but is not marked in snippets
     * @param bodyParts the clause's queries on body fields (neutral or stemmed), for snippets
     * @param indexedForms the terms its single-word terms are indexed as, exactly in the neutral
     *     fields and by stem in the stemmed ones (for did-you-mean: a word with none in the index is
     *     unknown)
     */
    public record PlannedClause(
            Clause clause,
            List<AnalysedTerm> analysed,
            boolean alias,
            boolean stopword,
            Map<String, List<Query>> bodyParts,
            List<Term> indexedForms) {

        public PlannedClause {
            analysed = List.copyOf(analysed);
            bodyParts = Map.copyOf(bodyParts);
            indexedForms = List.copyOf(indexedForms);
        }

        public boolean positive() {
            return clause.occur() != Occur.MUST_NOT;
        }

        /** The word, as typed, when the clause is one plain word (no phrase, no OR); else null. */
        public String typedWord() {
            return clause.anyOf().size() == 1 && !clause.anyOf().get(0).phrase()
                    ? clause.anyOf().get(0).text()
                    : null;
        }

        /** Each term's words as the neutral fields index them. */
        public List<List<String>> tokens() {
            return analysed.stream().map(AnalysedTerm::tokens).toList();
        }

        /** The one neutral token of a plain word, else null. */
        public String token() {
            List<String> tokens = analysed.get(0).tokens();
            return typedWord() != null && tokens.size() == 1 ? tokens.get(0) : null;
        }
    }

    /** True when nothing searchable was typed: the request lists documents. */
    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /**
     * The query for the snippet of a document in {@code language}: the positive clauses on the
     * neutral body and on that language's stemmed body (parts on other languages' fields cannot
     * match it, and the highlighter checks each part for each document). Stopwords are left out
     * unless the query has nothing else.
     */
    public Query highlight(String language) {
        boolean onlyStopwords = clauses.stream().filter(PlannedClause::positive).allMatch(PlannedClause::stopword);
        var q = new BooleanQuery.Builder();
        for (PlannedClause c : clauses) {
            if (!c.positive() || c.stopword() && !onlyStopwords) {
                continue;
            }
            c.bodyParts().getOrDefault(Schema.BODY, List.of()).forEach(p -> q.add(p, BooleanClause.Occur.SHOULD));
            if (language != null && Schema.STEMMED_LANGUAGES.contains(language)) {
                c.bodyParts()
                        .getOrDefault(Schema.body(language), List.of())
                        .forEach(p -> q.add(p, BooleanClause.Occur.SHOULD));
            }
        }
        return q.build();
    }

    /** The ranking query with the proximity bonus, as the best hits are scored (for explain). */
    public Query explained() {
        return proximity == null
                ? ranking
                : new BooleanQuery.Builder()
                        .add(ranking, BooleanClause.Occur.MUST)
                        .add(proximity, BooleanClause.Occur.SHOULD)
                        .build();
    }
}
