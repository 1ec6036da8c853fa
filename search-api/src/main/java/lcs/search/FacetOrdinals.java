package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lcs.schema.Schema;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Every document's value in each facet dimension, as the global ordinal of the facet doc values,
 * held in one array per dimension ({@code -1}: no value). Counting a large result set is then one
 * array read per match and dimension, and a filter is a test of the same arrays: see
 * {@link ExactCounts}. Each dimension holds one value per document (the schema adds one); were a
 * document to hold several, the last would be kept, so the schema must not.
 *
 * <p>Memory: four bytes per document and dimension (24 MB for a million documents).
 */
final class FacetOrdinals {
    /** The dimensions held: the shown facets, then the hidden city facet. */
    static final List<String> DIMS = dims();

    private final SortedSetDocValuesReaderState state;
    /** [dimension][top-level document] → global ordinal, or -1. */
    private final int[][] ords;
    /** Ordinal → the value it stands for (null for an ordinal of no dimension held here). */
    private final String[] values;

    private FacetOrdinals(SortedSetDocValuesReaderState state, int[][] ords, String[] values) {
        this.state = state;
        this.ords = ords;
        this.values = values;
    }

    /** Reads the facet doc values of every document once. */
    static FacetOrdinals of(SortedSetDocValuesReaderState state) throws IOException {
        int maxDoc = state.getReader().maxDoc();
        int[] dimOfOrd = new int[state.getSize()];
        Arrays.fill(dimOfOrd, -1);
        var values = new String[state.getSize()];
        SortedSetDocValues labels = state.getDocValues();
        for (int d = 0; d < DIMS.size(); d++) {
            var range = state.getOrdRange(DIMS.get(d));
            if (range != null) {
                for (int ord = range.start(); ord <= range.end(); ord++) {
                    dimOfOrd[ord] = d;
                    String[] path =
                            FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
                    values[ord] = path[path.length - 1];
                }
            }
        }
        int[][] ords = new int[DIMS.size()][maxDoc];
        for (int[] dim : ords) {
            Arrays.fill(dim, -1);
        }
        SortedSetDocValues dv = state.getDocValues();
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                int ord = (int) dv.nextOrd();
                int d = dimOfOrd[ord];
                if (d >= 0) {
                    ords[d][doc] = ord;
                }
            }
        }
        return new FacetOrdinals(state, ords, values);
    }

    /** The ordinals of dimension {@code dim} (an index of {@link #DIMS}), by top-level document. */
    int[] of(int dim) {
        return ords[dim];
    }

    /** How many ordinals there are: the size of a counts array. */
    int size() {
        return state.getSize();
    }

    /** The ordinal of a dimension's value, or -1 when no document has it. */
    int ordinal(String dim, String value) throws IOException {
        long ord = state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, value)));
        return ord < 0 ? -1 : (int) ord;
    }

    /** The value an ordinal stands for (the last part of its facet path). */
    String value(int ord) throws IOException {
        if (values[ord] != null) {
            return values[ord]; // read once per index version: no doc values opened per request
        }
        String[] path =
                FacetsConfig.stringToPath(state.getDocValues().lookupOrd(ord).utf8ToString());
        return path[path.length - 1];
    }

    /** Every value of a dimension in the index, in ordinal order. */
    List<String> values(String dim) {
        var range = state.getOrdRange(dim);
        return range == null
                ? List.of()
                : java.util.Collections.unmodifiableList(Arrays.asList(values).subList(range.start(), range.end() + 1));
    }

    /** The ordinals of a dimension: first and last, or null when no document has a value in it. */
    SortedSetDocValuesReaderState.OrdRange range(String dim) {
        return state.getOrdRange(dim);
    }

    private static List<String> dims() {
        var dims = new ArrayList<>(Schema.FACETS);
        dims.add(Schema.CITY_FACET);
        return List.copyOf(dims);
    }
}
