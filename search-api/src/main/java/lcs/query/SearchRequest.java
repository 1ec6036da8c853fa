package lcs.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lcs.corpus.Countries;
import lcs.schema.Schema;

/**
 * A validated, normalized search request. Immutable, with value equality, so it is also the key of
 * the response cache: two URLs that mean the same search (filters in another order, repeated
 * values, surrounding spaces) make equal requests.
 *
 * @param filters facet dimension → selected values (OR-ed within a facet, AND-ed across facets),
 *     only dimensions of {@link Schema#FACETS}, values sorted and distinct
 * @param cities whether the answer counts the matches per city (for the map; off by default, so
 *     that searches which show no map neither pay for it nor carry it)
 */
public record SearchRequest(
        String q, Map<String, List<String>> filters, int page, int size, Sort sort, boolean explain, boolean cities) {

    public static final int MAX_QUERY_CHARS = 1_000;
    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_FILTER_VALUES = 50;
    public static final int DEFAULT_SIZE = 10;

    /** Result order. */
    public enum Sort {
        RELEVANCE,
        NEWEST
    }

    public SearchRequest {
        q = normalize(q);
        var copy = new TreeMap<String, List<String>>();
        filters.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        filters = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** A request without city counts. */
    public SearchRequest(String q, Map<String, List<String>> filters, int page, int size, Sort sort, boolean explain) {
        this(q, filters, page, size, sort, explain, false);
    }

    /**
     * Reads a request from URL query parameters (each may repeat).
     *
     * @throws BadRequestException naming the first invalid parameter
     */
    public static SearchRequest from(Map<String, List<String>> params) {
        String q = single(params, "q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException(
                    "q", "must be at most " + MAX_QUERY_CHARS + " characters (got " + q.length() + ")");
        }
        int page = intParam(params, "page", 1);
        if (page < 1) {
            throw new BadRequestException("page", "must be 1 or more (got " + page + ")");
        }
        int size = intParam(params, "size", DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "must be between 1 and " + MAX_SIZE + " (got " + size + ")");
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new BadRequestException(
                    "page", "page × size must be at most " + MAX_WINDOW + " (got " + ((long) page * size) + ")");
        }
        String sortText = single(params, "sort");
        Sort sort = Sort.RELEVANCE;
        if (sortText != null && !sortText.isBlank()) {
            sort = switch (sortText.strip()) {
                case "relevance" -> Sort.RELEVANCE;
                case "newest" -> Sort.NEWEST;
                default ->
                    throw new BadRequestException(
                            "sort", "must be relevance or newest (got \"" + clip(sortText) + "\")");
            };
        }
        var filters = new TreeMap<String, List<String>>();
        for (String dim : Schema.FACETS) {
            List<String> raw = params.getOrDefault(dim, List.of());
            if (raw.size() > MAX_FILTER_VALUES) {
                throw new BadRequestException(dim, "at most " + MAX_FILTER_VALUES + " values (got " + raw.size() + ")");
            }
            var values = new LinkedHashSet<String>();
            for (String v : raw) {
                String value = v.strip();
                if (value.isEmpty()) {
                    continue;
                }
                if (dim.equals("year") && !value.matches("\\d{1,4}")) {
                    throw new BadRequestException("year", "must be a year such as 2021 (got \"" + clip(value) + "\")");
                }
                if (value.length() > 200) {
                    throw new BadRequestException(dim, "value too long (at most 200 characters)");
                }
                values.add(canonical(dim, value));
            }
            var sorted = new ArrayList<>(values);
            sorted.sort(null);
            filters.put(dim, sorted);
        }
        String explain = single(params, "explain");
        return new SearchRequest(
                q, filters, page, size, sort, "true".equals(explain) || "1".equals(explain), flag(params, "cities"));
    }

    /**
     * Whitespace runs become one space and leading space goes; one trailing space is kept, because
     * it says the last word is complete (no prefix matching while typing).
     */
    static String normalize(String q) {
        if (q == null) {
            return "";
        }
        String collapsed = q.replaceAll("\\s+", " ").stripLeading();
        return collapsed.isBlank() ? "" : collapsed;
    }

    /** Filter values as the index holds them: UNESCO country names, canonical regions, lowercase slugs. */
    private static String canonical(String dim, String value) {
        return switch (dim) {
            case "country" ->
                Countries.bundled().find(value).map(Countries.Country::name).orElse(value);
            case "region" ->
                Countries.REGIONS.stream()
                        .filter(r -> r.equalsIgnoreCase(value))
                        .findFirst()
                        .orElse(value);
            case "type", "language" -> value.toLowerCase(java.util.Locale.ROOT);
            default -> value;
        };
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** An opt-in switch: absent, empty, {@code false} or {@code 0} is off; {@code true} or {@code 1} is on. */
    private static boolean flag(Map<String, List<String>> params, String name) {
        String v = single(params, name);
        if (v == null) {
            return false;
        }
        return switch (v.strip()) {
            case "", "false", "0" -> false;
            case "true", "1" -> true;
            default -> throw new BadRequestException(name, "must be true or false (got \"" + clip(v) + "\")");
        };
    }

    private static int intParam(Map<String, List<String>> params, String name, int fallback) {
        String v = single(params, name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, "must be a whole number (got \"" + clip(v) + "\")");
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
