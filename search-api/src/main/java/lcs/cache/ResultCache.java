package lcs.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.CaffeineSpec;
import java.util.function.Function;
import lcs.query.SearchRequest;
import lcs.search.SearchResult;

/**
 * Search responses keyed by the normalized {@link SearchRequest}, bounded by a Caffeine spec.
 * Emptied whenever a new index version is served, so no answer outlives its index. Thread-safe.
 */
public final class ResultCache {
  private final Cache<SearchRequest, SearchResult> cache;
  private final boolean enabled;

  /** @param spec a Caffeine spec such as {@code maximumSize=10000}, or "off" to cache nothing */
  public ResultCache(String spec) {
    this.enabled = !"off".equalsIgnoreCase(spec);
    // When off, an empty cache still exists so that metrics keep one shape.
    this.cache = enabled
        ? Caffeine.from(CaffeineSpec.parse(spec)).recordStats().build()
        : Caffeine.newBuilder().maximumSize(0).recordStats().build();
  }

  public SearchResult get(SearchRequest request, Function<SearchRequest, SearchResult> search) {
    return enabled ? cache.get(request, search) : search.apply(request);
  }

  public void invalidateAll() {
    cache.invalidateAll();
  }

  /** The underlying cache, for metrics. */
  public Cache<SearchRequest, SearchResult> caffeine() {
    return cache;
  }
}
