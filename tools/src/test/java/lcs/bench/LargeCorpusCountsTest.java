package lcs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import lcs.config.Config;
import lcs.corpus.CorpusRecord;
import lcs.http.Service;
import lcs.index.IndexBuilder;
import lcs.query.Aliases;
import lcs.query.RankingSwitches;
import lcs.query.SearchRequest;
import lcs.schema.Schema;
import lcs.search.FacetCount;
import lcs.search.SearchResult;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;
import lcs.synth.GenerateCommand;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts at realistic size (issue #12): a 50,000-document synthetic corpus, built once for the
 * class, served over real HTTP, and a few hundred generated requests (queries of the generated mix,
 * with 0 to 3 filters). Every total and facet count is compared with a brute-force count over the
 * stored records of the documents the query matches; over HTTP, a click on any value of any facet
 * must give the number shown beside it; with a low exact-count limit, estimates must say so, list
 * every value with a match and stay close.
 */
class LargeCorpusCountsTest {
    private static final int DOCS = 50_000;
    private static final int REQUESTS = 240;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    private static Service service;
    private static String base;
    /** Facet dimension → its value for every document (by global doc id), from the stored records. */
    private static Map<String, String[]> values;

    private static List<Map<String, List<String>>> requests;
    /** The day "newest" sorts on, for every document (Long.MIN_VALUE when undated, as the sort has it). */
    private static long[] sortDates;

    @BeforeAll
    static void build() throws Exception {
        Path corpus = tmp.resolve("corpus");
        GenerateCommand.generate(DOCS, corpus);
        Path index = tmp.resolve("index");
        new IndexBuilder(false).phrasePairs(true).build(corpus, index);
        var cfg =
                Config.forIndex(index, tmp, "--cache", "maximumSize=10000", "--reload-seconds", "60", "--threads", "8");
        service = Service.start(cfg, SnapshotManager.open(index));
        base = "http://127.0.0.1:" + service.port();
        try (var pinned = service.searcher().pin()) {
            values = storedValues(pinned.indexSearcher());
        }
        requests = generate(corpus.resolve("queries.tsv"));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void every_total_and_facet_count_equals_a_brute_force_count() throws IOException {
        try (var pinned = service.searcher().pin()) {
            for (var params : requests) {
                SearchResult r = pinned.search(SearchRequest.from(params));
                Oracle truth = Oracle.of(pinned, params);
                assertTrue(r.totalExact() && r.facetsExact(), () -> params + " is flagged as estimated");
                assertEquals(truth.total, r.total(), () -> "total of " + params);
                for (String dim : Schema.FACETS) {
                    assertEquals(truth.facets.get(dim), counts(r.facets().get(dim)), dim + " counts of " + params);
                }
            }
        }
    }

    @Test
    void newest_first_lists_the_newest_matches_whatever_documents_the_sort_skips() throws IOException {
        try (var pinned = service.searcher().pin()) {
            for (var params : requests.subList(0, 80)) {
                var newest = new LinkedHashMap<>(params);
                newest.put("sort", List.of("newest"));
                newest.put("size", List.of("20"));
                SearchResult r = pinned.search(SearchRequest.from(newest));
                FixedBitSet matches = Oracle.matches(
                        pinned.indexSearcher(),
                        pinned.matchQuery(params.get("q").get(0)));
                var dates = new ArrayList<Long>();
                var it = new BitSetIterator(matches, 0);
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (Oracle.passes(params, doc, null)) {
                        dates.add(sortDates[doc]);
                    }
                }
                dates.sort(java.util.Comparator.reverseOrder());
                List<Long> expected = dates.subList(0, Math.min(20, dates.size()));
                List<Long> shown = r.hits().stream()
                        .map(h -> sortDate(h.date() == null ? null : java.time.LocalDate.parse(h.date()), h.year()))
                        .toList();
                assertEquals(expected, shown, () -> "dates of the newest hits of " + params);
            }
        }
    }

    @Test
    void a_click_on_any_value_of_any_facet_gives_the_count_shown_beside_it() throws Exception {
        record Click(long expected, String what) {}
        // Clicks that make the same search (filters in another order, or reached from two requests)
        // are sent once and their answer checked against every count that promised it.
        var clicks = new LinkedHashMap<SearchRequest, List<Click>>();
        var urls = new java.util.HashMap<SearchRequest, Map<String, List<String>>>();
        int clicked = 0;
        for (var params : requests) {
            JsonNode answer = get(params);
            long total = answer.get("total").asLong();
            for (String dim : Schema.FACETS) {
                List<String> selected = params.getOrDefault(dim, List.of());
                for (JsonNode v : answer.get("facets").get(dim)) {
                    String value = v.get("value").asText();
                    long shown = v.get("count").asLong();
                    Map<String, List<String>> click;
                    Click promise;
                    if (v.get("selected").asBoolean()) {
                        // Shown for a selected value: what selecting it alone in its facet gives.
                        click = with(params, dim, List.of(value));
                        promise = new Click(shown, dim + "=" + value + " alone, from " + params);
                    } else {
                        var added = new ArrayList<>(selected);
                        added.add(value);
                        // Values of one facet are OR-ed, and every document has one value per facet, so
                        // a click on a value adds exactly its count to the results already selected
                        // (or, with none selected in that facet, gives exactly its count).
                        click = with(params, dim, added);
                        promise = new Click(
                                (selected.isEmpty() ? 0 : total) + shown,
                                "click on " + dim + "=" + value + " (shown " + shown + ") from " + params);
                    }
                    SearchRequest key = SearchRequest.from(click);
                    clicks.computeIfAbsent(key, k -> new ArrayList<>()).add(promise);
                    urls.putIfAbsent(key, click);
                    clicked++;
                }
            }
        }
        // Sent by a few clients at once, over real HTTP to the served index.
        long started = System.nanoTime();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var wrong = new ArrayList<String>();
        try {
            var futures = new ArrayList<java.util.concurrent.Future<List<String>>>();
            for (var e : clicks.entrySet()) {
                futures.add(pool.submit(() -> {
                    long got = get(urls.get(e.getKey())).get("total").asLong();
                    return e.getValue().stream()
                            .filter(c -> c.expected() != got)
                            .map(c -> c.what() + ": gives " + got + ", expected " + c.expected())
                            .toList();
                }));
            }
            for (var f : futures) {
                wrong.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "%d clicks of %d requests checked as %d searches in %.1f s%n",
                clicked,
                requests.size(),
                clicks.size(),
                (System.nanoTime() - started) / 1e9);
        assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())), wrong.size() + " clicks wrong");
        assertTrue(clicked > 4_000, "only " + clicked + " clicks checked");
    }

    @Test
    void estimates_are_flagged_list_every_value_with_a_match_and_stay_close() throws IOException {
        // Exact counts up to 10,000 matches: queries matching more are counted in a sample holding at
        // least 20,000 of their filtered matches (1 document in 2 here).
        var estimating = new Searcher(service.searcher().snapshots(), Aliases.bundled(), RankingSwitches.ALL, 10_000);
        int estimated = 0;
        try (var pinned = estimating.pin()) {
            for (var params : requests) {
                SearchResult r = pinned.search(SearchRequest.from(params));
                Oracle truth = Oracle.of(pinned, params);
                if (truth.total <= 10_000) {
                    assertTrue(r.totalExact() && r.facetsExact(), () -> params + ": " + truth.total + " matches");
                    assertEquals(truth.total, r.total());
                    continue;
                }
                if (r.facetsExact()) {
                    continue; // under the 6-sigma margin of the first estimate: counted exactly, which is allowed
                }
                estimated++;
                assertFalse(r.totalExact(), () -> params + ": facets estimated, total said exact");
                assertTrue(r.total() >= SearchRequest.MAX_WINDOW, () -> params + ": estimated below a full window");
                assertClose(truth.total, r.total(), "total of " + params);
                for (String dim : Schema.FACETS) {
                    Map<String, Long> shown = counts(r.facets().get(dim));
                    Map<String, Long> exact = truth.facets.get(dim);
                    assertEquals(exact.keySet(), shown.keySet(), dim + " values listed for " + params);
                    for (var e : exact.entrySet()) {
                        if (e.getValue() * 100 >= truth.total) {
                            assertClose(e.getValue(), shown.get(e.getKey()), dim + "=" + e.getKey() + " of " + params);
                        }
                    }
                    r.facets().get(dim).stream()
                            .filter(c -> !c.estimated())
                            .forEach(c -> assertEquals(
                                    exact.get(c.value()), c.count(), dim + "=" + c.value() + " said exact"));
                }
            }
        }
        assertTrue(estimated >= 10, "only " + estimated + " requests were estimated");
    }

    /**
     * A count scaled from a 1-in-2 sample has a standard deviation of about √n: allowed 5 % or 5.5
     * standard deviations, whichever is larger. The test makes thousands of such comparisons, so a
     * tighter bound fails by chance (at 4 σ one run of three failed, on a 4.1 σ deviation); at this corpus size
     * 5.5√n is the larger below 12,100. The ±5 % of issue #12 needs the production sample (at least
     * 200,000 matches), not this test's 20,000.
     */
    private static void assertClose(long truth, long estimate, String what) {
        double allowed = Math.max(0.05 * truth, 5.5 * Math.sqrt(truth));
        assertTrue(Math.abs(estimate - truth) <= allowed, what + ": estimated " + estimate + ", truly " + truth);
    }

    private static Map<String, Long> counts(List<FacetCount> list) {
        var m = new TreeMap<String, Long>();
        list.forEach(c -> m.put(c.value(), c.count()));
        return m;
    }

    /** Counts by brute force: the query's matches collected one by one, filters and facets from the stored records. */
    private record Oracle(long total, Map<String, Map<String, Long>> facets) {
        static Oracle of(Searcher.Pinned pinned, Map<String, List<String>> params) throws IOException {
            String q = params.getOrDefault("q", List.of("")).get(0);
            FixedBitSet matches = matches(pinned.indexSearcher(), pinned.matchQuery(q));
            long total = 0;
            var facets = new LinkedHashMap<String, Map<String, Long>>();
            for (String dim : Schema.FACETS) {
                var m = new TreeMap<String, Long>();
                params.getOrDefault(dim, List.of()).forEach(v -> m.put(v, 0L)); // selections are always listed
                facets.put(dim, m);
            }
            var it = new BitSetIterator(matches, 0);
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (passes(params, doc, null)) {
                    total++;
                }
                for (String dim : Schema.FACETS) {
                    String value = values.get(dim)[doc];
                    if (value != null && passes(params, doc, dim)) {
                        facets.get(dim).merge(value, 1L, Long::sum);
                    }
                }
            }
            return new Oracle(total, facets);
        }

        private static boolean passes(Map<String, List<String>> params, int doc, String exceptDim) {
            for (String dim : Schema.FACETS) {
                List<String> wanted = params.get(dim);
                if (wanted != null && !dim.equals(exceptDim) && !wanted.contains(values.get(dim)[doc])) {
                    return false;
                }
            }
            return true;
        }

        private static FixedBitSet matches(IndexSearcher searcher, org.apache.lucene.search.Query query)
                throws IOException {
            var bits = new FixedBitSet(searcher.getIndexReader().maxDoc());
            searcher.search(query, new SimpleCollector() {
                private int docBase;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    docBase = context.docBase;
                }

                @Override
                public void collect(int doc) {
                    bits.set(docBase + doc);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return bits;
        }
    }

    private static Map<String, String[]> storedValues(IndexSearcher searcher) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        var out = new LinkedHashMap<String, String[]>();
        Schema.FACETS.forEach(dim -> out.put(dim, new String[maxDoc]));
        StoredFields stored = searcher.storedFields();
        sortDates = new long[maxDoc];
        for (int doc = 0; doc < maxDoc; doc++) {
            CorpusRecord r = Schema.record(stored.document(doc));
            out.get("country")[doc] = r.country();
            out.get("region")[doc] = r.region();
            out.get("year")[doc] = r.year() == null ? null : r.year().toString();
            out.get("type")[doc] = r.type();
            out.get("language")[doc] = r.language();
            sortDates[doc] = sortDate(r.date(), r.year());
        }
        return out;
    }

    /**
     * Queries of the generated mix (and a few empty ones: the listing), each with 0 to 3 filters
     * drawn from values that documents hold, sometimes two values in one facet.
     */
    private static List<Map<String, List<String>>> generate(Path queriesTsv) throws IOException {
        List<String> queries = Files.readAllLines(queriesTsv).stream()
                .skip(1)
                .map(l -> l.split("\t", -1)[0])
                .toList();
        var random = new Random(12);
        var out = new ArrayList<Map<String, List<String>>>();
        for (int i = 0; i < REQUESTS; i++) {
            var params = new LinkedHashMap<String, List<String>>();
            params.put("q", List.of(i % 20 == 0 ? "" : queries.get(random.nextInt(queries.size()))));
            int filters = i % 4; // 0, 1, 2, 3 filters in turn
            var dims = new ArrayList<>(Schema.FACETS);
            java.util.Collections.shuffle(dims, random);
            for (String dim : dims.subList(0, filters)) {
                var chosen = new ArrayList<String>();
                chosen.add(valueOf(dim, random));
                if (random.nextInt(5) == 0) {
                    String second = valueOf(dim, random);
                    if (!chosen.contains(second)) {
                        chosen.add(second);
                    }
                }
                params.put(dim, chosen);
            }
            out.add(params);
        }
        return out;
    }

    /** The value of a random document that has one: common values are drawn more often. */
    private static String valueOf(String dim, Random random) {
        String[] all = values.get(dim);
        String v;
        do {
            v = all[random.nextInt(all.length)];
        } while (v == null);
        return v;
    }

    private static long sortDate(java.time.LocalDate date, Integer year) {
        return date != null
                ? date.toEpochDay()
                : year != null ? java.time.LocalDate.of(year, 1, 1).toEpochDay() : Long.MIN_VALUE;
    }

    private static Map<String, List<String>> with(Map<String, List<String>> params, String dim, List<String> values) {
        var copy = new LinkedHashMap<>(params);
        copy.put(dim, values);
        return copy;
    }

    private static JsonNode get(Map<String, List<String>> params) throws IOException, InterruptedException {
        var url = new StringBuilder(base).append("/api/search?size=1");
        params.forEach((k, vs) -> vs.forEach(
                v -> url.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        HttpResponse<String> res = HTTP.send(
                HttpRequest.newBuilder(URI.create(url.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), () -> url + ": " + res.body());
        return JSON.readTree(res.body());
    }
}
