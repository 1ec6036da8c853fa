package lcs.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Fixed pseudo-random samples of an index's documents, nested by level: level {@code L} holds
 * about one document in 2<sup>L</sup>, and every document of level L+1 is also in level L. Counting
 * a query's matches inside a sample and multiplying by 2<sup>L</sup> estimates totals and facet
 * counts for result sets too large to count exactly within a request's budget.
 *
 * <p>Membership depends only on a document's position in the index, through a hash, so it is
 * spread evenly over countries, years and languages whatever order the corpus came in, and the
 * same query gets the same estimate every time.
 *
 * <p>The bits are kept per segment, keyed by the segment's core: a query over another reader that
 * holds the same segments (wrapped in a larger one, say) sees the same sample, and a segment the
 * sample was not built over matches nothing.
 */
final class Sample {
    static final int MAX_LEVEL = 8;

    /** Per segment core, per level 1..MAX_LEVEL (index level - 1). */
    private final Map<IndexReader.CacheKey, FixedBitSet[]> leaves;

    private Sample(Map<IndexReader.CacheKey, FixedBitSet[]> leaves) {
        this.leaves = leaves;
    }

    /** The samples of a reader's documents; its segments must have core cache keys (all Lucene segments do). */
    static Sample of(IndexReader reader) {
        var leaves = new HashMap<IndexReader.CacheKey, FixedBitSet[]>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            var levels = new FixedBitSet[MAX_LEVEL];
            for (int l = 0; l < MAX_LEVEL; l++) {
                levels[l] = new FixedBitSet(maxDoc);
            }
            for (int doc = 0; doc < maxDoc; doc++) {
                // The low bits of a good hash: level L takes the documents whose lowest L bits are zero.
                int zeros = Long.numberOfTrailingZeros(mix(leaf.docBase + doc));
                for (int l = 0; l < Math.min(zeros, MAX_LEVEL); l++) {
                    levels[l].set(doc);
                }
            }
            leaves.put(coreKey(leaf), levels);
        }
        return new Sample(Map.copyOf(leaves));
    }

    /** The documents of {@code query} that are in the sample of the given level (1..MAX_LEVEL). */
    Query restrict(Query query, int level) {
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("sample level " + level + " is not in 1.." + MAX_LEVEL);
        }
        Query sample = new LevelQuery(this, level);
        if (query instanceof MatchAllDocsQuery) {
            return sample;
        }
        return new BooleanQuery.Builder()
                .add(sample, BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.FILTER)
                .build();
    }

    private static IndexReader.CacheKey coreKey(LeafReaderContext leaf) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            throw new IllegalArgumentException("segment " + leaf.ord + " has no core cache key: " + leaf.reader());
        }
        return helper.getKey();
    }

    /** SplitMix64's finaliser: consecutive numbers get unrelated bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Matches the documents of one sample level. */
    private static final class LevelQuery extends Query {
        private final Sample sample;
        private final int level;

        LevelQuery(Sample sample, int level) {
            this.sample = sample;
            this.level = level;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                    IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
                    FixedBitSet[] levels = helper == null ? null : sample.leaves.get(helper.getKey());
                    if (levels == null) {
                        return null; // not a segment this sample was built over
                    }
                    FixedBitSet bits = levels[level - 1];
                    long cardinality = bits.cardinality();
                    var scorer = new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(bits, cardinality));
                    return new DefaultScorerSupplier(scorer);
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false; // already a bit set in memory
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "sample(1/" + (1 << level) + ")";
        }

        @Override
        public boolean equals(Object o) {
            return sameClassAs(o) && ((LevelQuery) o).sample == sample && ((LevelQuery) o).level == level;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * classHash() + System.identityHashCode(sample)) + level;
        }
    }
}
