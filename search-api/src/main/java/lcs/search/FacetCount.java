package lcs.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One facet value with the number of matching documents, computed as if this facet's own
 * selection were not applied (disjunctive counts). {@code region} and {@code code} (ISO 3166-1
 * alpha-2) are set on country values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetCount(String value, long count, boolean selected, String region, String code) {}
