package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lcs.corpus.CorpusRecord;
import lcs.corpus.Countries;
import lcs.query.Aliases;
import lcs.query.AnyOfQuery;
import lcs.query.BadRequestException;
import lcs.query.QueryPlan;
import lcs.query.RankingSwitches;
import lcs.query.SearchRequest;
import lcs.schema.PairWords;
import lcs.schema.Schema;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/** Answers search requests over the current snapshot. Thread-safe. */
public final class Searcher {
    private static final Sort BY_RELEVANCE = new Sort(
            SortField.FIELD_SCORE,
            // Recency only breaks ties between equal scores.
            new SortField(Schema.DATE_SORT, SortField.Type.LONG, true),
            new SortField(Schema.ID, SortField.Type.STRING));
    private static final Sort BY_DATE = new Sort(
            new SortField(Schema.DATE_SORT, SortField.Type.LONG, true),
            SortField.FIELD_SCORE,
            new SortField(Schema.ID, SortField.Type.STRING));

    static {
        BY_RELEVANCE.getSort()[1].setMissingValue(Long.MIN_VALUE);
        BY_DATE.getSort()[0].setMissingValue(Long.MIN_VALUE);
    }

    /**
     * Up to this many matches (by default), totals and facet counts are exact: every request over an
     * index of up to a million documents. Counting is one non-scoring pass over the query's matches
     * ({@link ExactCounts}), about a millisecond of CPU per 10,000 matches of a plain query and more
     * for a phrase; larger result sets, on larger indexes, are counted in a sample of the filtered
     * matches and flagged as estimates.
     */
    public static final int DEFAULT_EXACT_COUNTS = 1_000_000;
    /**
     * A sample holds at least this many times the exact-count limit of matches: a facet value
     * holding 1 % of the matches is then estimated within ±5 % at 2.5 standard deviations or more,
     * and larger values much closer.
     */
    private static final int SAMPLED_PER_EXACT = 2;
    /** A sample never holds fewer matches than this times {@link #SAMPLED_PER_EXACT}. */
    private static final int MIN_SAMPLED_MATCHES = 5_000;

    private final SnapshotManager snapshots;
    private final Aliases aliases;
    private final RankingSwitches switches;
    private final int exactCounts;
    private final Speller speller;
    private final Map<String, String> regionOfCountry = new LinkedHashMap<>();

    public Searcher(SnapshotManager snapshots, Aliases aliases) {
        this(snapshots, aliases, RankingSwitches.ALL, DEFAULT_EXACT_COUNTS);
    }

    /**
     * @param switches the ranking techniques to use (all but for measuring what each adds)
     * @param exactCounts up to how many matches totals and facet counts are exact
     */
    public Searcher(SnapshotManager snapshots, Aliases aliases, RankingSwitches switches, int exactCounts) {
        if (exactCounts < 0) {
            throw new IllegalArgumentException("exactCounts must be 0 or more");
        }
        this.snapshots = snapshots;
        this.switches = switches;
        this.exactCounts = exactCounts;
        this.aliases = aliases;
        this.speller = new Speller();
        Countries.bundled().byName().forEach((name, c) -> regionOfCountry.put(name, c.region()));
    }

    /** The snapshot manager, for health checks and reloads. */
    public SnapshotManager snapshots() {
        return snapshots;
    }

    /** Searches the snapshot served now. */
    public SearchResult search(SearchRequest req) {
        IndexSnapshot s = acquire();
        try {
            return search(s, req);
        } finally {
            release(s);
        }
    }

    /**
     * Holds the snapshot served now until closed, so that several calls see one index version.
     * Close it (try-with-resources) as soon as the answer is computed.
     */
    public Pinned pin() {
        return new Pinned(acquire());
    }

    /** One index version, held: its version string and searches on it. Not thread-safe to close twice. */
    public final class Pinned implements AutoCloseable {
        private final IndexSnapshot snapshot;

        private Pinned(IndexSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        public String version() {
            return snapshot.version();
        }

        public SearchResult search(SearchRequest req) {
            return Searcher.this.search(snapshot, req);
        }

        /**
         * The query whose matches a search for {@code q} counts, filters aside, over
         * {@link #indexSearcher()}: for tests that count the matches by brute force.
         */
        public Query matchQuery(String q) throws IOException {
            QueryPlan plan = snapshot.queries().plan(q, aliases, switches);
            return plan.isEmpty()
                    ? new MatchAllDocsQuery()
                    : snapshot.searcher().rewrite(plan.ranking());
        }

        /** The words whose pairs the pinned version holds, for tests of the counting query. */
        public PairWords pairWords() {
            return snapshot.pairWords();
        }

        /** The Lucene searcher of the pinned version, for tests that look at the index directly. */
        public IndexSearcher indexSearcher() {
            return snapshot.searcher();
        }

        @Override
        public void close() {
            release(snapshot);
        }
    }

    private SearchResult search(IndexSnapshot s, SearchRequest req) {
        long start = System.nanoTime();
        try {
            QueryPlan plan = s.queries().plan(req.q(), aliases, switches);
            boolean listing = plan.isEmpty();
            // Rewritten once here: prefix terms are expanded once per request, not again by each
            // counting pass.
            Query query = listing ? new MatchAllDocsQuery() : s.searcher().rewrite(plan.ranking());
            Query proximity = listing ? null : plan.proximity();
            boolean newest = listing || req.sort() == SearchRequest.Sort.NEWEST;
            int window = req.page() * req.size();
            boolean rescore = proximity != null && !newest;
            TopHitsAndCounts found = topHitsAndCounts(
                    s,
                    query,
                    req,
                    newest ? BY_DATE : BY_RELEVANCE,
                    rescore ? Math.max(window, Rescorer.DEPTH) : window);
            TopFieldDocs top = rescore ? Rescorer.rescore(s.searcher(), found.top(), proximity) : found.top();

            int from = Math.min((req.page() - 1) * req.size(), top.scoreDocs.length);
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, Math.min(window, top.scoreDocs.length));
            List<Hit> hits = hits(s, page, listing ? null : plan, newest ? 1 : 0, req.explain());
            // A query in a language the collection barely has is not misspelt: it gets a notice saying
            // which languages the documents are in, not a correction.
            Notice notice = listing ? null : Notice.fewInLanguage(plan.scriptLanguages(), s.documentsByLanguage());
            String didYouMean = listing || notice != null ? null : speller.correct(s, plan);
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            return new SearchResult(
                    req.q(),
                    found.total(),
                    found.totalExact(),
                    found.facetsExact(),
                    req.page(),
                    req.size(),
                    tookMs,
                    hits,
                    found.facets(),
                    didYouMean,
                    notice,
                    s.version(),
                    found.cities());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadRequestException("q", "too many words and alternatives; shorten the query");
        } catch (IOException e) {
            throw new IndexUnavailableException("search failed reading the index: " + e.getMessage(), e);
        }
    }

    /** The top hits, the total and the facet counts, with whether they are exact. */
    private record TopHitsAndCounts(
            TopFieldDocs top,
            long total,
            boolean totalExact,
            Map<String, List<FacetCount>> facets,
            boolean facetsExact,
            List<CityCount> cities) {}

    /**
     * Finds the top hits (a window of them) and counts the matches and facets of the request. On an
     * index of at most {@link #exactCounts} documents, or when the smallest sample (1 document in
     * 256) does not show the filtered result set to be certainly larger than that, every match is
     * counted: the top hits by a pass with Lucene's dynamic pruning (block-max WAND), the total and
     * facets by one non-scoring pass ({@link ExactCounts}). Beyond, the facets and total are counted
     * in a sample of the filtered matches holding about twice {@code exactCounts} of them, and facet
     * values the sample missed are counted exactly, so that every value with a match is listed.
     */
    private TopHitsAndCounts topHitsAndCounts(IndexSnapshot s, Query query, SearchRequest req, Sort sort, int window)
            throws IOException {
        Query filtered = drillDown(query, req, null);
        if (s.documents() <= exactCounts) {
            return topHitsAndExactCounts(s, query, filtered, req, sort, window);
        }
        long sampled = s.searcher().count(s.sample().restrict(filtered, Sample.MAX_LEVEL));
        if (!certainlyAbove(sampled, exactCounts)) {
            return topHitsAndExactCounts(s, query, filtered, req, sort, window);
        }
        long estimate = sampled << Sample.MAX_LEVEL;
        var sideways = new DrillSideways(s.searcher(), Schema.facets(), s.facetState());
        // Counting a full window proves there are enough matches for every page link the estimate
        // allows: an estimate never leads to an empty page.
        TopFieldDocs top = s.searcher()
                .search(filtered, new TopFieldCollectorManager(sort, window, null, SearchRequest.MAX_WINDOW));
        if (top.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
            return topHitsAndExactCounts(s, query, filtered, req, sort, window);
        }
        long target = SAMPLED_PER_EXACT * Math.max(exactCounts, MIN_SAMPLED_MATCHES);
        int level = Math.clamp(63 - Long.numberOfLeadingZeros(Math.max(1, estimate / target)), 1, Sample.MAX_LEVEL);
        var counted = sideways.search(
                drillDown(s.sample().restrict(query, level), req, null),
                new TotalHitCountCollectorManager(s.searcher().getSlices()));
        long total = Math.max(top.totalHits.value(), (long) counted.collectorResult << level);
        // Values the sample missed are counted with the same match-only query as exact counts.
        Query matching = AnyOfQuery.matching(query, s.pairWords());
        return new TopHitsAndCounts(
                top,
                total,
                false,
                facets(s, counts(counted.facets), req, 1L << level, matching),
                false,
                cities(s, counts(counted.facets), req, 1L << level, matching));
    }

    /**
     * Every match counted: top hits with pruning, then the total and the facets in one non-scoring
     * pass over the query's matches ({@link ExactCounts}).
     */
    private TopHitsAndCounts topHitsAndExactCounts(
            IndexSnapshot s, Query query, Query filtered, SearchRequest req, Sort sort, int window) throws IOException {
        TopFieldDocs top =
                // The total comes from the counting pass: pruning may start with the first window of hits.
                s.searcher().search(filtered, new TopFieldCollectorManager(sort, window, null, window));
        var dims = new ArrayList<Integer>();
        for (String dim : Schema.FACETS) {
            dims.add(FacetOrdinals.DIMS.indexOf(dim));
        }
        if (req.cities()) {
            dims.add(FacetOrdinals.DIMS.indexOf(Schema.CITY_FACET));
        }
        // The same matches found without ranking them: no dismax, no bonus, phrases settled once.
        Query matching = AnyOfQuery.matching(query, s.pairWords());
        ExactCounts counted = ExactCounts.count(s.searcher(), s.ordinals(), matching, req.filters(), dims);
        return new TopHitsAndCounts(
                top,
                counted.total(),
                true,
                facets(s, counted::values, req, 1, null),
                true,
                cities(s, counted::values, req, 1, matching));
    }

    /**
     * Whether {@code sampled} matches in the 1/256 sample show that the result set is larger than
     * {@code limit}: with six standard deviations of margin, and at least six sampled matches.
     */
    static boolean certainlyAbove(long sampled, long limit) {
        double expected = (double) limit / (1 << Sample.MAX_LEVEL);
        return sampled >= expected + 6 * Math.sqrt(expected) + 6;
    }

    /** One dimension's values with a match and their counts, from a counting pass. */
    @FunctionalInterface
    private interface DimensionCounts {
        Map<String, Long> of(String dim) throws IOException;
    }

    /** The counts of Lucene's facet counting, per dimension. */
    private static DimensionCounts counts(Facets facets) {
        return dim -> {
            var out = new LinkedHashMap<String, Long>();
            FacetResult fr = facets.getAllChildren(dim);
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    out.put(lv.label, lv.value.longValue());
                }
            }
            return out;
        };
    }

    /**
     * Facet counts scaled from a sample ({@code scale} &gt; 1), or exact. With a sample, the values
     * it missed are counted exactly over the whole index (they are rare among the matches, so this
     * is cheap) and listed when they match at all; {@code query} finds the matches (its match-only
     * form, {@link AnyOfQuery#matching}).
     */
    private Map<String, List<FacetCount>> facets(
            IndexSnapshot s, DimensionCounts facets, SearchRequest req, long scale, Query query) throws IOException {
        var out = new LinkedHashMap<String, List<FacetCount>>();
        for (String dim : Schema.FACETS) {
            List<String> selected = req.filters().getOrDefault(dim, List.of());
            var counts = new ArrayList<FacetCount>();
            var found = valueCounts(s, facets, dim, scale, value -> {
                DrillDownQuery withValue = drillDown(query, req, dim);
                withValue.add(dim, value);
                return s.searcher().count(withValue);
            });
            found.forEach((value, c) ->
                    counts.add(facetCount(dim, value, c.count(), selected.contains(value), c.estimated())));
            for (String v : selected) {
                if (!found.containsKey(v)) {
                    counts.add(facetCount(
                            dim, v, 0, true, false)); // a selection is always shown, even when it matches nothing
                }
            }
            if (dim.equals("year")) {
                counts.sort((a, b) -> b.value().compareTo(a.value()));
            } else {
                counts.sort((a, b) -> a.count() != b.count()
                        ? Long.compare(b.count(), a.count())
                        : a.value().compareTo(b.value()));
            }
            out.put(dim, counts);
        }
        return out;
    }

    /** One value's count, and whether it was scaled up from the sample. */
    private record ValueCount(long count, boolean estimated) {}

    /** Counts one value exactly over the whole index. */
    @FunctionalInterface
    private interface ExactCount {
        long of(String value) throws IOException;
    }

    /**
     * One dimension's counts from a counting pass, scaled up when it counted a sample ({@code scale}
     * &gt; 1). With a sample, the values it missed are then counted exactly by {@code exact} (they are
     * rare among the matches, so this is cheap) and kept when they match at all: every value with a
     * match is listed. The pass's values first, in its order.
     */
    private Map<String, ValueCount> valueCounts(
            IndexSnapshot s, DimensionCounts facets, String dim, long scale, ExactCount exact) throws IOException {
        var counts = new LinkedHashMap<String, ValueCount>();
        facets.of(dim).forEach((value, n) -> counts.put(value, new ValueCount(n * scale, scale > 1)));
        if (scale > 1) {
            for (String value : s.ordinals().values(dim)) {
                if (!counts.containsKey(value)) {
                    long n = exact.of(value);
                    if (n > 0) {
                        counts.put(value, new ValueCount(n, false));
                    }
                }
            }
        }
        return counts;
    }

    /**
     * The matches per city when the request asks for them (else null), from the hidden city facet
     * of the same counting pass as the facets, so with the same exactness: scaled from the sample
     * ({@code scale} &gt; 1, flagged estimated) with the cities it missed counted exactly. A city
     * name that documents of several countries share is counted per country, exactly, with
     * {@code query} (the match-only form of the ranking query, as in the counting pass).
     */
    private List<CityCount> cities(IndexSnapshot s, DimensionCounts facets, SearchRequest req, long scale, Query query)
            throws IOException {
        if (!req.cities()) {
            return null;
        }
        var counts = valueCounts(
                s,
                facets,
                Schema.CITY_FACET,
                scale,
                city -> s.searcher().count(within(query, req, Map.of(Schema.CITY_FACET, city))));
        CityCountries countriesOf = s.cityCountries();
        var out = new ArrayList<CityCount>();
        for (var e : counts.entrySet()) {
            String city = e.getKey();
            long n = e.getValue().count();
            boolean estimated = e.getValue().estimated();
            List<String> countries = countriesOf.of(city);
            if (countries.size() <= 1) {
                if (n > 0) {
                    out.add(city(city, countries.isEmpty() ? CityCountries.NONE : countries.get(0), n, estimated));
                }
                continue;
            }
            // One name, several countries: each country's share counted exactly; the documents with
            // no country are what is left.
            long named = 0;
            for (String country : countries) {
                if (!country.equals(CityCountries.NONE)) {
                    long k =
                            s.searcher().count(within(query, req, Map.of(Schema.CITY_FACET, city, "country", country)));
                    named += k;
                    if (k > 0) {
                        out.add(city(city, country, k, false));
                    }
                }
            }
            if (countries.contains(CityCountries.NONE) && n - named > 0) {
                out.add(city(city, CityCountries.NONE, n - named, estimated));
            }
        }
        out.sort(Comparator.comparingLong(CityCount::count)
                .reversed()
                .thenComparing(CityCount::name)
                .thenComparing(c -> c.country() == null ? "" : c.country()));
        return out;
    }

    private CityCount city(String name, String country, long n, boolean estimated) {
        if (country.equals(CityCountries.NONE)) {
            return new CityCount(name, null, null, n, null, null, estimated);
        }
        String code =
                Countries.bundled().find(country).map(Countries.Country::iso2).orElse(null);
        // The gazetteer may know the city by another of its names (Viciebsk as Vitebsk): its alias group.
        var place = Gazetteer.bundled().find(name, code);
        for (var other = aliases.namesOf(name).iterator(); place.isEmpty() && other.hasNext(); ) {
            place = Gazetteer.bundled().find(other.next(), code);
        }
        return new CityCount(
                name,
                country,
                code,
                n,
                place.map(Gazetteer.Place::lat).orElse(null),
                place.map(Gazetteer.Place::lon).orElse(null),
                estimated);
    }

    /**
     * The request's filtered query further restricted to these facet values, each a required
     * filter of its own (added to the request's own drill-down a value would widen a filter of the
     * same dimension instead of narrowing it).
     */
    private static Query within(Query query, SearchRequest req, Map<String, String> values) {
        var b = new BooleanQuery.Builder().add(drillDown(query, req, null), BooleanClause.Occur.MUST);
        values.forEach((dim, value) -> b.add(
                new TermQuery(DrillDownQuery.term(Schema.facets().getDimConfig(dim).indexFieldName, dim, value)),
                BooleanClause.Occur.FILTER));
        return b.build();
    }

    /** The query restricted to the request's filters, leaving out those of {@code exceptDim} (if not null). */
    private static DrillDownQuery drillDown(Query query, SearchRequest req, String exceptDim) {
        var ddq = new DrillDownQuery(Schema.facets(), query);
        req.filters().forEach((dim, values) -> {
            if (!dim.equals(exceptDim)) {
                values.forEach(v -> ddq.add(dim, v));
            }
        });
        return ddq;
    }

    private List<Hit> hits(IndexSnapshot s, ScoreDoc[] page, QueryPlan plan, int scoreField, boolean explain)
            throws IOException {
        StoredFields stored = s.searcher().storedFields();
        var records = new CorpusRecord[page.length];
        for (int i = 0; i < page.length; i++) {
            records[i] = Schema.record(stored.document(page[i].doc));
        }
        String[] snippets = plan == null ? new String[page.length] : snippets(s, page, records, plan);
        Weight explained = explain && plan != null ? MatchedTerms.weight(s.searcher(), plan.explained()) : null;
        var hits = new ArrayList<Hit>(page.length);
        for (int i = 0; i < page.length; i++) {
            CorpusRecord r = records[i];
            String snippet = snippets[i] != null
                    ? snippets[i]
                    : SnippetFormatter.lead(r.summary() != null ? r.summary() : r.body(), IndexSnapshot.SNIPPET_GOAL);
            Object scoreValue = ((FieldDoc) page[i]).fields[scoreField];
            float score = scoreValue instanceof Float f && !f.isNaN() ? f : 0f;
            List<String> explanation = explained == null ? null : MatchedTerms.of(s.searcher(), explained, page[i].doc);
            hits.add(Hit.of(r, snippet, score, explanation));
        }
        return hits;
    }

    /** Highlighted snippets, one highlighter call per language among the hits (null where none). */
    private static String[] snippets(IndexSnapshot s, ScoreDoc[] page, CorpusRecord[] records, QueryPlan plan)
            throws IOException {
        var byLanguage = new LinkedHashMap<String, List<Integer>>();
        for (int i = 0; i < page.length; i++) {
            byLanguage
                    .computeIfAbsent(records[i].language(), l -> new ArrayList<>())
                    .add(i);
        }
        var snippets = new String[page.length];
        for (var group : byLanguage.entrySet()) {
            Query highlight = s.searcher().rewrite(plan.highlight(group.getKey()));
            List<Integer> positions = group.getValue();
            int[] docIds = positions.stream().mapToInt(i -> page[i].doc).toArray();
            String[] bodies = positions.stream().map(i -> records[i].body()).toArray(String[]::new);
            String[] found = s.highlighter().highlight(highlight, docIds, bodies);
            for (int k = 0; k < positions.size(); k++) {
                snippets[positions.get(k)] = found[k];
            }
        }
        return snippets;
    }

    private FacetCount facetCount(String dim, String value, long n, boolean selected, boolean estimated) {
        if (!dim.equals("country")) {
            return new FacetCount(value, n, selected, null, null, estimated);
        }
        String code =
                Countries.bundled().find(value).map(Countries.Country::iso2).orElse(null);
        return new FacetCount(value, n, selected, regionOfCountry.get(value), code, estimated);
    }

    /** The version of the index currently served. */
    public String version() {
        return read(IndexSnapshot::version);
    }

    /** What {@code /api/health} reports about the served index. */
    public Map<String, Object> health() {
        return read(s -> {
            var h = new LinkedHashMap<String, Object>();
            h.put("status", "UP");
            h.put("documents", s.documents());
            h.put("indexVersion", s.version());
            h.put("schemaVersion", s.manifest().schemaVersion());
            h.put("builtAt", s.manifest().builtAt().toString());
            h.put("corpusChecksum", s.manifest().corpusChecksum());
            h.put("languages", s.languages());
            return h;
        });
    }

    /** Documents in the index served now. */
    public long documents() {
        return read(IndexSnapshot::documents);
    }

    /** Applies a function to the current snapshot, held for the duration of the call. */
    private <T> T read(java.util.function.Function<IndexSnapshot, T> f) {
        IndexSnapshot s = acquire();
        try {
            return f.apply(s);
        } finally {
            release(s);
        }
    }

    IndexSnapshot acquire() {
        try {
            return snapshots.acquire();
        } catch (IOException | IllegalStateException e) {
            throw new IndexUnavailableException("the index is not available", e);
        }
    }

    void release(IndexSnapshot s) {
        try {
            snapshots.release(s);
        } catch (IOException e) {
            throw new IndexUnavailableException("releasing the index failed", e);
        }
    }
}
