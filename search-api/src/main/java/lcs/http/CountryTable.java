package lcs.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lcs.corpus.Countries;
import lcs.query.BadRequestException;

/**
 * {@code GET /api/countries[?lang=fr]}: the country table the index uses ({@code corpus/countries.tsv}),
 * so the page names countries in the UI language: code, UNESCO name (the filter value), region and
 * the names in each UI language, or in one with {@code lang}. The table changes only with a release.
 */
final class CountryTable {
    private static final String CACHE_CONTROL = "public, max-age=3600";

    record Entry(String code, String name, String region, Map<String, String> names) {}

    record Body(List<String> languages, List<String> regions, List<Entry> countries) {}

    private final Map<String, Body> bodies = new LinkedHashMap<>();

    CountryTable(Countries countries) {
        bodies.put("", body(countries, Countries.LANGUAGES));
        for (String lang : Countries.LANGUAGES) {
            bodies.put(lang, body(countries, List.of(lang)));
        }
    }

    private static Body body(Countries countries, List<String> languages) {
        var entries = countries.all().stream()
                .map(c -> {
                    var names = new LinkedHashMap<String, String>();
                    languages.forEach(l -> names.put(l, c.name(l)));
                    return new Entry(c.iso2(), c.name(), c.region(), names);
                })
                .toList();
        return new Body(languages, Countries.REGIONS, entries);
    }

    /** What {@code /api/countries?lang=} answers; null for a language that is not a UI language. */
    Body body(String lang) {
        return bodies.get(lang);
    }

    void handle(Context ctx) {
        String lang = ctx.queryParam("lang");
        Body body = bodies.get(lang == null ? "" : lang.strip());
        if (body == null) {
            throw new BadRequestException(
                    "lang", "must be one of " + String.join(", ", Countries.LANGUAGES) + " (got \"" + lang + "\")");
        }
        ctx.header("Cache-Control", CACHE_CONTROL).json(body);
    }
}
