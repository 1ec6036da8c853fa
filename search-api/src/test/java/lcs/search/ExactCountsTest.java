package lcs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import lcs.query.AnyOfQuery;
import lcs.schema.Schema;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * {@link ExactCounts} against Lucene's own drill-sideways counting, on random indexes (several
 * segments, deleted documents, documents missing a dimension) and random requests with zero to
 * three filtered dimensions, several values in one, and values no document has. With two filters
 * or more only documents failing at most one are checked against the query. Half the runs count
 * the segments in parallel, one slice each.
 */
class ExactCountsTest {
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon"};
    private static final Map<String, String[]> VALUES = values();

    @RepeatedTest(20)
    void every_total_and_facet_count_is_what_drill_sideways_counts(RepetitionInfo run) throws IOException {
        var random = new Random(7919L * run.getCurrentRepetition());
        try (var dir = new ByteBuffersDirectory();
                var threads = Executors.newFixedThreadPool(3)) {
            index(dir, random);
            try (var reader = DirectoryReader.open(dir)) {
                // Every other run counts each segment as a slice of its own on other threads.
                var searcher = run.getCurrentRepetition() % 2 == 0
                        ? new IndexSearcher(reader, threads) {
                            @Override
                            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                                return slices(leaves, 1, 1, false);
                            }
                        }
                        : new IndexSearcher(reader);
                var state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facets());
                var ordinals = FacetOrdinals.of(state);
                var dims = new ArrayList<Integer>();
                for (int d = 0; d < FacetOrdinals.DIMS.size(); d++) {
                    dims.add(d);
                }
                for (int i = 0; i < 30; i++) {
                    Query query = query(random);
                    Map<String, List<String>> filters = filters(random);
                    String request = query + " " + filters;

                    var counted = ExactCounts.count(searcher, ordinals, query, filters, dims);

                    var ddq = new DrillDownQuery(Schema.facets(), query);
                    filters.forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
                    assertEquals(searcher.count(ddq), counted.total(), "total of " + request);
                    var expected = new DrillSideways(searcher, Schema.facets(), state)
                            .search(ddq, new TotalHitCountCollectorManager(searcher.getSlices()));
                    for (String dim : FacetOrdinals.DIMS) {
                        assertEquals(
                                sorted(children(expected.facets.getAllChildren(dim))),
                                sorted(counted.values(dim)),
                                dim + " of " + request);
                    }
                }
            }
        }
    }

    private static void index(ByteBuffersDirectory dir, Random random) throws IOException {
        var config = new IndexWriterConfig(new WhitespaceAnalyzer());
        try (var writer = new IndexWriter(dir, config)) {
            int docs = 200 + random.nextInt(800);
            for (int i = 0; i < docs; i++) {
                var doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                var text = new StringBuilder();
                for (String w : WORDS) {
                    if (random.nextInt(3) == 0) {
                        text.append(w).append(' ');
                    }
                }
                doc.add(new TextField("body", text.toString(), Field.Store.NO));
                VALUES.forEach((dim, values) -> {
                    if (random.nextInt(10) > 0) { // some documents have no value in a dimension
                        doc.add(new SortedSetDocValuesFacetField(dim, values[random.nextInt(values.length)]));
                    }
                });
                writer.addDocument(Schema.facets().build(doc));
                if (random.nextInt(150) == 0) {
                    writer.commit(); // another segment
                }
            }
            for (int i = 0; i < docs / 20; i++) {
                writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt(docs))));
            }
        }
    }

    private static Query query(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new MatchAllDocsQuery();
            case 1 -> new TermQuery(new Term("body", WORDS[random.nextInt(WORDS.length)]));
            // What counting runs for a query with a phrase: its own bulk scorer checks the phrase
            // only on the documents counted.
            case 2 ->
                AnyOfQuery.of(List.of(
                        new TermQuery(new Term("body", WORDS[random.nextInt(WORDS.length)])),
                        new PhraseQuery(
                                "body", WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)])));
            default ->
                new BooleanQuery.Builder()
                        .add(
                                new TermQuery(new Term("body", WORDS[random.nextInt(WORDS.length)])),
                                BooleanClause.Occur.SHOULD)
                        .add(
                                new TermQuery(new Term("body", WORDS[random.nextInt(WORDS.length)])),
                                BooleanClause.Occur.SHOULD)
                        .build();
        };
    }

    private static Map<String, List<String>> filters(Random random) {
        var dims = new ArrayList<>(Schema.FACETS);
        java.util.Collections.shuffle(dims, random);
        var filters = new LinkedHashMap<String, List<String>>();
        for (String dim : dims.subList(0, random.nextInt(4))) {
            var values = new ArrayList<String>();
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                String[] known = VALUES.get(dim);
                values.add(random.nextInt(8) == 0 ? "nowhere" : known[random.nextInt(known.length)]);
            }
            filters.put(dim, values);
        }
        return filters;
    }

    private static Map<String, Long> children(FacetResult result) {
        var out = new LinkedHashMap<String, Long>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                out.put(lv.label, lv.value.longValue());
            }
        }
        return out;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return new TreeMap<>(counts);
    }

    private static Map<String, String[]> values() {
        var values = new LinkedHashMap<String, String[]>();
        values.put("country", new String[] {"Aland", "Borduria", "Carpania", "Dorne", "Erewhon"});
        values.put("region", new String[] {"North", "South"});
        values.put("year", new String[] {"2019", "2020", "2021"});
        values.put("type", new String[] {"news", "story", "profile"});
        values.put("language", new String[] {"en", "fr"});
        values.put(Schema.CITY_FACET, new String[] {"Uqbar", "Tlon", "Orbis", "Zembla"});
        return values;
    }
}
