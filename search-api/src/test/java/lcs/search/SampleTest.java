package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.index.RandomIndexWriter;
import org.apache.lucene.tests.search.CheckHits;
import org.apache.lucene.tests.search.QueryUtils;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * {@link Sample} proven the way Lucene proves its own queries: {@code QueryUtils.check} (equality,
 * explanations, skipping, the same segments inside other readers) and {@code CheckHits} against a
 * brute-force run, on random indexes with random segment layouts.
 */
public class SampleTest extends LuceneTestCase {
    private static final String[] COLOURS = {"red", "green", "blue", "gold"};

    private RandomIndex index;
    private IndexSearcher searcher;
    private Sample sample;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        index = closeAfterTest(RandomIndex.of(atLeast(1_500), i -> {
            var doc = new Document();
            // Colour is skewed (red most common) so that the sample is seen to follow any distribution.
            doc.add(new StringField("colour", COLOURS[Math.min(random().nextInt(8), 3)], Field.Store.NO));
            doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
            return doc;
        }));
        searcher = index.searcher();
        sample = Sample.of(searcher.getIndexReader());
    }

    public void testLevelQueriesPassQueryUtils() throws IOException {
        for (int level = 1; level <= Sample.MAX_LEVEL; level++) {
            QueryUtils.check(random(), sample.restrict(new MatchAllDocsQuery(), level), searcher);
            QueryUtils.check(random(), sample.restrict(colour("green"), level), searcher);
        }
    }

    public void testEqualityFollowsTheSampleAndTheLevel() {
        Query one = sample.restrict(new MatchAllDocsQuery(), 3);
        assertEquals(one, sample.restrict(new MatchAllDocsQuery(), 3));
        assertEquals(one.hashCode(), sample.restrict(new MatchAllDocsQuery(), 3).hashCode());
        QueryUtils.checkUnequal(one, sample.restrict(new MatchAllDocsQuery(), 4));
        QueryUtils.checkUnequal(one, Sample.of(searcher.getIndexReader()).restrict(new MatchAllDocsQuery(), 3));
    }

    public void testEachLevelHoldsAboutHalfOfTheOneBelowAndOnlyItsDocuments() throws IOException {
        FixedBitSet below = hits(new MatchAllDocsQuery());
        for (int level = 1; level <= Sample.MAX_LEVEL; level++) {
            FixedBitSet at = hits(sample.restrict(new MatchAllDocsQuery(), level));
            FixedBitSet outside = at.clone();
            outside.andNot(below);
            assertEquals("documents of level " + level + " missing from the level below", 0, outside.cardinality());
            double expected = below.cardinality() / 2.0;
            double sigma = Math.sqrt(below.cardinality() / 4.0);
            assertTrue(
                    "level " + level + " holds " + at.cardinality() + " of " + below.cardinality(),
                    Math.abs(at.cardinality() - expected) <= 6 * sigma + 2);
            below = at;
        }
    }

    public void testRestrictFindsTheQueryMatchesInsideTheSample() throws IOException {
        for (String c : COLOURS) {
            for (int level = 1; level <= Sample.MAX_LEVEL; level++) {
                FixedBitSet expected = hits(colour(c));
                expected.and(hits(sample.restrict(new MatchAllDocsQuery(), level)));
                CheckHits.checkHitCollector(
                        random(), sample.restrict(colour(c), level), "colour", searcher, docs(expected));
                // The same through a query a caller builds around it.
                Query nested = new BooleanQuery.Builder()
                        .add(sample.restrict(new MatchAllDocsQuery(), level), BooleanClause.Occur.MUST)
                        .add(colour(c), BooleanClause.Occur.FILTER)
                        .build();
                CheckHits.checkHitCollector(random(), nested, "colour", searcher, docs(expected));
            }
        }
    }

    public void testScaledCountsEstimateEveryValue() throws IOException {
        int level = 2;
        for (String c : COLOURS) {
            long truth = searcher.count(colour(c));
            long estimate = (long) searcher.count(sample.restrict(colour(c), level)) << level;
            // Binomial: the sampled count has a standard deviation of sqrt(n p (1 - p)), p = 1/4.
            double sigma = Math.sqrt(truth * 0.25 * 0.75) * 4;
            assertTrue(c + ": estimated " + estimate + ", truly " + truth, Math.abs(estimate - truth) <= 6 * sigma + 4);
        }
    }

    public void testTheSameSegmentsInAnotherReaderKeepTheirSample() throws IOException {
        FixedBitSet direct = hits(sample.restrict(colour("red"), 1));
        // The same segments inside a larger reader: each keeps its own sampled documents.
        try (var empty = new MultiReader();
                var wrapped = new MultiReader(new IndexReader[] {empty, searcher.getIndexReader()}, false)) {
            var wrappedSearcher = newSearcher(wrapped, false);
            assertEquals(direct.cardinality(), wrappedSearcher.count(sample.restrict(colour("red"), 1)));
        }
    }

    public void testSegmentsOutsideTheSampleMatchNothing() throws IOException {
        Directory other = newDirectory();
        var writer = new RandomIndexWriter(random(), other);
        for (int i = 0; i < 50; i++) {
            var doc = new Document();
            doc.add(new StringField("colour", "red", Field.Store.NO));
            writer.addDocument(doc);
        }
        try (DirectoryReader otherReader = writer.getReader()) {
            writer.close();
            assertEquals(0, newSearcher(otherReader, false).count(sample.restrict(new MatchAllDocsQuery(), 1)));
        } finally {
            other.close();
        }
    }

    public void testLevelsOutsideTheRangeAreRefused() {
        expectThrows(IllegalArgumentException.class, () -> sample.restrict(new MatchAllDocsQuery(), 0));
        expectThrows(
                IllegalArgumentException.class, () -> sample.restrict(new MatchAllDocsQuery(), Sample.MAX_LEVEL + 1));
    }

    private static Query colour(String c) {
        return new TermQuery(new Term("colour", c));
    }

    /** Every match, one by one: the brute-force side. */
    private FixedBitSet hits(Query q) throws IOException {
        var bits = new FixedBitSet(searcher.getIndexReader().maxDoc());
        for (ScoreDoc sd :
                searcher.search(q, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
            bits.set(sd.doc);
        }
        return bits;
    }

    private static int[] docs(FixedBitSet bits) {
        var out = new ArrayList<Integer>();
        var it = new BitSetIterator(bits, 0);
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            out.add(d);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
