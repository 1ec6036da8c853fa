package lcs.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One facet value with the number of matching documents, computed as if this facet's own
 * selection were not applied (disjunctive counts). {@code region} and {@code code} (ISO 3166-1
 * alpha-2) are set on country values; {@code estimated} is true (and only then written) when the
 * count was scaled up from a sample.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetCount(
        String value,
        long count,
        boolean selected,
        String region,
        String code,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean estimated) {}
