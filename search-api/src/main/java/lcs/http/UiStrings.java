package lcs.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lcs.corpus.Countries;

/**
 * The page's UI strings ({@code web/js/strings.json}) and languages ({@code web/js/languages.json}),
 * read from the class path where the build puts web/, so the server renders shared links in the very
 * words the script shows. Immutable after construction; thread-safe.
 */
final class UiStrings {
    private final Map<String, Map<String, Object>> tables;
    private final Map<String, Map<String, String>> languages;
    private final Countries countries;
    private final Map<String, Translator> translators = new ConcurrentHashMap<>();

    private UiStrings(
            Map<String, Map<String, Object>> tables, Map<String, Map<String, String>> languages, Countries countries) {
        if (!tables.containsKey("en")) {
            throw new IllegalStateException("web/js/strings.json has no English table");
        }
        this.tables = Map.copyOf(tables);
        this.languages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languages));
        this.countries = countries;
    }

    /** The tables bundled under /web/js. */
    static UiStrings bundled(ObjectMapper json) {
        return new UiStrings(
                read(json, "/web/js/strings.json", new TypeReference<>() {}),
                read(json, "/web/js/languages.json", new TypeReference<>() {}),
                Countries.bundled());
    }

    private static <T> T read(ObjectMapper json, String path, TypeReference<T> type) {
        try (InputStream in = UiStrings.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not bundled");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UI languages in the page's order (languages.json): code → its own name. */
    Map<String, String> names() {
        var out = new java.util.LinkedHashMap<String, String>();
        languages.forEach((code, l) -> out.put(code, l.getOrDefault("name", code)));
        return out;
    }

    /**
     * The UI language the script picks (i18n.js pickLanguage): a supported {@code ?lang=}, else the
     * first supported language of the browser, which sends its list as {@code Accept-Language}, else
     * English. Any header value is accepted: what cannot be read is skipped.
     */
    String choose(String param, String acceptLanguage) {
        var tags = new ArrayList<String>();
        tags.add(param);
        tags.addAll(acceptLanguage(acceptLanguage));
        for (String tag : tags) {
            String primary = tag == null ? "" : tag.toLowerCase(Locale.ROOT).split("-", 2)[0];
            if (tables.containsKey(primary)) {
                return primary;
            }
        }
        return "en";
    }

    /** The header's language ranges, most wanted first (q=0 means "not this one"; ties keep their order). */
    static List<String> acceptLanguage(String header) {
        if (header == null || header.length() > 4096) {
            return List.of();
        }
        record Range(String tag, double q, int at) {}
        var ranges = new ArrayList<Range>();
        String[] items = header.split(",");
        for (int i = 0; i < items.length; i++) {
            String[] parts = items[i].split(";", -1); // -1: ";;;" still has a first part, empty
            double q = 1;
            for (int p = 1; p < parts.length; p++) {
                String param = parts[p].strip();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0; // an unreadable weight: not a wish we can trust
                    }
                }
            }
            if (q > 0 && !Double.isNaN(q)) {
                ranges.add(new Range(parts[0].strip(), q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::at));
        return ranges.stream().map(Range::tag).toList();
    }

    /** The strings and formats of one UI language (English for any other code). */
    Translator of(String code) {
        String lang = tables.containsKey(code) ? code : "en";
        return translators.computeIfAbsent(
                lang,
                l -> new Translator(
                        l,
                        "rtl".equals(languages.getOrDefault(l, Map.of()).get("dir")),
                        tables.get(l),
                        tables.get("en"),
                        countries));
    }
}
