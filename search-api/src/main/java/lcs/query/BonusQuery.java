package lcs.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Scores as the wrapped query plus a constant wherever it matches. This is the coordination bonus
 * ("documents matching more words first") in one pass: the same ranking as adding a constant-score
 * copy of the clause beside it, without reading the clause's postings twice.
 */
final class BonusQuery extends Query {
    private final Query in;
    private final float bonus;

    BonusQuery(Query in, float bonus) {
        this.in = Objects.requireNonNull(in);
        this.bonus = bonus;
    }

    /** The query whose score the bonus is added to, and whose matches are this query's. */
    Query inner() {
        return in;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return in.createWeight(searcher, scoreMode, boost);
        }
        float add = bonus * boost;
        if (in instanceof DisjunctionMaxQuery dismax && dismax.getTieBreakerMultiplier() == 0f && onlyTerms(dismax)) {
            return new BestAlternativeWeight(searcher, dismax, scoreMode, boost, add);
        }
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier == null) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return withBonus(supplier.get(leadCost), add);
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) {
                    return e;
                }
                return Explanation.match(
                        e.getValue().floatValue() + add, "sum of:", e, Explanation.match(add, "coordination bonus"));
            }
        };
    }

    /**
     * The weight of a dismax with tie-breaker 0 plus the bonus: each alternative weighed as Lucene's
     * dismax weighs it, scored by {@link BestAlternativeScorer} (which scores a window of matches in
     * bulk), explained and matched as Lucene's dismax explains and matches.
     */
    private final class BestAlternativeWeight extends Weight {
        private final List<Weight> alternatives = new ArrayList<>();
        private final float add;

        BestAlternativeWeight(
                IndexSearcher searcher, DisjunctionMaxQuery dismax, ScoreMode scoreMode, float boost, float add)
                throws IOException {
            super(BonusQuery.this);
            for (Query q : dismax.getDisjuncts()) {
                alternatives.add(searcher.createWeight(q, scoreMode, boost));
            }
            this.add = add;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            var suppliers = new ArrayList<ScorerSupplier>();
            for (Weight w : alternatives) {
                ScorerSupplier s = w.scorerSupplier(context);
                if (s != null) {
                    suppliers.add(s);
                }
            }
            if (suppliers.isEmpty()) {
                return null;
            }
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    var scorers = new ArrayList<Scorer>(suppliers.size());
                    for (ScorerSupplier s : suppliers) {
                        scorers.add(s.get(leadCost));
                    }
                    return scorers.size() == 1
                            ? withBonus(scorers.get(0), add)
                            : new BestAlternativeScorer(scorers, add);
                }

                @Override
                public long cost() {
                    long cost = 0;
                    for (ScorerSupplier s : suppliers) {
                        cost += s.cost();
                    }
                    return cost;
                }

                @Override
                public void setTopLevelScoringClause() throws IOException {
                    // Minimum scores reach every alternative (tie-breaker 0), so each must be able to skip.
                    for (ScorerSupplier s : suppliers) {
                        s.setTopLevelScoringClause();
                    }
                }
            };
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            float best = 0;
            var matched = new ArrayList<Explanation>();
            for (Weight w : alternatives) {
                Explanation e = w.explain(context, doc);
                if (e.isMatch()) {
                    matched.add(e);
                    best = Math.max(best, e.getValue().floatValue());
                }
            }
            if (matched.isEmpty()) {
                return Explanation.noMatch("no alternative matches");
            }
            return Explanation.match(
                    best + add,
                    "sum of:",
                    Explanation.match(best, "max of:", matched),
                    Explanation.match(add, "coordination bonus"));
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            var found = new ArrayList<Matches>();
            for (Weight w : alternatives) {
                Matches m = w.matches(context, doc);
                if (m != null) {
                    found.add(m);
                }
            }
            return MatchesUtils.fromSubMatches(found);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            for (Weight w : alternatives) {
                if (!w.isCacheable(context)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Whether every leaf of a query is a plain term. {@link BestAlternativeScorer} iterates its
     * alternatives exactly, which suits terms; a phrase is checked in two phases, which Lucene's
     * dismax does lazily, so a dismax with a phrase (or any other kind of leaf) keeps Lucene's.
     */
    private static boolean onlyTerms(Query query) {
        var other = new boolean[1];
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                other[0] |= !(leaf instanceof TermQuery);
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                other[0] |= !(leaf instanceof TermQuery);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return !other[0];
    }

    /** One scorer plus the bonus, passing pruning through. */
    private static Scorer withBonus(Scorer in, float add) {
        return new FilterScorer(in) {
            @Override
            public float score() throws IOException {
                return in.score() + add;
            }

            @Override
            public float getMaxScore(int upTo) throws IOException {
                return in.getMaxScore(upTo) + add;
            }

            // The two below let Lucene skip documents that cannot reach the page (dynamic pruning).
            @Override
            public int advanceShallow(int target) throws IOException {
                return in.advanceShallow(target);
            }

            @Override
            public void setMinCompetitiveScore(float minScore) throws IOException {
                in.setMinCompetitiveScore(innerMinScore(minScore, add));
            }
        };
    }

    /**
     * The least score the wrapped query must reach for its sum with {@code add} to reach {@code
     * minScore}. Not simply {@code minScore - add}: the sum is rounded to a float, so a wrapped score
     * up to half an ulp of {@code minScore} below the difference still sums to {@code minScore} (a tie
     * the collector may still need), and the difference itself is rounded. One ulp of slack, taken
     * in double precision, then rounded down, covers both.
     */
    static float innerMinScore(float minScore, float add) {
        double least = (double) minScore - add - Math.ulp(minScore);
        float rounded = (float) least;
        return least <= 0 ? 0f : rounded > least ? Math.nextDown(rounded) : rounded;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? super.rewrite(searcher) : new BonusQuery(rewritten, bonus);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "bonus(" + in.toString(field) + ", " + bonus + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && in.equals(((BonusQuery) o).in) && bonus == ((BonusQuery) o).bonus;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + in.hashCode()) + Float.hashCode(bonus);
    }
}
