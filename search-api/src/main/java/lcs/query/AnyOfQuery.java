package lcs.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lcs.schema.PairWords;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches the documents any of its queries matches, with a constant score: what counting needs of
 * a clause, without its ranking ({@link #matching} makes one from a ranking query).
 *
 * <p>Over a whole segment it finds its matches one query at a time into a bit set: queries without
 * a positional check (terms) first, then phrases, each phrase checked only on documents that no
 * query before it matched. Lucene's dismax, or a disjunction of phrases, checks the phrases of
 * each candidate document in turn from the cheapest, so a document with the phrase only in its
 * body had every other field's phrase checked first; here most documents are settled by the
 * first phrase tried. When another clause leads the search over a few documents (a filter, a
 * rare required word) it answers as a plain disjunction, checking only the documents asked for.
 */
public final class AnyOfQuery extends Query {
    /**
     * Below this share of the queries' cost, the documents another clause leads to are checked one
     * by one instead of finding every match of the segment.
     */
    private static final int LAZY_BELOW = 8;

    private final List<Query> queries;

    private AnyOfQuery(List<Query> queries) {
        this.queries = List.copyOf(queries);
    }

    /** A query matching any of {@code queries} (none: nothing), with nested disjunctions flattened. */
    public static Query of(List<Query> queries) {
        var flat = new ArrayList<Query>();
        for (Query q : queries) {
            if (q instanceof AnyOfQuery any) {
                flat.addAll(any.queries);
            } else {
                flat.add(q);
            }
        }
        return flat.isEmpty() ? new MatchNoDocsQuery() : flat.size() == 1 ? flat.get(0) : new AnyOfQuery(flat);
    }

    /**
     * A query matching exactly the documents {@code ranking} matches (a {@link QueryPlan#ranking},
     * best already rewritten so prefixes are expanded once), built only to find them: boosts and
     * coordination bonuses dropped, a dismax or a pure disjunction made one {@link AnyOfQuery},
     * required clauses made filters, a phrase on a body found from the word pairs the index holds
     * ({@code pairs}, see {@link PhrasePairs}). Every rule keeps a node's matches as they are; a query of
     * another kind is kept whole.
     */
    public static Query matching(Query ranking, PairWords pairs) {
        if (ranking instanceof BoostQuery b) {
            return matching(b.getQuery(), pairs);
        }
        if (ranking instanceof ConstantScoreQuery c) {
            return matching(c.getQuery(), pairs);
        }
        if (ranking instanceof BonusQuery b) {
            return matching(b.inner(), pairs);
        }
        if (ranking instanceof PhraseQuery p) {
            return PhrasePairs.matching(p, pairs);
        }
        if (ranking instanceof DisjunctionMaxQuery d) {
            return of(d.getDisjuncts().stream().map(q -> matching(q, pairs)).toList());
        }
        if (ranking instanceof BooleanQuery bq) {
            // Only optional clauses, of which at least one must match (also when none is required).
            if (bq.getMinimumNumberShouldMatch() <= 1
                    && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
                return of(bq.clauses().stream()
                        .map(c -> matching(c.query(), pairs))
                        .toList());
            }
            var b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq) {
                b.add(
                        matching(c.query(), pairs),
                        c.occur() == BooleanClause.Occur.MUST ? BooleanClause.Occur.FILTER : c.occur());
            }
            return b.build();
        }
        return ranking;
    }

    /** The queries any of which matches. */
    public List<Query> queries() {
        return queries;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        var rewritten = new ArrayList<Query>(queries.size());
        boolean changed = false;
        for (Query q : queries) {
            Query r = q.rewrite(searcher);
            changed |= r != q;
            rewritten.add(r);
        }
        return changed ? of(rewritten) : super.rewrite(searcher);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        var weights = new ArrayList<Weight>(queries.size());
        for (Query q : queries) {
            weights.add(searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        return new ConstantScoreWeight(this, boost) {
            private Weight disjunction;

            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                var suppliers = new ArrayList<ScorerSupplier>();
                long sum = 0;
                for (Weight w : weights) {
                    ScorerSupplier s = w.scorerSupplier(context);
                    if (s != null) {
                        suppliers.add(s);
                        sum += s.cost();
                    }
                }
                if (suppliers.isEmpty()) {
                    return null;
                }
                long all = sum;
                long cost = Math.min(all, context.reader().maxDoc());
                float score = score();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        if (leadCost < all / LAZY_BELOW) {
                            return lazily(context, leadCost, score);
                        }
                        int maxDoc = context.reader().maxDoc();
                        FixedBitSet bits = new SegmentMatches(suppliers, maxDoc).find(0, maxDoc, null);
                        return new ConstantScoreScorer(
                                score, scoreMode, new BitSetIterator(bits, bits.approximateCardinality()));
                    }

                    /**
                     * Over a whole segment, checks phrases only on the documents accepted (live, and
                     * those the caller may still count), which a scorer cannot be told.
                     */
                    @Override
                    public BulkScorer bulkScorer() throws IOException {
                        var matches =
                                new SegmentMatches(suppliers, context.reader().maxDoc());
                        return new BulkScorer() {
                            @Override
                            public int score(LeafCollector collector, Bits acceptDocs, int min, int max)
                                    throws IOException {
                                collector.setScorer(new Scorable() {
                                    @Override
                                    public float score() {
                                        return score;
                                    }
                                });
                                int end = Math.min(max, context.reader().maxDoc());
                                if (min >= end) {
                                    return end >= context.reader().maxDoc() ? DocIdSetIterator.NO_MORE_DOCS : end;
                                }
                                FixedBitSet bits = matches.find(min, end, acceptDocs);
                                for (int doc = min < end ? bits.nextSetBit(min, end) : DocIdSetIterator.NO_MORE_DOCS;
                                        doc != DocIdSetIterator.NO_MORE_DOCS;
                                        doc = doc + 1 < end
                                                ? bits.nextSetBit(doc + 1, end)
                                                : DocIdSetIterator.NO_MORE_DOCS) {
                                    collector.collect(doc);
                                }
                                return end >= context.reader().maxDoc() ? DocIdSetIterator.NO_MORE_DOCS : end;
                            }

                            @Override
                            public long cost() {
                                return cost;
                            }
                        };
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }

            /** A plain disjunction of the same queries, which checks only the documents asked for. */
            private Scorer lazily(LeafReaderContext context, long leadCost, float score) throws IOException {
                Weight w = disjunction(searcher);
                Scorer s = w.scorerSupplier(context).get(leadCost);
                TwoPhaseIterator twoPhase = s.twoPhaseIterator();
                return twoPhase == null
                        ? new ConstantScoreScorer(score, scoreMode, s.iterator())
                        : new ConstantScoreScorer(score, scoreMode, twoPhase);
            }

            private synchronized Weight disjunction(IndexSearcher searcher) throws IOException {
                if (disjunction == null) {
                    var b = new BooleanQuery.Builder();
                    queries.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
                    disjunction = searcher.createWeight(b.build(), ScoreMode.COMPLETE_NO_SCORES, 1f);
                }
                return disjunction;
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return weights.stream().allMatch(w -> w.isCacheable(context));
            }
        };
    }

    /**
     * A segment's matches, found window by window (windows in increasing order) into one bit set:
     * queries without a second-phase check straight into it, then the others, the most frequent
     * approximation first, each checked only where no query before it matched and where the
     * caller accepts the document (null: everywhere, deleted documents included, as a scorer
     * returns them).
     */
    private static final class SegmentMatches {
        private final List<DocIdSetIterator> plain = new ArrayList<>();
        private final List<TwoPhaseIterator> checked = new ArrayList<>();
        private final FixedBitSet bits;

        SegmentMatches(List<ScorerSupplier> suppliers, int maxDoc) throws IOException {
            var twoPhase = new ArrayList<Scorer>();
            for (ScorerSupplier supplier : suppliers) {
                Scorer scorer = supplier.get(Long.MAX_VALUE);
                if (scorer.twoPhaseIterator() == null) {
                    plain.add(scorer.iterator());
                } else {
                    twoPhase.add(scorer);
                }
            }
            twoPhase.sort(
                    Comparator.comparingLong((Scorer s) -> s.iterator().cost()).reversed());
            twoPhase.forEach(s -> checked.add(s.twoPhaseIterator()));
            bits = new FixedBitSet(maxDoc);
        }

        /** Adds the matches in [{@code min}, {@code end}) among {@code accepted}; returns all found. */
        FixedBitSet find(int min, int end, Bits accepted) throws IOException {
            for (DocIdSetIterator it : plain) {
                if (it.docID() < min) {
                    it.advance(min);
                }
                it.intoBitSet(end, bits, 0);
            }
            for (TwoPhaseIterator twoPhase : checked) {
                DocIdSetIterator candidates = twoPhase.approximation();
                int doc = candidates.docID() < min ? candidates.advance(min) : candidates.docID();
                for (; doc < end; doc = candidates.nextDoc()) {
                    if (!bits.get(doc) && (accepted == null || accepted.get(doc)) && twoPhase.matches()) {
                        bits.set(doc);
                    }
                }
            }
            if (accepted != null) {
                for (int doc = bits.nextSetBit(min, end);
                        doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = doc + 1 < end ? bits.nextSetBit(doc + 1, end) : DocIdSetIterator.NO_MORE_DOCS) {
                    if (!accepted.get(doc)) {
                        bits.clear(doc);
                    }
                }
            }
            return bits;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor sub = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
        queries.forEach(q -> q.visit(sub));
    }

    @Override
    public String toString(String field) {
        var s = new StringBuilder("anyOf(");
        for (int i = 0; i < queries.size(); i++) {
            s.append(i == 0 ? "" : " | ").append(queries.get(i).toString(field));
        }
        return s.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && queries.equals(((AnyOfQuery) o).queries);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + queries.hashCode();
    }
}
