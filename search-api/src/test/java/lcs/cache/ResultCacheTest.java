package lcs.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lcs.query.SearchRequest;
import lcs.search.SearchResult;
import org.junit.jupiter.api.Test;

/** The response cache is keyed by index version: no answer crosses a swap. */
class ResultCacheTest {
    private static final SearchRequest REQUEST = SearchRequest.from(Map.of("q", List.of("lantern")));

    private static SearchResult answer(String version) {
        return new SearchResult("lantern", 1, true, true, 1, 10, 0, List.of(), Map.of(), null, null, version, null);
    }

    @Test
    void an_answer_computed_on_a_replaced_version_is_never_served_for_the_new_one() throws Exception {
        var cache = new ResultCache("maximumSize=100");
        cache.versionServed("v1");
        var computing = new CountDownLatch(1);
        var swapped = new CountDownLatch(1);
        // A request pinned to v1 is still searching when v2 is swapped in.
        CompletableFuture<SearchResult> late = CompletableFuture.supplyAsync(() -> cache.get("v1", REQUEST, r -> {
            computing.countDown();
            try {
                assertTrue(swapped.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return answer("v1");
        }));
        assertTrue(computing.await(10, TimeUnit.SECONDS));
        cache.versionServed("v2");
        swapped.countDown();
        assertEquals(
                "v1", late.get(10, TimeUnit.SECONDS).indexVersion(), "the late request gets its own version's answer");

        var searches = new AtomicInteger();
        SearchResult fresh = cache.get("v2", REQUEST, r -> {
            searches.incrementAndGet();
            return answer("v2");
        });
        assertEquals("v2", fresh.indexVersion());
        assertEquals(1, searches.get(), "v2 was searched, not answered from v1's entry");
        cache.caffeine().cleanUp();
        assertEquals(
                List.of("v2"),
                cache.caffeine().asMap().keySet().stream()
                        .map(ResultCache.Key::indexVersion)
                        .toList(),
                "the late v1 answer was not kept");
    }

    @Test
    void one_version_answers_from_the_cache() {
        var cache = new ResultCache("maximumSize=100");
        cache.versionServed("v1");
        assertEquals(1, searchesForThreeRequests(cache));
    }

    @Test
    void off_searches_every_time() {
        assertEquals(3, searchesForThreeRequests(new ResultCache("off")));
    }

    /** How often the cache ran the search for the same request asked three times of version v1. */
    private static int searchesForThreeRequests(ResultCache cache) {
        var searches = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            cache.get("v1", REQUEST, r -> {
                searches.incrementAndGet();
                return answer("v1");
            });
        }
        return searches.get();
    }
}
