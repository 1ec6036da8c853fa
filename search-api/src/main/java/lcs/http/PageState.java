package lcs.http;

import static lcs.http.Markup.component;
import static lcs.http.Markup.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A search view's state as the page's URL holds it (web/js/state.js): the server reads it from the
 * same parameters and writes the same links, so a server-rendered link is the one the script writes.
 *
 * @param lang the {@code lang} parameter as given (null when absent), not the UI language chosen
 */
record PageState(String q, Map<String, List<String>> filters, String sort, int page, int size, String lang) {
    static final List<String> FACETS = List.of("country", "region", "year", "type", "language");

    PageState {
        var copy = new LinkedHashMap<String, List<String>>();
        filters.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    /** state.js fromLocation. */
    static PageState from(Map<String, List<String>> params) {
        var filters = new LinkedHashMap<String, List<String>>();
        for (String dim : FACETS) {
            var values = new LinkedHashSet<String>();
            for (String v : params.getOrDefault(dim, List.of())) {
                if (!v.strip().isEmpty()) {
                    values.add(v.strip());
                }
            }
            if (!values.isEmpty()) {
                filters.put(dim, List.copyOf(values));
            }
        }
        String sort = first(params, "sort");
        int page = positive(first(params, "page"));
        int size = positive(first(params, "size"));
        String lang = first(params, "lang");
        return new PageState(
                first(params, "q") == null ? "" : first(params, "q"),
                filters,
                "newest".equals(sort) ? "newest" : "relevance",
                page > 0 ? page : 1,
                size > 0 && size <= 100 ? size : 10,
                lang == null || lang.isEmpty() ? null : lang);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** parseInt as the script reads it: leading digits, else nothing (0). */
    private static int positive(String s) {
        if (s == null) {
            return 0;
        }
        var m = java.util.regex.Pattern.compile("^\\s*\\+?(\\d{1,9})").matcher(s);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The page URL of this search (state.js searchHref). */
    String searchHref() {
        var p = new ArrayList<String>();
        if (!q.strip().isEmpty()) {
            p.add("q=" + form(q));
        }
        for (String dim : FACETS) {
            for (String v : filters.getOrDefault(dim, List.of())) {
                p.add(dim + "=" + form(v));
            }
        }
        if (!sort.equals("relevance")) {
            p.add("sort=" + sort);
        }
        if (page > 1) {
            p.add("page=" + page);
        }
        if (size != 10) {
            p.add("size=" + size);
        }
        if (lang != null) {
            p.add("lang=" + form(lang));
        }
        return p.isEmpty() ? "/" : "/?" + String.join("&", p);
    }

    /** A document's view, carrying the search's words to mark (state.js docHref). */
    String docHref(String id, boolean withQuery) {
        var p = new ArrayList<String>();
        if (withQuery && !q.strip().isEmpty()) {
            p.add("q=" + form(q.strip()));
        }
        if (lang != null) {
            p.add("lang=" + form(lang));
        }
        return "/doc/" + component(id) + (p.isEmpty() ? "" : "?" + String.join("&", p));
    }

    PageState withQuery(String query) {
        return new PageState(query, filters, sort, 1, size, lang);
    }

    PageState withPage(int p) {
        return new PageState(q, filters, sort, p, size, lang);
    }

    PageState withoutFilters() {
        return new PageState(q, Map.of(), sort, 1, size, lang);
    }

    /** The search without one filter value (state.js toggleFilter off). */
    PageState without(String dim, String value) {
        var copy = new LinkedHashMap<>(filters);
        var values = new ArrayList<>(filters.getOrDefault(dim, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            copy.remove(dim);
        } else {
            copy.put(dim, values);
        }
        return new PageState(q, copy, sort, 1, size, lang);
    }

    /** The selected filters in facet order, as [dim, value] pairs. */
    List<String[]> selected() {
        var out = new ArrayList<String[]>();
        for (String dim : FACETS) {
            for (String v : filters.getOrDefault(dim, List.of())) {
                out.add(new String[] {dim, v});
            }
        }
        return out;
    }
}
