package lcs.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lcs.corpus.CorpusRecord;
import lcs.schema.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Whole documents by id, and the documents most like one ("related"). */
public final class Documents {
    private final Searcher searcher;

    public Documents(Searcher searcher) {
        this.searcher = searcher;
    }

    /**
     * The full record in the corpus format.
     *
     * @throws NotFoundException if no document has this id
     */
    public Map<String, Object> get(String id) {
        IndexSnapshot s = searcher.acquire();
        try {
            return find(s, id).toMap();
        } catch (IOException e) {
            throw new IndexUnavailableException("reading the index failed: " + e.getMessage(), e);
        } finally {
            searcher.release(s);
        }
    }

    /** Up to {@code n} documents most similar in wording to the one with this id. */
    public List<Hit> related(String id, int n) {
        IndexSnapshot s = searcher.acquire();
        try {
            CorpusRecord r = find(s, id);
            var mlt = new MoreLikeThis(s.reader());
            mlt.setAnalyzer(Schema.neutralAnalyzer());
            mlt.setFieldNames(new String[] {Schema.BODY});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxDocFreqPct(60);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(30);
            Query like = mlt.like(Schema.BODY, new StringReader(r.title() + "\n" + r.body()));
            var q = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            TopDocs top = s.searcher().search(q, n);
            var stored = s.searcher().storedFields();
            var hits = new ArrayList<Hit>();
            for (ScoreDoc sd : top.scoreDocs) {
                CorpusRecord o = Schema.record(stored.document(sd.doc));
                String lead =
                        SnippetFormatter.lead(o.summary() != null ? o.summary() : o.body(), IndexSnapshot.SNIPPET_GOAL);
                hits.add(Hit.of(o, lead, sd.score, null));
            }
            return hits;
        } catch (IOException e) {
            throw new IndexUnavailableException("reading the index failed: " + e.getMessage(), e);
        } finally {
            searcher.release(s);
        }
    }

    private static CorpusRecord find(IndexSnapshot s, String id) throws IOException {
        TopDocs top = s.searcher().search(new TermQuery(new Term(Schema.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            throw new NotFoundException("no document with id \"" + id + "\"");
        }
        return Schema.record(s.searcher().storedFields().document(top.scoreDocs[0].doc));
    }
}
