package lcs.corpus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One validated corpus document. Required components are non-null and non-blank; optional ones
 * are {@code null} when absent. {@code region}, {@code year} and {@code language} are already
 * derived (from the country, the date and the text) when the source left them out.
 */
public record CorpusRecord(
        String id,
        String type,
        String title,
        String body,
        String summary,
        String city,
        String country,
        String region,
        LocalDate date,
        Integer year,
        String language,
        String url,
        String source) {

    public CorpusRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
    }

    /** The record as JSON-ready fields in the corpus format, absent fields left out. */
    public Map<String, Object> toMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", id);
        m.put("type", type);
        m.put("title", title);
        putIfPresent(m, "summary", summary);
        putIfPresent(m, "city", city);
        putIfPresent(m, "country", country);
        putIfPresent(m, "region", region);
        putIfPresent(m, "date", date == null ? null : date.toString());
        putIfPresent(m, "year", year);
        m.put("language", language);
        putIfPresent(m, "url", url);
        putIfPresent(m, "source", source);
        m.put("body", body);
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
