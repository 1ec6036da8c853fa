package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import lcs.schema.Schema;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Which countries the documents of each city name, read once per index version from the facet doc
 * values. The city facet holds names only, so a name two countries share (Córdoba in Spain and in
 * Argentina) is told apart by this table. Immutable.
 */
final class CityCountries {
    /** The country of documents that name a city but no country. */
    static final String NONE = "";

    private final Map<String, List<String>> countriesOf;

    private CityCountries(Map<String, List<String>> countriesOf) {
        this.countriesOf = Map.copyOf(countriesOf);
    }

    /** The countries (or {@link #NONE}) that documents of this city name, sorted; empty if unknown. */
    List<String> of(String city) {
        return countriesOf.getOrDefault(city, List.of());
    }

    /** One pass over every live document's facet ordinals. */
    static CityCountries read(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
        var cities = state.getOrdRange(Schema.CITY_FACET);
        if (cities == null) {
            return new CityCountries(Map.of());
        }
        var countries = state.getOrdRange("country");
        SortedSetDocValues dv = state.getDocValues();
        Bits live = MultiBits.getLiveDocs(reader);
        var pairs = new HashMap<Integer, TreeSet<Integer>>(); // city ord → country ords (-1: none)
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            int city = -1;
            int country = -1;
            for (int i = 0; i < dv.docValueCount(); i++) {
                int ord = (int) dv.nextOrd();
                if (ord >= cities.start() && ord <= cities.end()) {
                    city = ord;
                } else if (countries != null && ord >= countries.start() && ord <= countries.end()) {
                    country = ord;
                }
            }
            if (city >= 0) {
                pairs.computeIfAbsent(city, k -> new TreeSet<>()).add(country);
            }
        }
        var out = new HashMap<String, List<String>>();
        for (var e : pairs.entrySet()) {
            var names = new ArrayList<String>();
            for (int ord : e.getValue()) {
                names.add(ord < 0 ? NONE : label(dv, ord));
            }
            names.sort(null);
            out.put(label(dv, e.getKey()), List.copyOf(names));
        }
        return new CityCountries(out);
    }

    private static String label(SortedSetDocValues dv, int ord) throws IOException {
        String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
        return path[path.length - 1];
    }
}
