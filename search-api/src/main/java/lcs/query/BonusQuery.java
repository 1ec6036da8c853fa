package lcs.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
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
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        float add = bonus * boost;
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
                        return new FilterScorer(supplier.get(leadCost)) {
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
