package lcs.importer.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record being extracted: each field's value and where it came from. The first value set for a
 * field stays unless {@link #override} replaces it, so callers set fields from the strongest origin
 * to the weakest (a rule, a page hint, the page's own markup, inference).
 */
public final class Draft {
    /** Where a field's value came from, for the report. */
    public enum Origin {
        PAGE,
        RULE,
        INFERENCE
    }

    /** The record fields the report tracks, in report order. */
    public static final List<String> FIELDS =
            List.of("title", "body", "summary", "date", "year", "language", "city", "country", "region", "type", "url");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Origin> origins = new LinkedHashMap<>();

    /** Sets a field unless it already has a value; blank values are ignored. */
    public Draft put(String field, String value, Origin origin) {
        if (value != null && !value.isBlank() && !values.containsKey(field)) {
            values.put(field, value.strip());
            origins.put(field, origin);
        }
        return this;
    }

    /** Sets a field whatever it had. */
    public Draft override(String field, String value, Origin origin) {
        if (value != null && !value.isBlank()) {
            values.put(field, value.strip());
            origins.put(field, origin);
        }
        return this;
    }

    public void remove(String field) {
        values.remove(field);
        origins.remove(field);
    }

    public String get(String field) {
        return values.get(field);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public Origin origin(String field) {
        return origins.get(field);
    }

    public Map<String, String> values() {
        return values;
    }

    /** Every field's origin, fields absent left out. */
    public Map<String, Origin> origins() {
        return origins;
    }
}
