package lcs.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A completion: a city, a country, or a document title (with its id). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Suggestion(String text, String kind, String id) {}
