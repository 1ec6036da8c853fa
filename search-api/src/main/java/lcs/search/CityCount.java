package lcs.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The matches of a search in one city: what the same search restricted to documents of that city
 * (and country) counts, filters included. {@code country} and {@code code} (ISO 3166-1 alpha-2) are
 * absent for documents that name no country; {@code lat} and {@code lon} (degrees, from the
 * GeoNames gazetteer) are absent when the gazetteer does not know the city in that country.
 * {@code estimated} is true (and only then written) when the count was scaled up from a sample.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CityCount(
        String name,
        String country,
        String code,
        long count,
        Double lat,
        Double lon,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean estimated) {}
