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

  /** @param spec a Caffeine spec such as {@code maximumSize=10000}, or "off" to cache nothing */
  public ResultCache(String spec) {
    this.cache = "off".equalsIgnoreCase(spec)
        ? Caffeine.newBuilder().maximumSize(0).recordStats().build()
        : Caffeine.from(CaffeineSpec.parse(spec)).recordStats().build();
  }

  public SearchResult get(SearchRequest request, Function<SearchRequest, SearchResult> search) {
    return cache.get(request, search);
  }

  public void invalidateAll() {
    cache.invalidateAll();
  }

  /** The underlying cache, for metrics. */
  public Cache<SearchRequest, SearchResult> caffeine() {
    return cache;
  }
}
