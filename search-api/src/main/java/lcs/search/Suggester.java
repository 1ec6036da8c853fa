package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lcs.schema.Schema;
import lcs.schema.Tokens;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * As-you-type completions: city and country names whose name or one of whose words starts with
 * what was typed (names starting with it first, then those with most documents), then titles of
 * documents containing every typed word (the last as a prefix). Accent- and case-insensitive
 * through the neutral analyzer.
 */
public final class Suggester {
    private static final int MAX_PREFIX_TERMS = 64;

    private final Searcher searcher;

    public Suggester(Searcher searcher) {
        this.searcher = searcher;
    }

    /** The folded form used for matching names: neutral-analyzer tokens joined by spaces. */
    static String fold(String text) {
        return String.join(" ", Tokens.of(Schema.neutralAnalyzer(), Schema.TITLE, text));
    }

    public List<Suggestion> suggest(String q, int size) {
        String folded = fold(q == null ? "" : q);
        if (folded.isEmpty()) {
            return List.of();
        }
        IndexSnapshot s = searcher.acquire();
        try {
            Set<Suggestion> out = new LinkedHashSet<>();
            for (Names.Name name : s.names().startingWith(folded, size)) {
                out.add(new Suggestion(name.text(), name.kind(), null));
            }
            if (out.size() < size) {
                titles(s, folded, size - out.size(), out);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IndexUnavailableException("suggest failed reading the index: " + e.getMessage(), e);
        } finally {
            searcher.release(s);
        }
    }

    private static void titles(IndexSnapshot s, String folded, int n, Set<Suggestion> out) throws IOException {
        String[] words = folded.split(" ");
        var q = new BooleanQuery.Builder();
        for (int i = 0; i < words.length - 1; i++) {
            q.add(new TermQuery(new Term(Schema.TITLE, words[i])), BooleanClause.Occur.MUST);
        }
        String last = words[words.length - 1];
        q.add(
                new PrefixQuery(
                        new Term(Schema.TITLE, last),
                        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_TERMS)),
                BooleanClause.Occur.MUST);
        TopDocs top = s.searcher().search(q.build(), n);
        var stored = s.searcher().storedFields();
        List<Suggestion> titles = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            var r = Schema.record(stored.document(sd.doc));
            titles.add(new Suggestion(r.title(), "document", r.id()));
        }
        out.addAll(titles);
    }
}
