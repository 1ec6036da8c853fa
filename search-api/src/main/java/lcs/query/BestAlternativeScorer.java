package lcs.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.DisiPriorityQueue;
import org.apache.lucene.search.DisiWrapper;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Scores a document as the best score of the alternatives matching it plus a constant: a clause's
 * dismax (tie-breaker 0) with its coordination bonus, as {@link BonusQuery} defines it. The same
 * scores as Lucene's {@code DisjunctionMaxScorer} under a constant, to the bit: the maximum of the
 * same floats, then the same float addition.
 *
 * <p>Why not Lucene's: a clause of a query of several words is scored inside Lucene's max-score
 * pass ({@code MaxScoreBulkScorer}), which asks a clause for its matches and scores a window at a
 * time ({@link #nextDocsAndScores}). Lucene's dismax answers one document at a time, through a heap
 * of its ~15 fields, reading each field's norm and score separately; here each alternative scores
 * its own matches in the window in bulk (a term's postings, norms and BM25 in batches) and the
 * window keeps the best per document.
 *
 * <p>Advanced to one nearby document after another (as the max-score pass checks a clause it does
 * not lead on the candidates of those it does), it scores the next window in bulk the same way
 * and answers from it ({@link Held}): with common words that is nearly every document, and a heap
 * update per alternative per document was about a fifth of the cost of such a query.
 *
 * <p>Alternatives are iterated exactly ({@link Scorer#iterator()}): a two-phase alternative (a
 * phrase) would be checked for every candidate, so {@link BonusQuery} keeps Lucene's dismax for
 * dismaxes with phrases, which it checks lazily.
 */
final class BestAlternativeScorer extends Scorer {
    /** Documents per bulk window: the size of Lucene's max-score inner windows. */
    private static final int WINDOW = 1 << 12;
    /**
     * After {@link #NEAR_RUN} advances in a row to targets at most this many documents apart, the
     * next advance scores a whole window in bulk and holds it. Sparser advances (a rare word leads)
     * keep the heap, which skips: holding a window for them cost up to a third more (measured on
     * the 1M mix, where these values took 20-30 % off the slowest top-hits passes and added to
     * none).
     */
    private static final int NEAR = 16;

    private static final int NEAR_RUN = 64;

    private final DisiWrapper[] alternatives;
    private final DisiPriorityQueue queue;
    private final float add;
    private final long cost;
    private final Union union = new Union();
    /** Alternatives sorted by their maximum score over the segment, for block boundaries. */
    private final Scorer[] byMaxScore;

    private final float[] maxScores;
    /** Alternatives whose maximum is below the least competitive score are no lead for block boundaries. */
    private int lead;

    // Window state of the bulk path, allocated on first use.
    private FixedBitSet windowMatches;
    private float[] windowScores;
    private final DocAndFloatFeatureBuffer scratch = new DocAndFloatFeatureBuffer();

    /**
     * A window scored in bulk and held while nearby advances read it ({@link Held}), or null. The
     * alternatives are then past its end, and the union's document is the held one.
     */
    private Held held;
    /** The last held window's storage, reused. */
    private Held spare;
    /** The last target advanced to, and how many advances in a row went at most {@link #NEAR} further. */
    private int lastTarget = -1;

    private int nearRun;

    BestAlternativeScorer(List<Scorer> scorers, float add) throws IOException {
        this.add = add;
        alternatives = new DisiWrapper[scorers.size()];
        queue = DisiPriorityQueue.ofMaxSize(scorers.size());
        long sum = 0;
        for (int i = 0; i < alternatives.length; i++) {
            alternatives[i] = new DisiWrapper(scorers.get(i), false);
            sum += alternatives[i].cost;
            queue.add(alternatives[i]);
        }
        cost = sum;
        byMaxScore = scorers.toArray(Scorer[]::new);
        for (Scorer s : byMaxScore) {
            s.advanceShallow(0);
        }
        maxScores = new float[byMaxScore.length];
        float[] unsorted = new float[byMaxScore.length];
        for (int i = 0; i < byMaxScore.length; i++) {
            unsorted[i] = byMaxScore[i].getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
        }
        Integer[] order = new Integer[byMaxScore.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                Comparator.comparingDouble((Integer i) -> unsorted[i])
                        .thenComparingLong(i -> scorers.get(i).iterator().cost()));
        for (int i = 0; i < order.length; i++) {
            byMaxScore[i] = scorers.get(order[i]);
            maxScores[i] = unsorted[order[i]];
        }
    }

    @Override
    public int docID() {
        return union.docID();
    }

    /** The matches and best scores of {@code [from, to)}, scored in bulk; {@code doc} the current one. */
    private static final class Held {
        private final FixedBitSet matches = new FixedBitSet(WINDOW);
        private final float[] scores = new float[WINDOW];
        private int from;
        private int to;
        private int doc;
        /** The highest score held (bonus excluded): what any document of the window can score. */
        private float max;

        /** The first held match at or after {@code target} (below {@link #to}), or -1. */
        int next(int target) {
            int at = target < to ? matches.nextSetBit(target - from, to - from) : DocIdSetIterator.NO_MORE_DOCS;
            return at == DocIdSetIterator.NO_MORE_DOCS ? -1 : from + at;
        }
    }

    @Override
    public DocIdSetIterator iterator() {
        return union;
    }

    @Override
    public float score() throws IOException {
        if (held != null) {
            return held.scores[held.doc - held.from] + add;
        }
        float best = 0;
        for (DisiWrapper w = queue.topList(); w != null; w = w.next) {
            best = atLeast(best, w.scorable.score());
        }
        return best + add;
    }

    /** As Lucene's dismax keeps its maximum: a later score equal to the best replaces it. */
    private static float atLeast(float best, float score) {
        return score >= best ? score : best;
    }

    /**
     * The matches from {@link #docID()} up to {@code upTo} (a window of them at most) and their
     * scores. Each alternative scores its matches in the window in bulk; a document keeps its best.
     */
    @Override
    public void nextDocsAndScores(int upTo, Bits liveDocs, DocAndFloatFeatureBuffer buffer) throws IOException {
        if (held != null) {
            int end = Math.min(upTo, held.to);
            buffer.growNoCopy(end - held.doc);
            int n = 0;
            int doc = held.doc;
            for (; doc != -1 && doc < end; doc = doc + 1 < end ? held.next(doc + 1) : -1) {
                if (liveDocs == null || liveDocs.get(doc)) {
                    buffer.docs[n] = doc;
                    buffer.features[n] = held.scores[doc - held.from] + add;
                    n++;
                }
            }
            buffer.size = n;
            int next = end < held.to ? held.next(end) : -1;
            if (next == -1) {
                held = null;
            } else {
                held.doc = next;
            }
            if (n > 0 || upTo <= end) {
                return;
            }
        }
        int start = docID();
        if (start >= upTo) {
            buffer.size = 0;
            return;
        }
        int end = (int) Math.min(upTo, (long) start + WINDOW);
        if (windowMatches == null) {
            windowMatches = new FixedBitSet(WINDOW);
            windowScores = new float[WINDOW];
        }
        scoreWindow(start, end, liveDocs, windowMatches, windowScores);
        int count = windowMatches.cardinality(0, end - start);
        buffer.growNoCopy(count);
        int n = 0;
        for (int at = windowMatches.nextSetBit(0, end - start);
                at != DocIdSetIterator.NO_MORE_DOCS;
                at = at + 1 < end - start
                        ? windowMatches.nextSetBit(at + 1, end - start)
                        : DocIdSetIterator.NO_MORE_DOCS) {
            buffer.docs[n] = start + at;
            buffer.features[n] = windowScores[at] + add;
            n++;
        }
        buffer.size = n;
        windowMatches.clear(0, end - start);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
        float best = held != null && held.doc <= upTo ? held.max : 0;
        for (DisiWrapper w : alternatives) {
            if (w.scorer.docID() <= upTo) {
                best = Math.max(best, w.scorer.getMaxScore(upTo));
            }
        }
        return best + add;
    }

    /**
     * The end of the current block: the nearest block end of the alternatives that can still reach
     * the least competitive score alone, and of any that starts matching before it.
     */
    @Override
    public int advanceShallow(int target) throws IOException {
        if (held != null && target < held.to) {
            // The alternatives are past the held window; its maximum covers it.
            return held.to - 1;
        }
        for (int i = 0; i < lead; i++) {
            if (byMaxScore[i].docID() < target) {
                byMaxScore[i].advanceShallow(target);
            }
        }
        Scorer leader = byMaxScore[lead];
        int upTo = leader.advanceShallow(Math.max(leader.docID(), target));
        for (int i = lead + 1; i < byMaxScore.length; i++) {
            if (byMaxScore[i].docID() <= target) {
                upTo = Math.min(upTo, byMaxScore[i].advanceShallow(target));
            }
        }
        for (int i = byMaxScore.length - 1; i > lead; i--) {
            if (byMaxScore[i].docID() > target) {
                upTo = Math.min(upTo, byMaxScore[i].docID() - 1);
            } else {
                break;
            }
        }
        return upTo;
    }

    @Override
    public void setMinCompetitiveScore(float total) throws IOException {
        float minScore = BonusQuery.innerMinScore(total, add);
        while (lead < maxScores.length - 1 && minScore > maxScores[lead]) {
            lead++;
        }
        // With tie-breaker 0 a document scores what its best alternative scores: an alternative may
        // skip what cannot reach the minimum on its own.
        for (DisiWrapper w : alternatives) {
            w.scorer.setMinCompetitiveScore(minScore);
        }
    }

    /**
     * Scores the alternatives' matches in {@code [start, end)} (among {@code liveDocs}, null: all) in
     * bulk into {@code matches} and {@code scores} (offsets from {@code start}), each document keeping
     * its best; leaves the alternatives past {@code end}. Returns the highest score.
     */
    private float scoreWindow(int start, int end, Bits liveDocs, FixedBitSet matches, float[] scores)
            throws IOException {
        float max = 0;
        for (DisiWrapper w : alternatives) {
            if (w.doc < start) {
                w.doc = w.iterator.advance(start);
            }
            if (w.doc >= end) {
                continue;
            }
            for (w.scorer.nextDocsAndScores(end, liveDocs, scratch);
                    scratch.size > 0;
                    w.scorer.nextDocsAndScores(end, liveDocs, scratch)) {
                for (int i = 0; i < scratch.size; i++) {
                    int at = scratch.docs[i] - start;
                    float score = scratch.features[i];
                    scores[at] = matches.getAndSet(at) ? atLeast(scores[at], score) : atLeast(0, score);
                    max = Math.max(max, scores[at]);
                }
            }
            w.doc = w.iterator.docID();
        }
        queue.clear();
        queue.addAll(alternatives, 0, alternatives.length);
        return max;
    }

    /**
     * Scores the alternatives' matches in {@code [target, target + WINDOW)} in bulk and holds them;
     * returns the first, or the union's next document past the window if it has none.
     */
    private int hold(int target) throws IOException {
        if (spare == null) {
            spare = new Held();
        }
        Held h = spare;
        held = null;
        h.matches.clear();
        int end = (int) Math.min(DocIdSetIterator.NO_MORE_DOCS, (long) target + WINDOW);
        h.max = scoreWindow(target, end, null, h.matches, h.scores);
        h.from = target;
        h.to = end;
        int first = h.next(target);
        if (first == -1) {
            return queue.top().doc;
        }
        h.doc = first;
        held = h;
        return first;
    }

    /** The union of the alternatives' matches, read from the held window while there is one. */
    private final class Union extends DocIdSetIterator {
        @Override
        public int docID() {
            return held != null ? held.doc : queue.top().doc;
        }

        @Override
        public int nextDoc() throws IOException {
            if (held != null) {
                return nextHeld(held.doc + 1);
            }
            DisiWrapper top = queue.top();
            int doc = top.doc;
            do {
                top.doc = top.iterator.nextDoc();
                top = queue.updateTop();
            } while (top.doc == doc);
            return top.doc;
        }

        /** The held match at or after {@code target}; past the window, the union's next document. */
        private int nextHeld(int target) {
            int doc = target < held.to ? held.next(target) : -1;
            if (doc == -1) {
                held = null;
                return queue.top().doc;
            }
            held.doc = doc;
            return doc;
        }

        @Override
        public int advance(int target) throws IOException {
            nearRun = (long) target - lastTarget <= NEAR ? nearRun + 1 : 0;
            lastTarget = target;
            if (held != null) {
                if (target < held.to) {
                    return nextHeld(target);
                }
                held = null;
            }
            DisiWrapper top = queue.top();
            if (top.doc >= target) {
                // The alternatives went past a held window's end, and past the target too.
                return top.doc;
            }
            if (nearRun >= NEAR_RUN) {
                return hold(target);
            }
            do {
                top.doc = top.iterator.advance(target);
                top = queue.updateTop();
            } while (top.doc < target);
            return top.doc;
        }

        @Override
        public long cost() {
            return cost;
        }
    }
}
