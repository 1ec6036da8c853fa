package lcs.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import lcs.schema.Schema;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Facet counts over every document of a built index, read the way the search service reads them. */
final class FacetCounts {
    private FacetCounts() {}

    /** Value → count for each facet dimension of {@link Schema#FACETS}. */
    static Map<String, Map<String, Integer>> of(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            var state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facets());
            FacetsCollector hits = FacetsCollectorManager.search(
                            new IndexSearcher(reader), MatchAllDocsQuery.INSTANCE, 1, new FacetsCollectorManager())
                    .facetsCollector();
            Facets facets = new SortedSetDocValuesFacetCounts(state, hits);
            var counts = new TreeMap<String, Map<String, Integer>>();
            for (String dim : Schema.FACETS) {
                var values = new TreeMap<String, Integer>();
                FacetResult result = facets.getTopChildren(1_000, dim);
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.put(lv.label, lv.value.intValue());
                    }
                }
                counts.put(dim, values);
            }
            return counts;
        }
    }
}
