package lcs.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import lcs.schema.Schema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.BytesRef;

/**
 * {@link Rescorer} against Lucene's own {@link QueryRescorer} as the oracle for the scores, on
 * random indexes: the same bonus is added to the same documents, then the rescored hits are in
 * relevance order (score, newest, id) and the hits past the rescored depth keep their place.
 */
public class RescorerTest extends LuceneTestCase {
    private static final String[] WORDS = {"learning", "city", "library", "festival", "adult"};
    private static final Sort RELEVANCE = new Sort(
            SortField.FIELD_SCORE,
            new SortField(Schema.DATE_SORT, SortField.Type.LONG, true),
            new SortField(Schema.ID, SortField.Type.STRING));

    static {
        RELEVANCE.getSort()[1].setMissingValue(Long.MIN_VALUE);
    }

    private RandomIndex index;
    private IndexSearcher searcher;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        index = closeAfterTest(RandomIndex.of(150 + random().nextInt(250), i -> {
            var text = new StringBuilder();
            for (int w = random().nextInt(10); w > 0; w--) {
                text.append(WORDS[random().nextInt(WORDS.length)]).append(' ');
            }
            var doc = new Document();
            doc.add(new TextField("body", text.toString(), Field.Store.NO));
            doc.add(new SortedDocValuesField(
                    Schema.ID, new BytesRef(String.format(java.util.Locale.ROOT, "d%04d", i))));
            if (random().nextInt(4) > 0) {
                doc.add(new NumericDocValuesField(Schema.DATE_SORT, random().nextInt(5))); // many equal dates
            }
            return doc;
        }));
        searcher = index.searcher();
    }

    private static Query anyOf(String a, String b) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", a)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("body", b)), BooleanClause.Occur.SHOULD)
                .build();
    }

    public void testAddsTheSameBonusAsQueryRescorerThenSortsByRelevance() throws IOException {
        for (int round = 0; round < 10; round++) {
            String a = WORDS[random().nextInt(WORDS.length)];
            String b = WORDS[random().nextInt(WORDS.length)];
            Query first = anyOf(a, b);
            Query bonus = new PhraseQuery(random().nextInt(3), "body", a, b);
            int window = Rescorer.DEPTH + random().nextInt(50);
            TopFieldDocs top =
                    searcher.search(first, new TopFieldCollectorManager(RELEVANCE, window, null, Integer.MAX_VALUE));
            int depth = Math.min(Rescorer.DEPTH, top.scoreDocs.length);

            // Lucene's rescorer adds the second query's score where it matches, over the same first hits.
            var head = new TopDocs(top.totalHits, Arrays.copyOf(copy(top.scoreDocs), depth));
            Map<Integer, Float> expected = new HashMap<>();
            for (ScoreDoc d : QueryRescorer.rescore(searcher, head, bonus, 1.0, depth).scoreDocs) {
                expected.put(d.doc, d.score);
            }
            ScoreDoc[] tail = Arrays.copyOfRange(top.scoreDocs, depth, top.scoreDocs.length);

            TopFieldDocs rescored = Rescorer.rescore(searcher, top, bonus);
            assertEquals(top.scoreDocs.length, rescored.scoreDocs.length);
            for (int i = 0; i < depth; i++) {
                FieldDoc d = (FieldDoc) rescored.scoreDocs[i];
                assertEquals("doc " + d.doc, expected.get(d.doc), (Float) d.fields[0], 0f);
                if (i > 0) {
                    assertTrue("relevance order at " + i, inOrder((FieldDoc) rescored.scoreDocs[i - 1], d));
                }
            }
            for (int i = depth; i < rescored.scoreDocs.length; i++) {
                assertSame(tail[i - depth], rescored.scoreDocs[i]);
            }
        }
    }

    public void testHitsNoBonusMatchesKeepTheirOrder() throws IOException {
        Query first = anyOf("city", "library");
        TopFieldDocs top = searcher.search(first, new TopFieldCollectorManager(RELEVANCE, 50, null, Integer.MAX_VALUE));
        int[] before = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        TopFieldDocs rescored = Rescorer.rescore(searcher, top, new TermQuery(new Term("body", "no-such-word")));
        assertArrayEquals(
                before, Arrays.stream(rescored.scoreDocs).mapToInt(d -> d.doc).toArray());
    }

    /** Score descending, then newest (missing last), then id ascending. */
    private static boolean inOrder(FieldDoc a, FieldDoc b) {
        int byScore = Float.compare((Float) b.fields[0], (Float) a.fields[0]);
        if (byScore != 0) {
            return byScore < 0;
        }
        int byDate = Long.compare((Long) b.fields[1], (Long) a.fields[1]);
        if (byDate != 0) {
            return byDate < 0;
        }
        return ((BytesRef) a.fields[2]).compareTo((BytesRef) b.fields[2]) <= 0;
    }

    /**
     * The first pass as QueryRescorer takes it: a sorted collector leaves the score in the sort
     * fields only; and QueryRescorer sorts the array it is given, while ours must see it untouched.
     */
    private static ScoreDoc[] copy(ScoreDoc[] docs) {
        return Arrays.stream(docs)
                .map(d -> new ScoreDoc(d.doc, (Float) ((FieldDoc) d).fields[0]))
                .toArray(ScoreDoc[]::new);
    }
}
