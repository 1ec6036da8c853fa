package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The exact total and facet counts of a request, from one non-scoring pass over its query (without
 * the filters) into a bit set per segment. The filters are bit sets of the same documents, read
 * from {@link FacetOrdinals}, and each match is counted by reading its ordinals. A dimension that
 * has a filter of its own is counted over the matches of the other filters only, as drill-sideways
 * counts it: its count of a value not selected is the total that selecting it too would give.
 *
 * <p>The cost grows with the matches of the query (one pass of the postings, then a few array
 * reads per match), not with the number of facet values, and no query is run once per value: this
 * is what keeps large result sets exact.
 */
final class ExactCounts {
    private long total;
    private final long[] counts;
    private final FacetOrdinals ordinals;

    private ExactCounts(long total, long[] counts, FacetOrdinals ordinals) {
        this.total = total;
        this.counts = counts;
        this.ordinals = ordinals;
    }

    /**
     * Counts {@code query}'s matches under {@code filters} (dimension → values, any of which may
     * match) in each of the dimensions {@code dims} (indexes of {@link FacetOrdinals#DIMS}).
     */
    static ExactCounts count(
            IndexSearcher searcher,
            FacetOrdinals ordinals,
            Query query,
            Map<String, List<String>> filters,
            List<Integer> dims)
            throws IOException {
        List<Integer> filtered = new ArrayList<>();
        List<boolean[]> accepted = new ArrayList<>();
        for (var f : filters.entrySet()) {
            int d = FacetOrdinals.DIMS.indexOf(f.getKey());
            if (d < 0) {
                throw new IllegalArgumentException("not a facet dimension: " + f.getKey());
            }
            boolean[] accepts = new boolean[ordinals.size()];
            for (String value : f.getValue()) {
                int ord = ordinals.ordinal(f.getKey(), value);
                if (ord >= 0) {
                    accepts[ord] = true;
                }
            }
            filtered.add(d);
            accepted.add(accepts);
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        // One task per slice of segments, run on the searcher's threads (with the calling one).
        var tasks = new ArrayList<Callable<ExactCounts>>();
        for (IndexSearcher.LeafSlice slice : searcher.getSlices()) {
            tasks.add(() -> {
                var partial = new ExactCounts(0, new long[ordinals.size()], ordinals);
                for (IndexSearcher.LeafReaderContextPartition p : slice.partitions) {
                    if (p.minDocId != 0 || p.maxDocId < p.ctx.reader().maxDoc()) {
                        throw new IllegalStateException("counting needs whole segments, not " + p);
                    }
                    partial.add(weight, p.ctx, dims, filtered, accepted);
                }
                return partial;
            });
        }
        var all = new ExactCounts(0, new long[ordinals.size()], ordinals);
        for (ExactCounts partial : searcher.getTaskExecutor().invokeAll(tasks)) {
            all.total += partial.total;
            for (int i = 0; i < all.counts.length; i++) {
                all.counts[i] += partial.counts[i];
            }
        }
        return all;
    }

    /** Counts a segment's matches into this. */
    private void add(
            Weight weight, LeafReaderContext leaf, List<Integer> dims, List<Integer> filtered, List<boolean[]> accepted)
            throws IOException {
        FixedBitSet matches = matches(weight, leaf, counted(leaf, ordinals, filtered, accepted));
        if (matches == null) {
            return;
        }
        // One bit set per filter over this segment's matches, then their intersection.
        var passes = new FixedBitSet[filtered.size()];
        for (int i = 0; i < passes.length; i++) {
            passes[i] = accepting(matches, ordinals.of(filtered.get(i)), accepted.get(i), leaf.docBase);
        }
        FixedBitSet all = intersection(matches, passes, -1);
        total += all.cardinality();
        var unfiltered = new ArrayList<Integer>();
        for (int d : dims) {
            int own = filtered.indexOf(d);
            if (own < 0) {
                unfiltered.add(d);
            } else {
                // Drill-sideways: this dimension's own filter left out.
                count(intersection(matches, passes, own), List.of(d), ordinals, leaf.docBase, counts);
            }
        }
        count(all, unfiltered, ordinals, leaf.docBase, counts);
    }

    /** The matches counted under every filter. */
    long total() {
        return total;
    }

    /** A dimension's values with at least one match, in ordinal order, with their counts. */
    Map<String, Long> values(String dim) throws IOException {
        var out = new LinkedHashMap<String, Long>();
        var range = ordinals.range(dim);
        if (range != null) {
            for (int ord = range.start(); ord <= range.end(); ord++) {
                if (counts[ord] > 0) {
                    out.put(ordinals.value(ord), counts[ord]);
                }
            }
        }
        return out;
    }

    /**
     * The documents of a segment whose matches are counted: the live ones, and with two filters or
     * more only those failing at most one of them. A document that fails two filters is in no count
     * (drill-sideways leaves out one filter at a time), so the query need not be checked on it.
     */
    private static Bits counted(
            LeafReaderContext leaf, FacetOrdinals ordinals, List<Integer> filtered, List<boolean[]> accepted) {
        Bits live = leaf.reader().getLiveDocs();
        if (filtered.size() < 2) {
            return live;
        }
        int[][] ords = new int[filtered.size()][];
        for (int i = 0; i < ords.length; i++) {
            ords[i] = ordinals.of(filtered.get(i));
        }
        int maxDoc = leaf.reader().maxDoc();
        var bits = new FixedBitSet(maxDoc);
        for (int doc = 0; doc < maxDoc; doc++) {
            int failed = 0;
            for (int i = 0; i < ords.length && failed < 2; i++) {
                int ord = ords[i][leaf.docBase + doc];
                if (ord < 0 || !accepted.get(i)[ord]) {
                    failed++;
                }
            }
            if (failed < 2) {
                bits.set(doc);
            }
        }
        if (live != null) {
            live.applyMask(bits, 0);
        }
        return bits;
    }

    /** The documents of a segment among {@code counted} that match, or null when none can. */
    private static FixedBitSet matches(Weight weight, LeafReaderContext leaf, Bits counted) throws IOException {
        BulkScorer scorer = weight.bulkScorer(leaf);
        if (scorer == null) {
            return null;
        }
        var bits = new FixedBitSet(leaf.reader().maxDoc());
        scorer.score(
                new LeafCollector() {
                    private final int[] batch = new int[512];

                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) {
                        bits.set(doc);
                    }

                    @Override
                    public void collect(DocIdStream stream) {
                        for (int n; (n = stream.intoArray(batch)) > 0; ) {
                            for (int i = 0; i < n; i++) {
                                bits.set(batch[i]);
                            }
                        }
                    }
                },
                counted,
                0,
                DocIdSetIterator.NO_MORE_DOCS);
        return bits;
    }

    /** The matches whose value in a dimension is accepted by its filter. */
    private static FixedBitSet accepting(FixedBitSet matches, int[] ords, boolean[] accepts, int docBase) {
        var bits = new FixedBitSet(matches.length());
        long[] words = matches.getBits();
        for (int i = 0; i < words.length; i++) {
            for (long w = words[i]; w != 0; w &= w - 1) {
                int doc = (i << 6) | Long.numberOfTrailingZeros(w);
                int ord = ords[docBase + doc];
                if (ord >= 0 && accepts[ord]) {
                    bits.set(doc);
                }
            }
        }
        return bits;
    }

    /** The matches that pass every filter but the one at {@code except} (-1: every filter). */
    private static FixedBitSet intersection(FixedBitSet matches, FixedBitSet[] passes, int except) {
        FixedBitSet out = matches;
        for (int i = 0; i < passes.length; i++) {
            if (i != except) {
                out = out == matches ? passes[i].clone() : out;
                out.and(passes[i]);
            }
        }
        return out;
    }

    /**
     * Adds each document's value in each of {@code dims} to {@code counts}. One walk over the bits
     * reads every dimension of a document: at a million matches the walk, not the reads, is what
     * costs, and a loop per dimension walked the bits once for each.
     */
    private static void count(
            FixedBitSet docs, List<Integer> dims, FacetOrdinals ordinals, int docBase, long[] counts) {
        if (dims.isEmpty()) {
            return;
        }
        int[][] ords = new int[dims.size()][];
        for (int d = 0; d < ords.length; d++) {
            ords[d] = ordinals.of(dims.get(d));
        }
        long[] words = docs.getBits();
        for (int i = 0; i < words.length; i++) {
            for (long w = words[i]; w != 0; w &= w - 1) {
                int doc = docBase + ((i << 6) | Long.numberOfTrailingZeros(w));
                for (int[] dim : ords) {
                    int ord = dim[doc];
                    if (ord >= 0) {
                        counts[ord]++;
                    }
                }
            }
        }
    }
}
