package lcs.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.CaffeineSpec;
import java.util.function.Function;
import lcs.query.SearchRequest;
import lcs.search.SearchResult;

/**
 * Search responses keyed by the index version they were computed on and the normalized
 * {@link SearchRequest}, bounded by a Caffeine spec. A lookup names the version its caller is
 * reading, so an answer computed on one version is never returned for another, even when a
 * request that started before a swap finishes after it. Thread-safe.
 */
public final class ResultCache {
    /** What a cached answer is keyed by. */
    public record Key(String indexVersion, SearchRequest request) {}

    private final Cache<Key, SearchResult> cache;
    private final boolean enabled;
    /** The newest version served; answers of older versions are not kept. */
    private volatile String served;

    /** @param spec a Caffeine spec such as {@code maximumSize=10000}, or "off" to cache nothing */
    public ResultCache(String spec) {
        this.enabled = !"off".equalsIgnoreCase(spec);
        // When off, an empty cache still exists so that metrics keep one shape.
        this.cache = enabled
                ? Caffeine.from(CaffeineSpec.parse(spec)).recordStats().build()
                : Caffeine.<Key, SearchResult>newBuilder()
                        .maximumSize(0)
                        .recordStats()
                        .build();
    }

    /**
     * The cached answer to {@code request} on {@code indexVersion}, or the one {@code search}
     * computes, which must be computed on that version.
     */
    public SearchResult get(String indexVersion, SearchRequest request, Function<SearchRequest, SearchResult> search) {
        if (!enabled) {
            return search.apply(request);
        }
        var key = new Key(indexVersion, request);
        SearchResult result = cache.get(key, k -> search.apply(k.request()));
        String now = served;
        if (now != null && !now.equals(indexVersion)) {
            // A request that started before a swap: its answer is right for its version, but no later
            // request will ask for that version, so it is not kept.
            cache.invalidate(key);
        }
        return result;
    }

    /** A new index version is served: answers computed on others are dropped. */
    public void versionServed(String indexVersion) {
        served = indexVersion;
        cache.invalidateAll();
    }

    /** The underlying cache, for metrics. */
    public Cache<Key, SearchResult> caffeine() {
        return cache;
    }
}
