package lcs.query;

import java.util.ArrayList;
import lcs.schema.PairWords;
import lcs.schema.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Phrases of common words found from the word-pair terms of their field ({@link Schema#pairs})
 * instead of their words' positions, for counting: a two-word phrase is one pair term, exactly; a
 * longer one has its positions checked only on the documents holding its pairs, a few of those
 * holding its words. A pair is used only where the index holds it ({@link PairWords}).
 */
final class PhrasePairs {
    private PhrasePairs() {}

    /**
     * A query matching exactly the documents {@code phrase} matches, given the index's {@code
     * words}; {@code phrase} itself if no pair helps.
     */
    static Query matching(PhraseQuery phrase, PairWords words) {
        String field = Schema.pairs(phrase.getField());
        if (field == null || phrase.getSlop() != 0) {
            return phrase;
        }
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        var pairs = new ArrayList<Query>();
        for (int i = 0; i + 1 < terms.length; i++) {
            // A gap (a stop word left out) joins no pair; the positions are checked across it.
            BytesRef pair = positions[i + 1] == positions[i] + 1
                    ? words.term(phrase.getField(), terms[i].text(), terms[i + 1].text())
                    : null;
            if (pair != null) {
                pairs.add(new TermQuery(new Term(field, pair)));
            }
        }
        if (pairs.isEmpty()) {
            return phrase;
        }
        if (terms.length == 2) {
            return pairs.get(0); // the pair is the phrase
        }
        var all = new BooleanQuery.Builder();
        pairs.forEach(q -> all.add(q, BooleanClause.Occur.FILTER));
        all.add(phrase, BooleanClause.Occur.FILTER);
        return all.build();
    }
}
