package lcs.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Adds a second query's score to the best hits of a first pass sorted by relevance, then sorts
 * those hits again; the hits after them keep their order, so pages never overlap. Used for the
 * proximity bonus, whose positions are worth reading for a hundred documents but not for every
 * match.
 *
 * <p>Not Lucene's {@link org.apache.lucene.search.QueryRescorer}, which computes the same scores
 * (RescorerTest uses it as the oracle) but re-sorts by score and document number only, losing the
 * date and id tie-breaks, returns only the rescored hits, so later pages would change, and
 * advances the second query's full iterator, which reads positions up to the next matching
 * document instead of checking only the hit's.
 */
final class Rescorer {
    /** How many of the first pass's best hits are rescored. */
    static final int DEPTH = 100;

    /** Relevance order: score, then newest, then id (as {@code Searcher}'s relevance sort). */
    private static final Comparator<ScoreDoc> ORDER = Comparator.comparing(
                    (ScoreDoc d) -> (Float) ((FieldDoc) d).fields[0], Comparator.reverseOrder())
            .thenComparing(d -> (Long) ((FieldDoc) d).fields[1], Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(d -> (BytesRef) ((FieldDoc) d).fields[2], Comparator.nullsLast(Comparator.naturalOrder()));

    private Rescorer() {}

    /**
     * @param top hits sorted by score, date and id, with those values in their fields
     * @return the same hits with the bonus added to the first {@link #DEPTH} and those re-sorted
     */
    static TopFieldDocs rescore(IndexSearcher searcher, TopFieldDocs top, Query bonus) throws IOException {
        int depth = Math.min(DEPTH, top.scoreDocs.length);
        if (depth == 0) {
            return top;
        }
        ScoreDoc[] best = Arrays.copyOf(top.scoreDocs, depth);
        Arrays.sort(best, Comparator.comparingInt(d -> d.doc)); // scorers only move forward
        Weight weight = searcher.createWeight(searcher.rewrite(bonus), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        Scorer scorer = null;
        for (ScoreDoc d : best) {
            int i = ReaderUtil.subIndex(d.doc, leaves);
            if (i != leafIndex) {
                leafIndex = i;
                ScorerSupplier supplier = weight.scorerSupplier(leaves.get(i));
                scorer = supplier == null ? null : supplier.get(DEPTH);
            }
            if (scorer == null) {
                continue;
            }
            int target = d.doc - leaves.get(i).docBase;
            // The approximation, then one check of positions: the scorer's own iterator would go on
            // reading positions up to the next document that matches.
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            if (approximation.docID() < target) {
                approximation.advance(target);
            }
            if (approximation.docID() == target && (twoPhase == null || twoPhase.matches())) {
                FieldDoc fd = (FieldDoc) d;
                float score = (Float) fd.fields[0] + scorer.score();
                fd.fields[0] = score;
                fd.score = score;
            }
        }
        Arrays.sort(best, ORDER);
        ScoreDoc[] all = top.scoreDocs.clone();
        System.arraycopy(best, 0, all, 0, depth);
        return new TopFieldDocs(top.totalHits, all, top.fields);
    }
}
