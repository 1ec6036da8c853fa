package lcs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lcs.index.IndexBuilder;
import lcs.query.Aliases;
import lcs.query.RankingSwitches;
import lcs.query.SearchRequest;
import lcs.synth.GenerateCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top hits found with dynamic pruning must be the very hits an exhaustive search finds, and
 * counts stay exact below a full window of matches even when sampling is forced (exact counts up
 * to 0 matches). Runs over 3,000 synthetic documents; estimates themselves are tested at 50,000
 * documents in the bench module ({@code LargeCorpusCountsTest}).
 */
class SampledCountsTest {
    private static final int DOCS = 3_000;
    private static final List<String> QUERIES = List.of(
            "learning",
            "lifelong learning",
            "\"learning city\"",
            "city education",
            "skills programme funding",
            "community",
            "digital success social",
            "library projects",
            "network");

    @TempDir
    static Path tmp;

    private static SnapshotManager snapshots;
    private static Searcher exact;
    private static Searcher sampled;

    @BeforeAll
    static void build() throws Exception {
        Path corpus = tmp.resolve("corpus");
        GenerateCommand.generate(DOCS, corpus);
        new IndexBuilder(false).build(corpus, tmp.resolve("index"));
        snapshots = SnapshotManager.open(tmp.resolve("index"));
        exact = new Searcher(snapshots, Aliases.bundled(), RankingSwitches.ALL, Integer.MAX_VALUE);
        sampled = new Searcher(snapshots, Aliases.bundled(), RankingSwitches.ALL, 0);
    }

    @AfterAll
    static void close() throws Exception {
        snapshots.close();
    }

    private static SearchRequest request(String q, Map<String, List<String>> filters, int page) {
        var params = new java.util.LinkedHashMap<String, List<String>>(filters);
        params.put("q", List.of(q));
        params.put("page", List.of(String.valueOf(page)));
        return SearchRequest.from(params);
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    @Test
    void pruning_finds_the_same_hits_in_the_same_order_on_every_page() {
        for (String q : QUERIES) {
            for (int page = 1; page <= 3; page++) {
                SearchResult e = exact.search(request(q, Map.of(), page));
                SearchResult s = sampled.search(request(q, Map.of(), page));
                assertEquals(ids(e), ids(s), q + ", page " + page);
            }
        }
    }

    @Test
    void filtered_queries_find_the_same_hits_too() {
        var filters = Map.of("type", List.of("news"), "language", List.of("en"));
        for (String q : QUERIES) {
            assertEquals(ids(exact.search(request(q, filters, 1))), ids(sampled.search(request(q, filters, 1))), q);
        }
    }

    @Test
    void below_a_full_window_of_matches_counts_stay_exact_even_when_sampling_is_forced() {
        // Fewer matches than the 10,000-hit window: an estimate could offer a page link that comes
        // back empty, so these are counted exactly whatever the limit.
        for (String q : QUERIES) {
            SearchResult e = exact.search(request(q, Map.of(), 1));
            SearchResult s = sampled.search(request(q, Map.of(), 1));
            assertTrue(s.totalExact() && s.facetsExact(), q);
            assertEquals(e.total(), s.total(), q);
            assertEquals(e.facets(), s.facets(), q);
        }
    }

    @Test
    void small_result_sets_stay_exact() {
        SearchResult e = exact.search(request("learning", Map.of("year", List.of("2014")), 1));
        SearchResult s = sampled.search(request("learning", Map.of("year", List.of("2014")), 1));
        assertTrue(s.totalExact());
        assertEquals(e.total(), s.total());
    }
}
