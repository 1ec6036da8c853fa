package lcs.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lcs.search.RandomIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.tests.search.CheckHits;
import org.apache.lucene.tests.search.QueryUtils;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.FixedBitSet;

/**
 * {@link AnyOfQuery} tested as Lucene tests its own queries, on random indexes with random segment
 * layouts: {@link QueryUtils#check}, and the same matches as Lucene's own
 * disjunction of the same queries (terms and phrases in several fields), alone (every match of a
 * segment found at once) and under a rare required word (the documents it leads to checked one by
 * one), and bulk scored over a segment with only some documents accepted.
 */
public class AnyOfQueryTest extends LuceneTestCase {
    private static final String[] WORDS = {"learning", "city", "library", "festival", "adult", "river", "school"};
    private static final String[] FIELDS = {"title", "body"};

    private RandomIndex index;
    private IndexSearcher searcher;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        index = closeAfterTest(RandomIndex.of(200 + random().nextInt(300), i -> {
            var doc = new Document();
            for (String field : FIELDS) {
                var text = new StringBuilder();
                for (int w = random().nextInt(field.equals("title") ? 4 : 14); w > 0; w--) {
                    text.append(WORDS[random().nextInt(random().nextBoolean() ? 3 : WORDS.length)])
                            .append(' ');
                }
                if (random().nextInt(40) == 0) {
                    text.append("rare ");
                }
                doc.add(new TextField(field, text.toString(), Field.Store.NO));
            }
            return doc;
        }));
        searcher = index.searcher();
    }

    private static String word() {
        return WORDS[random().nextInt(WORDS.length)];
    }

    private static String field() {
        return FIELDS[random().nextInt(FIELDS.length)];
    }

    private static Query part() {
        if (random().nextBoolean()) {
            return new TermQuery(new Term(field(), word()));
        }
        String field = field();
        return new PhraseQuery(random().nextInt(3) == 0 ? 2 : 0, field, word(), word());
    }

    private static List<Query> parts() {
        var parts = new ArrayList<Query>();
        for (int n = 2 + random().nextInt(6); n > 0; n--) {
            parts.add(part());
        }
        return parts;
    }

    private static Query disjunction(List<Query> parts) {
        var b = new BooleanQuery.Builder();
        parts.forEach(p -> b.add(p, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private static Query underRareWord(Query q) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "rare")), BooleanClause.Occur.FILTER)
                .add(q, BooleanClause.Occur.MUST)
                .build();
    }

    public void testPassesQueryUtils() {
        for (int i = 0; i < 5; i++) {
            Query q = AnyOfQuery.of(parts());
            QueryUtils.check(random(), q, searcher);
            QueryUtils.check(random(), underRareWord(q), searcher);
        }
    }

    public void testMatchesWhatLucenesDisjunctionMatches() throws IOException {
        for (int i = 0; i < 30; i++) {
            List<Query> parts = parts();
            Query any = AnyOfQuery.of(parts);
            assertSameMatches(disjunction(parts), any);
            assertSameMatches(underRareWord(disjunction(parts)), underRareWord(any));
        }
    }

    public void testBulkScoringCollectsOnlyTheAcceptedMatches() throws IOException {
        for (int i = 0; i < 20; i++) {
            List<Query> parts = parts();
            Weight any =
                    searcher.createWeight(searcher.rewrite(AnyOfQuery.of(parts)), ScoreMode.COMPLETE_NO_SCORES, 1f);
            Weight lucene =
                    searcher.createWeight(searcher.rewrite(disjunction(parts)), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var accepted = new FixedBitSet(leaf.reader().maxDoc());
                for (int doc = 0; doc < accepted.length(); doc++) {
                    if (random().nextInt(3) > 0) {
                        accepted.set(doc);
                    }
                }
                assertEquals(collect(lucene, leaf, accepted), collect(any, leaf, accepted));
            }
        }
    }

    private static List<Integer> collect(Weight weight, LeafReaderContext leaf, FixedBitSet accepted)
            throws IOException {
        var docs = new ArrayList<Integer>();
        BulkScorer scorer = weight.bulkScorer(leaf);
        if (scorer != null) {
            scorer.score(
                    new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {}

                        @Override
                        public void collect(int doc) {
                            docs.add(doc);
                        }
                    },
                    accepted,
                    0,
                    DocIdSetIterator.NO_MORE_DOCS);
        }
        return docs;
    }

    public void testFlattensNestedDisjunctionsAndKeepsASingleQueryAsItIs() {
        Query a = new TermQuery(new Term("body", "city"));
        Query b = new TermQuery(new Term("body", "river"));
        Query c = new TermQuery(new Term("title", "adult"));
        assertEquals(AnyOfQuery.of(List.of(a, b, c)), AnyOfQuery.of(List.of(AnyOfQuery.of(List.of(a, b)), c)));
        assertSame(a, AnyOfQuery.of(List.of(a)));
        QueryUtils.checkUnequal(AnyOfQuery.of(List.of(a, b)), AnyOfQuery.of(List.of(a, c)));
    }

    private void assertSameMatches(Query expected, Query actual) throws IOException {
        ScoreDoc[] hits =
                searcher.search(expected, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        java.util.Arrays.sort(docs);
        CheckHits.checkHitCollector(random(), actual, "body", searcher, docs);
    }
}
