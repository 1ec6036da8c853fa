package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import lcs.index.Manifest;
import lcs.query.QueryFactory;
import lcs.schema.PairWords;
import lcs.schema.Schema;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * Everything a search needs that depends only on one index version, built once when that version
 * is opened: the searcher, facet state, languages and their document counts, names for
 * suggestions, highlighter, query factory and document samples. Requests hold one snapshot from start to end, so none sees two
 * versions.
 *
 * <p>A snapshot owns its reader and is reference-counted through it: it starts with one reference
 * (its owner's), {@link #tryIncRef()} and {@link #decRef()} take and give back more, and the reader
 * closes when the last is given back. {@link #close()} gives back the owner's reference.
 */
final class IndexSnapshot implements java.io.Closeable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final Manifest manifest;
    private final String version;
    private final Set<String> languages;
    private final Map<String, Long> documentsByLanguage;
    private final Names names;
    private final BodyHighlighter highlighter;
    private final QueryFactory queries;
    private final Sample sample;
    private final FacetOrdinals ordinals;
    private final PairWords pairWords;
    /** Read on the first search that asks for city counts, then kept (a benign race reads it twice). */
    private volatile CityCountries cityCountries;

    private IndexSnapshot(
            DirectoryReader reader,
            IndexSearcher searcher,
            SortedSetDocValuesReaderState facetState,
            Manifest manifest,
            String version,
            Set<String> languages,
            Map<String, Long> documentsByLanguage,
            Names names,
            BodyHighlighter highlighter,
            QueryFactory queries,
            Sample sample,
            FacetOrdinals ordinals,
            PairWords pairWords) {
        this.reader = reader;
        this.searcher = searcher;
        this.facetState = facetState;
        this.manifest = manifest;
        this.version = version;
        this.languages = languages;
        this.documentsByLanguage = documentsByLanguage;
        this.names = names;
        this.highlighter = highlighter;
        this.queries = queries;
        this.sample = sample;
        this.ordinals = ordinals;
        this.pairWords = pairWords;
    }

    static final int SNIPPET_GOAL = 200;

    /**
     * Where a request's slices of a large index (Lucene's: up to 250,000 documents or 5 segments
     * each) are searched and counted, besides the request's own thread, which takes the slices no
     * other thread has started: one slow request on a 1M index uses a core the others leave idle.
     * One thread fewer than the cores, shared by all requests, so that requests in parallel do not
     * crowd the cores with more threads than they have. An index of one slice is searched on the
     * request's thread alone.
     */
    private static final Executor SLICE_THREADS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            Thread.ofPlatform().name("search-slice-", 0).daemon().factory());

    /**
     * Opens a snapshot over a reader. The snapshot owns the reader once this returns; if it throws,
     * the reader is left to the caller.
     *
     * @throws InvalidIndexException if the index was not built by this schema version
     */
    static IndexSnapshot open(DirectoryReader reader) throws IOException {
        Manifest manifest = Manifest.of(reader.getIndexCommit());
        if (manifest == null) {
            throw new InvalidIndexException("it was not built by lcs (no manifest in the commit)");
        }
        if (manifest.schemaVersion() != Schema.VERSION) {
            throw new InvalidIndexException("it was built with schema version " + manifest.schemaVersion()
                    + ", this server reads version " + Schema.VERSION);
        }
        var searcher = new IndexSearcher(reader, SLICE_THREADS);
        var state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facets());
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        var fieldNames = new ArrayList<String>();
        for (FieldInfo fi : fields) {
            // Every document has every stemmed field, most of them empty (for dense norms): a
            // language is in the index when its fields hold terms.
            if (MultiTerms.getTerms(reader, fi.name) != null) {
                fieldNames.add(fi.name);
            }
        }
        Set<String> languages = Schema.languagesIn(fieldNames);
        Set<String> stemmedBodies = new HashSet<>();
        languages.forEach(l -> stemmedBodies.add(Schema.body(l)));
        var highlighter = new BodyHighlighter(searcher, fields, stemmedBodies);
        String version = reader.getIndexCommit().getGeneration() + "-"
                + manifest.builtAt().toEpochMilli();
        // One pass over the facet doc values of every document: how many documents each name and
        // each language has.
        var everything = new SortedSetDocValuesFacetCounts(state);
        Map<String, Long> byLanguage = documentsByLanguage(everything);
        return new IndexSnapshot(
                reader,
                searcher,
                state,
                manifest,
                version,
                Set.copyOf(languages),
                byLanguage,
                names(state, everything),
                highlighter,
                new QueryFactory(reader, languages, byLanguage),
                Sample.of(reader),
                FacetOrdinals.of(state),
                PairWords.fromUserData(reader.getIndexCommit().getUserData()));
    }

    private static Map<String, Long> documentsByLanguage(Facets counts) throws IOException {
        var byLanguage = new TreeMap<String, Long>();
        FacetResult languages = counts.getAllChildren("language");
        if (languages != null) {
            for (LabelAndValue lv : languages.labelValues) {
                byLanguage.put(lv.label, lv.value.longValue());
            }
        }
        return java.util.Collections.unmodifiableMap(byLanguage);
    }

    private static Names names(SortedSetDocValuesReaderState state, Facets counts) throws IOException {
        var names = new ArrayList<Names.Name>();
        SortedSetDocValues dv = state.getDocValues();
        for (String dim : List.of(Schema.CITY_FACET, "country")) {
            var range = state.getOrdRange(dim);
            if (range == null) {
                continue;
            }
            for (int ord = range.start(); ord <= range.end(); ord++) {
                String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
                String text = path[path.length - 1];
                Number n = counts.getSpecificValue(dim, java.util.Arrays.copyOfRange(path, 1, path.length));
                names.add(new Names.Name(text, dim, n == null ? 0 : n.longValue()));
            }
        }
        return Names.of(names);
    }

    long documents() {
        return reader.numDocs();
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** Every document's facet values, for counting large result sets exactly. */
    FacetOrdinals ordinals() {
        return ordinals;
    }

    /** The words whose adjacent pairs this index holds, for counting phrases. */
    PairWords pairWords() {
        return pairWords;
    }

    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    Manifest manifest() {
        return manifest;
    }

    /** Commit generation and build time: changes with every rebuild, even of the same corpus. */
    String version() {
        return version;
    }

    Set<String> languages() {
        return languages;
    }

    /** Documents per language, for the language notice and for telling stopwords' language. */
    Map<String, Long> documentsByLanguage() {
        return documentsByLanguage;
    }

    Names names() {
        return names;
    }

    BodyHighlighter highlighter() {
        return highlighter;
    }

    QueryFactory queries() {
        return queries;
    }

    Sample sample() {
        return sample;
    }

    /** The countries each city's documents name, read the first time a search asks for cities. */
    CityCountries cityCountries() throws IOException {
        CityCountries c = cityCountries;
        if (c == null) {
            c = CityCountries.read(reader, facetState);
            cityCountries = c;
        }
        return c;
    }

    /** Takes one more reference unless the reader is already closed. */
    boolean tryIncRef() {
        return reader.tryIncRef();
    }

    /** Gives back one reference; the reader closes with the last. */
    void decRef() throws IOException {
        reader.decRef();
    }

    int refCount() {
        return reader.getRefCount();
    }

    /** Gives back the owner's reference. */
    @Override
    public void close() throws IOException {
        decRef();
    }
}
