package lcs.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lcs.query.UserQuery.Term;
import org.apache.lucene.search.Query;

/**
 * One term of a clause, analysed once by each analyzer that can match it: the neutral one (shared
 * by title, city, country, summary and body) and the stemming analyzer of each index language of
 * its script (shared by that language's head and body fields). Ranking, proximity and snippets are
 * built from these; a query for another field of the same analyzer is a copy with the field
 * renamed, not a second analysis.
 *
 * @param term the term as typed
 * @param tokens its words as the neutral fields index them
 * @param neutral the term as a query on {@link lcs.schema.Schema#TITLE} (a term, or a phrase of
 *     its words); null when it has no word
 * @param split for a word that the neutral analyzer splits (a Chinese run, a hyphenated word), its
 *     words all required but anywhere, on {@link lcs.schema.Schema#TITLE}; else null
 * @param stemmed by language, the term as a query on that language's {@link
 *     lcs.schema.Schema#head} field; a language whose analyzer leaves nothing (a stopword) is absent
 */
public record AnalysedTerm(Term term, List<String> tokens, Query neutral, Query split, Map<String, Query> stemmed) {

    public AnalysedTerm {
        tokens = List.copyOf(tokens);
        // Insertion order kept: the alternatives of a clause are built in this order.
        stemmed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stemmed));
    }
}
