package lcs.http;

import static lcs.http.TestService.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import lcs.index.IndexBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rebuilt index is served without a restart, and no cached answer outlives the index it was
 * computed on. The service starts on {@code reindex-2.jsonl} (one "lantern" document of two),
 * answers (and caches) a few requests, then the same index folder is rebuilt from
 * {@code reindex-4.jsonl} (three of four) and reloaded; each test checks one consequence.
 */
class ReindexTest {
    @RegisterExtension
    static final TestService api = TestService.serving("reindex-2.jsonl");

    private static JsonNode lanternBefore;
    private static JsonNode listingBefore;
    private static JsonNode healthBefore;
    private static String lanternEtagBefore;

    @BeforeAll
    static void searchRebuildAndReload() throws Exception {
        lanternBefore = api.search("q=lantern");
        api.search("q=lantern"); // answered from the cache this time
        listingBefore = api.search("");
        healthBefore = api.get("/api/health").json();
        lanternEtagBefore = api.get("/api/search?q=lantern").header("ETag");

        new IndexBuilder(false).build(fixture("reindex-4.jsonl"), api.index());
        api.service().reloadNow();
    }

    @Test
    void a_cached_answer_is_replaced_by_the_new_index_answer() {
        assertEquals(1, lanternBefore.get("total").asLong());
        JsonNode after = api.search("q=lantern");
        assertEquals(3, after.get("total").asLong());
        assertEquals(
                List.of("rx-1", "rx-3", "rx-4"),
                TestService.ids(after).stream().sorted().toList());
    }

    @Test
    void the_listing_shows_the_new_documents() {
        assertEquals(2, listingBefore.get("total").asLong());
        assertEquals(4, api.search("").get("total").asLong());
    }

    @Test
    void health_shows_the_new_document_count_and_index_version() {
        assertEquals(2, healthBefore.get("documents").asLong());
        JsonNode after = api.get("/api/health").json();
        assertEquals(4, after.get("documents").asLong());
        assertNotEquals(
                healthBefore.get("indexVersion").asText(),
                after.get("indexVersion").asText());
    }

    @Test
    void an_etag_from_the_old_index_no_longer_matches() {
        var r = api.get("/api/search?q=lantern", "If-None-Match", lanternEtagBefore);
        assertEquals(200, r.status());
        assertEquals(3, r.json().get("total").asLong());
        assertNotEquals(lanternEtagBefore, r.header("ETag"));
    }

    @Test
    void metrics_report_the_new_document_count() {
        String metrics = api.get("/metrics").body();
        assertEquals(true, metrics.contains("lcs_index_documents 4.0"), metrics);
    }
}
