package lcs.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One ranked result. {@code snippet} is HTML: every character of the source is escaped and only
 * {@code <mark>} elements are added. {@code explanation} is present only when asked for.
 */
public record Hit(
        String id,
        String type,
        String title,
        String city,
        String country,
        String region,
        Integer year,
        String date,
        String language,
        String url,
        String summary,
        String snippet,
        float score,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> explanation) {

    /** A hit for a stored record. */
    static Hit of(lcs.corpus.CorpusRecord r, String snippet, float score, List<String> explanation) {
        return new Hit(
                r.id(),
                r.type(),
                r.title(),
                r.city(),
                r.country(),
                r.region(),
                r.year(),
                r.date() == null ? null : r.date().toString(),
                r.language(),
                r.url(),
                r.summary(),
                snippet,
                score,
                explanation);
    }
}
