package lcs.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The bare-Lucene yardstick for {@code lcs bench search}: what a short program does with Lucene
 * alone over the same corpus ({@link BaselineIndexer}'s index, text stored): the words OR-ed over
 * one {@link StandardAnalyzer} field, the filters as a drill-down, top 10 with Lucene's defaults
 * (exact count up to 1,000, then pruning), exact drill-sideways counts of the five facets, and a
 * snippet per hit from the unified highlighter. No typos, no stemming, no languages, no aliases.
 */
final class BareLuceneSearch implements AutoCloseable {
    private static final List<String> FACETS = List.of("country", "region", "year", "type", "language");

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;
    private final FacetsConfig config = new FacetsConfig();
    private final Analyzer analyzer = new StandardAnalyzer();
    private final UnifiedHighlighter highlighter;

    BareLuceneSearch(Path index) throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(index));
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
        highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
    }

    /** Builds the index this search reads (the baseline schema, text stored with offsets). */
    static long build(Path corpus, Path index) throws IOException {
        return new BaselineIndexer(Runtime.getRuntime().availableProcessors(), 256, true).build(corpus, index);
    }

    /** One search: hits, total, facet counts and snippets; returns the total so nothing is optimised away. */
    long search(String q, Map<String, List<String>> filters, int size) throws IOException {
        var ddq = new DrillDownQuery(config, query(q));
        filters.forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
        var result =
                new DrillSideways(searcher, config, state).search(ddq, new TopScoreDocCollectorManager(size, 1_000));
        TopDocs top = result.collectorResult;
        long sum = top.totalHits.value();
        for (String dim : FACETS) {
            var fr = result.facets.getAllChildren(dim);
            sum += fr == null ? 0 : fr.childCount;
        }
        String[] snippets = highlighter.highlight("text", ddq, top, 1);
        for (String s : snippets) {
            sum += s == null ? 0 : s.length();
        }
        return sum;
    }

    private Query query(String q) throws IOException {
        var b = new BooleanQuery.Builder();
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("text", q)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && n < IndexSearcher.getMaxClauseCount()) {
                b.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                n++;
            }
            ts.end();
        }
        return n == 0 ? new MatchAllDocsQuery() : b.build();
    }

    @Override
    public void close() throws IOException {
        var dir = reader.directory();
        reader.close();
        dir.close();
    }
}
