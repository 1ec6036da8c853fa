package lcs.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * What {@code explain=true} shows: the {@code field:term} (or {@code field:"phrase"}) leaves of
 * the query that match a document, from Lucene's {@link Matches} rather than by parsing the text
 * of a score explanation.
 */
final class MatchedTerms {
    private MatchedTerms() {}

    /** The weight to ask for matches, created once per page. */
    static Weight weight(IndexSearcher searcher, Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** The matching leaves in one document, each once, field by field (fields in alphabetical order); empty when none. */
    static List<String> of(IndexSearcher searcher, Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        Set<String> found = new LinkedHashSet<>();
        if (matches != null) {
            // Fields in a fixed order: Lucene's dismax holds its fields in a hash order that
            // changes between runs, and the same request should explain itself the same way.
            var fields = new TreeSet<String>();
            matches.forEach(fields::add);
            for (String field : fields) {
                MatchesIterator it = matches.getMatches(field);
                while (it != null && it.next()) {
                    Query q = it.getQuery();
                    if (q != null) {
                        found.add(q.toString());
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
