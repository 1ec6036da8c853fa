package lcs.http;

import static lcs.http.Markup.attrs;
import static lcs.http.Markup.el;
import static lcs.http.Markup.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lcs.search.FacetCount;
import lcs.search.Hit;
import lcs.search.SearchResult;

/**
 * The search view's parts as web/js/render.js draws them for an answer, in one UI language: the
 * status line, hits, pager, facets, chips, "did you mean" and "no results". Change one, change both
 * (ServerRenderedPageTest compares them in Chromium).
 */
final class SearchHtml {
    /** Facet values shown before "show all" (render.js LIMIT). */
    private static final int LIMIT = 8;
    /** The API serves hits up to this rank (common.js MAX_WINDOW). */
    private static final int MAX_WINDOW = 10_000;

    private final Translator tr;
    private final PageState state;
    private final SearchResult result;
    private final String corrected;

    /** @param corrected the correction whose results these are, when the words as typed found nothing; else null */
    SearchHtml(Translator tr, PageState state, SearchResult result, String corrected) {
        this.tr = tr;
        this.state = state;
        this.result = result;
        this.corrected = corrected;
    }

    /** renderStatus; an estimated total reads "About N results" with two significant figures. */
    String status() {
        boolean about = !result.totalExact();
        long shown = about ? Translator.twoFigures(result.total()) : result.total();
        String q = corrected != null ? corrected : state.q().strip();
        return q.isEmpty()
                ? tr.t(about ? "aboutDocuments" : "documents", Map.of("n", shown))
                : tr.t(about ? "aboutResultsFor" : "resultsFor", Map.of("n", shown, "q", q));
    }

    /** The filters button: "Filters (2)" with filters chosen. */
    String filtersButton() {
        int n = state.selected().size();
        return n > 0 ? tr.t("filtersCount", Map.of("n", n)) : tr.t("filters");
    }

    String showResults() {
        return tr.t("showResults", Map.of("n", result.total()));
    }

    /** The items of the hits list (renderHits). */
    String hits() {
        var out = new StringBuilder();
        for (Hit hit : result.hits()) {
            String original = Markup.httpUrl(hit.url());
            String inside = state.docHref(hit.id(), true);
            String title = el(
                    "a",
                    attrs(
                            "href",
                            original != null ? original : inside,
                            "class",
                            "hit-link " + (original != null ? "external" : "internal"),
                            "data-nav",
                            original != null ? null : ""),
                    esc(hit.title() != null ? hit.title() : hit.id()),
                    original != null
                            ? el("span", attrs("class", "visually-hidden"), esc(" " + tr.t("external")))
                            : null);
            // The snippet is the API's own HTML: escaped text with <mark> elements only.
            String snippet = hit.snippet() != null && !hit.snippet().isEmpty() ? hit.snippet() : esc(hit.summary());
            out.append(el(
                    "li",
                    attrs("class", "hit", "lang", blankToNull(hit.language())),
                    el("h3", attrs("class", "hit-title", "dir", "auto"), title),
                    el(
                            "p",
                            attrs("class", "hit-meta", "lang", tr.lang()),
                            el("span", attrs("class", "badge"), esc(tr.typeLabel(hit.type()))),
                            " ",
                            join(List.of(place(tr, hit.city(), hit.country()), tr.formatDate(hit.date(), hit.year())))),
                    el("p", attrs("class", "hit-snippet", "dir", "auto"), snippet),
                    original != null
                            ? el(
                                    "p",
                                    attrs("class", "hit-more", "lang", tr.lang()),
                                    el("a", attrs("href", inside, "data-nav", ""), esc(tr.t("fullText"))))
                            : null));
        }
        return out.toString();
    }

    /** The number the hits list starts at. */
    int start() {
        return (result.page() - 1) * result.size() + 1;
    }

    /** The pager's inside, or null when there is one page (renderPagination). */
    String pagination() {
        long pages =
                Math.max(1, Math.min((result.total() + result.size() - 1) / result.size(), MAX_WINDOW / result.size()));
        if (pages <= 1) {
            return null;
        }
        int cur = result.page();
        var nums = new java.util.TreeSet<Long>(List.of(1L, cur - 1L, (long) cur, cur + 1L, pages));
        nums.removeIf(p -> p < 1 || p > pages);
        var items = new ArrayList<String>();
        if (cur > 1) {
            items.add(pageLink(cur - 1, esc(tr.t("previous")), "prev", null, false));
        }
        long before = 0;
        for (long p : nums) {
            if (before > 0 && p - before > 1) {
                items.add(el("span", attrs("class", "gap", "aria-hidden", "true"), "…"));
            }
            items.add(pageLink((int) p, esc(tr.number(p)), "num", tr.t("page", Map.of("n", p)), p == cur));
            before = p;
        }
        if (cur < pages) {
            items.add(pageLink(cur + 1, esc(tr.t("next")), "next", null, false));
        }
        return el("ul", attrs(), items.stream().map(i -> el("li", attrs(), i)).toArray(String[]::new));
    }

    private String pageLink(int p, String label, String cls, String aria, boolean current) {
        return el(
                "a",
                attrs(
                        "href",
                        state.withPage(p).searchHref(),
                        "class",
                        cls,
                        "aria-label",
                        aria,
                        "data-nav",
                        "",
                        "data-page",
                        String.valueOf(p),
                        "aria-current",
                        current ? "page" : null),
                label);
    }

    /** The facet groups (renderFacets, with nothing expanded and no country filter typed). */
    String facets() {
        boolean approx = !result.facetsExact();
        var out = new StringBuilder();
        String place = placeFacet(approx);
        if (place != null) {
            out.append(place);
        }
        for (String dim : List.of("type", "year", "language")) {
            List<FacetCount> entries = result.facets().getOrDefault(dim, List.of());
            if (entries.isEmpty()) {
                continue;
            }
            var shown = new ArrayList<String>();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).selected() || i < LIMIT) {
                    shown.add(el("li", attrs(), checkbox(dim, entries.get(i), approx, "")));
                }
            }
            out.append(el(
                    "fieldset",
                    attrs("class", "facet", "data-facet", dim),
                    el("legend", attrs(), esc(tr.t("facet." + dim))),
                    el("ul", attrs(), shown.toArray(String[]::new)),
                    entries.size() > LIMIT ? moreButton(dim, entries.size()) : null));
        }
        return out.toString();
    }

    private String moreButton(String dim, int n) {
        return el(
                "button",
                attrs(
                        "type",
                        "button",
                        "class",
                        "link more",
                        "aria-expanded",
                        "false",
                        "data-more",
                        dim,
                        "data-key",
                        "more:" + dim),
                esc(tr.t("showAll", Map.of("n", n))));
    }

    /** The region → country tree (placeFacet and renderPlaceTree). */
    private String placeFacet(boolean approx) {
        List<FacetCount> regions = result.facets().getOrDefault("region", List.of());
        List<FacetCount> countries = result.facets().getOrDefault("country", List.of());
        if (regions.isEmpty() && countries.isEmpty()) {
            return null;
        }
        String filter = null;
        if (countries.size() > LIMIT) {
            String label = tr.t("filterCountries");
            filter = el(
                    "div",
                    attrs("class", "facet-filter"),
                    el("label", attrs("for", "country-filter", "class", "visually-hidden"), esc(label)),
                    el(
                            "input",
                            attrs(
                                    "type",
                                    "search",
                                    "id",
                                    "country-filter",
                                    "placeholder",
                                    label,
                                    "autocomplete",
                                    "off",
                                    "data-key",
                                    "country-filter")));
        }
        record Group(FacetCount region, List<FacetCount> list) {}
        var groups = new LinkedHashMap<String, Group>();
        regions.forEach(r -> groups.put(r.value(), new Group(r, new ArrayList<>())));
        for (int i = 0; i < countries.size(); i++) {
            FacetCount c = countries.get(i);
            if (c.selected() || i < LIMIT) {
                String key = c.region() == null ? "" : c.region();
                groups.computeIfAbsent(key, k -> new Group(null, new ArrayList<>()))
                        .list()
                        .add(c);
            }
        }
        var tree = new StringBuilder();
        groups.forEach((key, g) -> {
            String head = g.region() != null
                    ? checkbox("region", g.region(), approx, "region")
                    : !key.isEmpty()
                            ? el(
                                    "span",
                                    attrs("class", "option region"),
                                    el("span", attrs("class", "option-label"), esc(tr.regionLabel(key))))
                            : null;
            String list = g.list().isEmpty()
                    ? null
                    : el(
                            "ul",
                            attrs(),
                            g.list().stream()
                                    .map(c -> el("li", attrs(), checkbox("country", c, approx, "")))
                                    .toArray(String[]::new));
            tree.append(el("li", attrs(), head, list));
        });
        return el(
                "fieldset",
                attrs("class", "facet", "data-facet", "place"),
                el("legend", attrs(), esc(tr.t("facet.place"))),
                filter,
                el(
                        "div",
                        attrs("class", "place-body"),
                        el("ul", attrs("class", "tree"), tree.toString()),
                        countries.size() > LIMIT ? moreButton("country", countries.size()) : null));
    }

    private String checkbox(String dim, FacetCount entry, boolean approx, String extraClass) {
        return el(
                "label",
                attrs("class", ("option " + extraClass).strip()),
                el(
                        "input",
                        attrs(
                                "type",
                                "checkbox",
                                "value",
                                entry.value(),
                                "checked",
                                entry.selected() ? "" : null,
                                "data-dim",
                                dim,
                                "data-key",
                                dim + ":" + entry.value())),
                el("span", attrs("class", "option-label"), esc(tr.facetLabel(dim, entry.value()))),
                count(entry.count(), approx && entry.estimated()));
    }

    /** common.js facetCount: an estimate shows "~N" and says "about N" to screen readers and on hover. */
    private String count(long n, boolean approx) {
        if (!approx) {
            return el("span", attrs("class", "count"), esc(tr.number(n)));
        }
        long rounded = Translator.twoFigures(n);
        String about = tr.t("about", Map.of("n", rounded));
        return el(
                "span",
                attrs("class", "count approx", "title", about),
                el("span", attrs("aria-hidden", "true"), esc("~" + tr.number(rounded))),
                el("span", attrs("class", "visually-hidden"), esc(about)));
    }

    /** The chosen filters as removable chips with "clear all" (renderChips), or null for none. */
    String chips() {
        if (state.selected().isEmpty()) {
            return null;
        }
        return el("h2", attrs("class", "visually-hidden"), esc(tr.t("activeFilters")))
                + chipList("")
                + el(
                        "a",
                        attrs(
                                "class",
                                "clear-all",
                                "href",
                                state.withoutFilters().searchHref(),
                                "data-nav",
                                "",
                                "data-key",
                                "clear-all"),
                        esc(tr.t("clearAll")));
    }

    private String chipList(String cls) {
        return el(
                "ul",
                attrs("class", cls.isEmpty() ? null : cls),
                state.selected().stream()
                        .map(pair -> el("li", attrs(), removeChip(pair[0], pair[1])))
                        .toArray(String[]::new));
    }

    private String removeChip(String dim, String value) {
        String label = tr.t("facet." + dim) + ": " + tr.facetLabel(dim, value);
        return el(
                "a",
                attrs(
                        "class",
                        "chip",
                        "href",
                        state.without(dim, value).searchHref(),
                        "aria-label",
                        tr.t("removeFilter", Map.of("label", label)),
                        "data-nav",
                        "",
                        "data-key",
                        "chip:" + dim + ":" + value),
                el("span", attrs(), esc(label)),
                el("span", attrs("class", "chip-x", "aria-hidden", "true"), "×"));
    }

    /** "Showing results for", "did you mean" (a link) or the language notice, or null (renderDidYouMean). */
    String didYouMean() {
        if (corrected != null) {
            return withMarkup(
                    "showingFor",
                    "q",
                    el("strong", attrs(), esc(corrected)),
                    Map.of("original", state.q().strip()));
        }
        if (result.total() == 0) {
            return null;
        }
        if (result.didYouMean() != null && !result.didYouMean().isEmpty()) {
            String link = el(
                    "a",
                    attrs("href", state.withQuery(result.didYouMean()).searchHref(), "data-nav", ""),
                    esc(result.didYouMean()));
            return withMarkup("didYouMean", "q", link, Map.of());
        }
        String notice = tr.notice(result.notice());
        return notice == null ? null : el("span", attrs("class", "notice"), esc(notice));
    }

    /** No hits: say so, and offer the filters for removal (renderEmpty); null when there are hits. */
    String empty() {
        if (result.total() > 0) {
            return null;
        }
        String q = state.q().strip();
        String out = el(
                "p",
                attrs("class", "empty-title"),
                esc(q.isEmpty() ? tr.t("noDocuments") : tr.t("noResults", Map.of("q", q))));
        if (!state.selected().isEmpty()) {
            return out
                    + el("p", attrs(), esc(tr.t("hintFilters")))
                    + chipList("chips")
                    + el(
                            "p",
                            attrs(),
                            el(
                                    "a",
                                    attrs(
                                            "class",
                                            "button",
                                            "href",
                                            state.withoutFilters().searchHref(),
                                            "data-nav",
                                            ""),
                                    esc(tr.t("removeAll"))));
        }
        if (!q.isEmpty()) {
            String notice = tr.notice(result.notice());
            return out + el("p", attrs("class", "notice"), esc(notice != null ? notice : tr.t("hintSpelling")));
        }
        return out;
    }

    /** A template with one placeholder filled by markup (common.js parts with a node), the rest as text. */
    private String withMarkup(String key, String name, String markup, Map<String, Object> vars) {
        String token = "\u0000" + name + "\u0000";
        var all = new LinkedHashMap<String, Object>(vars);
        all.put(name, token);
        return esc(tr.t(key, all)).replace(token, markup);
    }

    /** A hit's or related item's place: city and the country in the UI language. */
    static String place(Translator tr, String city, String country) {
        var parts = new ArrayList<String>();
        if (city != null && !city.isEmpty()) {
            parts.add(city);
        }
        if (country != null && !country.isEmpty()) {
            parts.add(tr.countryLabel(country));
        }
        return String.join(", ", parts);
    }

    /** render.js join: each piece isolated in a bdi, so a Latin name and a date keep their order in Arabic. */
    static String join(List<String> items) {
        var out = new StringBuilder();
        for (String item : items) {
            if (item == null || item.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(" · ");
            }
            out.append(el("bdi", attrs(), esc(item)));
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
