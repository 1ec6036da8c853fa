package lcs.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: one page of hits, the total, facet counts, a correction and a notice
 * (such as "few documents are in the query's language"; null when none). Totals and
 * facet counts of very large result sets are estimates from a sample of the index, as
 * {@code totalExact} and {@code facetsExact} say. {@code cities} (the matches per city, counted as
 * the facets are) is null, and not written, unless the request asked for it.
 */
public record SearchResult(
        String query,
        long total,
        boolean totalExact,
        boolean facetsExact,
        int page,
        int size,
        long tookMs,
        List<Hit> hits,
        Map<String, List<FacetCount>> facets,
        String didYouMean,
        Notice notice,
        String indexVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CityCount> cities) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        cities = cities == null ? null : List.copyOf(cities);
    }

    /** The same result reporting another time (a cached answer reports its own). */
    public SearchResult withTookMs(long ms) {
        return new SearchResult(
                query,
                total,
                totalExact,
                facetsExact,
                page,
                size,
                ms,
                hits,
                facets,
                didYouMean,
                notice,
                indexVersion,
                cities);
    }
}
