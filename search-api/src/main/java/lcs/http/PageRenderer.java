package lcs.http;

import static lcs.http.Markup.attrs;
import static lcs.http.Markup.el;
import static lcs.http.Markup.esc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lcs.query.BadRequestException;
import lcs.query.SearchRequest;
import lcs.search.Documents;
import lcs.search.Hit;
import lcs.search.NotFoundException;
import lcs.search.SearchResult;

/**
 * The search page with its content already in it, for shared links and slow connections:
 * {@code /doc/{id}} carries the document (title, text, related items, {@code og:} tags, canonical
 * link) and {@code /?q=…} the results, facets and pager. The markup is what {@code web/js/render.js}
 * draws, in the UI language the script will pick (the {@code lang} parameter, else
 * {@code Accept-Language}), and the answers the page would fetch are embedded as JSON, so the script
 * takes over without a change that shows. Anything that fails here leaves the page as the script
 * alone would draw it.
 */
final class PageRenderer {
    private static final String HTML = "<html lang=\"en\" dir=\"ltr\">";
    private static final String TITLE = "<title>Learning City Search</title>";
    private static final String DESCRIPTION_START = "<meta name=\"description\" content=\"";
    private static final String SEARCH_VIEW = "<section id=\"search-view\"";
    private static final String DOC_VIEW =
            "<article id=\"doc-view\" class=\"doc-view\" hidden aria-labelledby=\"doc-title\"></article>";
    private static final String STATUS = "aria-atomic=\"true\"></p>";
    private static final String HITS = "<ol id=\"hits\" class=\"hits\"></ol>";
    private static final String INPUT = "<input id=\"q\" name=\"q\"";
    private static final String UI_LANG = "<select id=\"ui-lang\"></select>";
    private static final String CHIPS = "<div id=\"chips\" class=\"chips\" hidden></div>";
    private static final String DID_YOU_MEAN = "<p id=\"did-you-mean\" class=\"did-you-mean\" hidden></p>";
    private static final String EMPTY = "<div id=\"empty\" class=\"empty\" hidden></div>";
    private static final String FACET_GROUPS = "<div id=\"facet-groups\"></div>";
    private static final String FILTERS = "aria-controls=\"facets\">Filters</button>";
    private static final String SHOW_RESULTS = "aria-controls=\"results\">Show results</button>";
    private static final String MAP_TOGGLE = "aria-expanded=\"false\" aria-controls=\"map\">Show map</button>";
    private static final String MAP = "<div id=\"map\" class=\"map\" hidden></div>";
    private static final String SORT = "<select id=\"sort\">";
    private static final String NEWEST = "<option value=\"newest\"";
    private static final String BODY_END = "</body>";
    private static final Pattern PAGINATION = Pattern.compile("(<nav id=\"pagination\"[^>]*?) hidden([^>]*>)</nav>");
    private static final Pattern I18N_TEXT =
            Pattern.compile("(<(\\w+)\\b[^>]*\\sdata-i18n=\"([\\w.]+)\"[^>]*>)[^<]*(</\\2>)");
    private static final Pattern I18N_ATTRS = Pattern.compile("<\\w+\\b[^>]*\\sdata-i18n-attr=\"([^\"]+)\"[^>]*>");
    private static final int DESCRIPTION_CHARS = 200;
    private static final int RELATED = 5; // as many as the page asks for (api.js related)

    private final String template;
    private final ObjectMapper json;
    private final UiStrings strings;
    private final CountryTable countries;
    private final Documents documents;
    private final Function<SearchRequest, SearchResult> search;
    private final Supplier<String> queryIds;
    private final Map<String, String> frames = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param search the API's search (cached)
     * @param queryIds the analytics id of each search answer, as the API gives it; null when analytics are off
     * @throws IllegalStateException when index.html lacks a place this class fills
     */
    PageRenderer(
            String template,
            ObjectMapper json,
            UiStrings strings,
            CountryTable countries,
            Documents documents,
            Function<SearchRequest, SearchResult> search,
            Supplier<String> queryIds) {
        for (String marker : List.of(
                HTML,
                TITLE,
                DESCRIPTION_START,
                SEARCH_VIEW,
                DOC_VIEW,
                STATUS,
                HITS,
                INPUT,
                UI_LANG,
                CHIPS,
                DID_YOU_MEAN,
                EMPTY,
                FACET_GROUPS,
                FILTERS,
                SHOW_RESULTS,
                MAP_TOGGLE,
                MAP,
                SORT,
                NEWEST,
                BODY_END)) {
            if (!template.contains(marker)) {
                throw new IllegalStateException("web/index.html has no " + marker + " for the server-rendered pages");
            }
        }
        if (!PAGINATION.matcher(template).find()) {
            throw new IllegalStateException("web/index.html has no hidden #pagination for the server-rendered pages");
        }
        this.template = template;
        this.json = json;
        this.strings = strings;
        this.countries = countries;
        this.documents = documents;
        this.search = search;
        this.queryIds = queryIds;
    }

    /** index.html from the class path (where the build puts web/). */
    static String bundledPage() {
        try (InputStream in = PageRenderer.class.getResourceAsStream("/web/index.html")) {
            if (in == null) {
                throw new IllegalStateException("web/index.html is not bundled");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET /doc/{id}: the document view, or "this document does not exist" with status 404. */
    void document(Context ctx) {
        Translator tr = language(ctx);
        PageState state = PageState.from(ctx.queryParamMap());
        String id = ctx.pathParam("id");
        String brand = tr.t("brand");
        String page = frame(tr).replace(SEARCH_VIEW, SEARCH_VIEW + " hidden");
        Map<String, Object> doc;
        try {
            doc = documents.get(id);
        } catch (NotFoundException e) {
            String back = new PageState(state.q(), Map.of(), "relevance", 1, 10, state.lang()).searchHref();
            ctx.status(404);
            send(
                    ctx,
                    page.replace(
                            DOC_VIEW,
                            docView(el(
                                            "p",
                                            attrs("class", "back"),
                                            el(
                                                    "a",
                                                    attrs("href", back, "data-nav", "", "data-action", "back"),
                                                    esc(tr.t("back"))))
                                    + el("h1", attrs("id", "doc-title", "tabindex", "-1"), esc(tr.t("notFound"))))));
            return;
        }
        List<Hit> related;
        try {
            related = documents.related(id, RELATED);
        } catch (RuntimeException e) {
            related = null; // the script asks again
        }
        String title = doc.get("title") == null ? id : doc.get("title").toString();
        String summary = doc.get("summary") == null ? "" : doc.get("summary").toString();
        String description = clip(summary.isEmpty() ? String.valueOf(doc.getOrDefault("body", "")) : summary);
        page = head(
                page, title + " — " + brand, description, canonical(ctx, "/doc/" + Markup.component(id)), "article");
        page = page.replace(DOC_VIEW, docView(DocumentHtml.render(tr, state, doc, related)));
        var data = new LinkedHashMap<String, Object>();
        data.put("document", doc);
        if (related != null) {
            data.put("related", related);
        }
        data.put("countries", countries.body(tr.lang()));
        send(ctx, embed(page, ctx, data));
    }

    private static String docView(String inside) {
        return "<article id=\"doc-view\" class=\"doc-view\" aria-labelledby=\"doc-title\">" + inside + "</article>";
    }

    /** GET / : the results of the search the URL holds (without words, the newest documents). */
    void search(Context ctx) {
        Translator tr = language(ctx);
        PageState state = PageState.from(ctx.queryParamMap());
        String page = frame(tr);
        SearchResult result;
        try {
            result = search.apply(SearchRequest.from(ctx.queryParamMap()));
        } catch (BadRequestException e) {
            send(ctx, page); // the script shows the API's message
            return;
        }
        SearchResult asked = result;
        String corrected = null;
        if (result.total() == 0 && result.didYouMean() != null && !state.q().isBlank()) {
            // As the script does: nothing found but a correction exists, so show its results and say so.
            var fixedParams = new LinkedHashMap<>(ctx.queryParamMap());
            fixedParams.put("q", List.of(result.didYouMean()));
            try {
                SearchResult fixed = search.apply(SearchRequest.from(fixedParams));
                if (fixed.total() > 0) {
                    corrected = result.didYouMean();
                    result = fixed;
                }
            } catch (BadRequestException e) {
                // the words as typed, then
            }
        }
        var html = new SearchHtml(tr, state, result, corrected);
        String query = state.q().strip();
        String status = html.status();
        if (!query.isEmpty()) {
            String description = result.hits().isEmpty()
                    ? status
                    : clip(status + ": "
                            + String.join(
                                    " · ",
                                    result.hits().stream()
                                            .limit(3)
                                            .map(h -> h.title() == null ? h.id() : h.title())
                                            .toList()));
            page = head(
                    page,
                    query + " — " + tr.t("brand"),
                    description,
                    canonical(ctx, "/?" + ctx.queryString()),
                    "website");
        }
        page = page.replace(INPUT, INPUT + " value=\"" + esc(state.q()) + "\"");
        if (query.isEmpty()) { // a listing is newest first whatever the sort; the control says so
            page = page.replace(SORT, "<select id=\"sort\" disabled>").replace(NEWEST, NEWEST + " selected");
        } else if (state.sort().equals("newest")) {
            page = page.replace(NEWEST, NEWEST + " selected");
        }
        page = page.replace(STATUS, "aria-atomic=\"true\">" + esc(status) + "</p>");
        page = page.replace(FILTERS, "aria-controls=\"facets\">" + esc(html.filtersButton()) + "</button>");
        page = page.replace(SHOW_RESULTS, "aria-controls=\"results\">" + esc(html.showResults()) + "</button>");
        page = page.replace(CHIPS, filled("div", "id=\"chips\" class=\"chips\"", html.chips()));
        page = page.replace(DID_YOU_MEAN, filled("p", "id=\"did-you-mean\" class=\"did-you-mean\"", html.didYouMean()));
        page = page.replace(EMPTY, filled("div", "id=\"empty\" class=\"empty\"", html.empty()));
        page = page.replace(
                HITS, "<ol id=\"hits\" class=\"hits\" start=\"" + html.start() + "\">" + html.hits() + "</ol>");
        page = page.replace(FACET_GROUPS, "<div id=\"facet-groups\">" + html.facets() + "</div>");
        String pager = html.pagination();
        if (pager != null) {
            Matcher m = PAGINATION.matcher(page);
            if (m.find()) {
                page = page.substring(0, m.start()) + m.group(1) + m.group(2) + pager + "</nav>"
                        + page.substring(m.end());
            }
        }
        var data = new LinkedHashMap<String, Object>();
        // The embedded answer carries its own queryId, as the API's does, so the page reports this search;
        // "private" keeps shared caches from handing one visitor's id to another.
        data.put(
                "search",
                new Shown(
                        result,
                        queryIds == null ? null : queryIds.get(),
                        corrected,
                        corrected,
                        corrected == null ? null : asked.total()));
        data.put("countries", countries.body(tr.lang()));
        send(ctx, embed(page, ctx, data));
        if (queryIds != null) {
            ctx.header("Cache-Control", "private, no-cache");
        }
    }

    /**
     * The answer as the script keeps it (app.js runSearch): with its queryId, and after a correction
     * the corrected words ({@code corrected}, {@code shownQuery}) and the total of the words as typed.
     */
    record Shown(
            @JsonUnwrapped SearchResult result,
            @JsonInclude(JsonInclude.Include.NON_NULL) String queryId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String corrected,
            @JsonInclude(JsonInclude.Include.NON_NULL) String shownQuery,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long askedTotal) {}

    /** An element of the template hidden when empty, shown with its content otherwise. */
    private static String filled(String tag, String attributes, String inside) {
        return inside == null
                ? "<" + tag + " " + attributes + " hidden></" + tag + ">"
                : "<" + tag + " " + attributes + ">" + inside + "</" + tag + ">";
    }

    /** The UI language, chosen as the script will choose it; the answer varies with Accept-Language. */
    private Translator language(Context ctx) {
        ctx.header("Vary", "Accept-Language");
        return strings.of(strings.choose(ctx.queryParam("lang"), ctx.header("Accept-Language")));
    }

    /**
     * The page's fixed parts in the UI language, as the script sets them up (i18n.js setLanguage and
     * translateStatic, app.js setUpLanguage): lang and dir, labels, the language menu, the map toggle
     * (open, as on a wide screen: a phone's script folds it away), and the title.
     */
    String frame(Translator tr) {
        return frames.computeIfAbsent(tr.lang(), l -> translated(tr));
    }

    private String translated(Translator tr) {
        String page = template.replace(HTML, "<html lang=\"" + tr.lang() + "\" dir=\"" + tr.dir() + "\">");
        Matcher text = I18N_TEXT.matcher(page);
        page = text.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + esc(tr.t(m.group(3))) + m.group(4)));
        Matcher attributes = I18N_ATTRS.matcher(page);
        page = attributes.replaceAll(m -> {
            String tag = m.group();
            for (String pair : m.group(1).split(",")) {
                String[] kv = pair.split(":", 2);
                if (kv.length == 2) {
                    Matcher a = Pattern.compile("(\\s" + Pattern.quote(kv[0]) + "=\")[^\"]*\"")
                            .matcher(tag);
                    if (a.find()) {
                        tag = tag.substring(0, a.start()) + a.group(1) + esc(tr.t(kv[1])) + "\""
                                + tag.substring(a.end());
                    }
                }
            }
            return Matcher.quoteReplacement(tag);
        });
        var options = new StringBuilder("<select id=\"ui-lang\">");
        strings.names()
                .forEach((code, name) -> options.append(el(
                        "option",
                        attrs("value", code, "lang", code, "selected", code.equals(tr.lang()) ? "" : null),
                        esc(name))));
        page = page.replace(UI_LANG, options.append("</select>").toString());
        // The server cannot know the screen: the toggle carries both labels and the style sheet shows
        // the one the script will set (the map open on a wide screen, folded on a narrow one).
        page = page.replace(
                MAP_TOGGLE,
                "aria-expanded=\"true\" aria-controls=\"map\"><span class=\"map-when-wide\">" + esc(tr.t("map.hide"))
                        + "</span><span class=\"map-when-narrow\">" + esc(tr.t("map.show")) + "</span></button>");
        page = page.replace(MAP, "<div id=\"map\" class=\"map\"></div>");
        return page.replace(TITLE, "<title>" + esc(tr.t("brand")) + "</title>");
    }

    private static String head(String page, String title, String description, String canonical, String ogType) {
        String tags = "<meta property=\"og:title\" content=\"" + esc(title) + "\">\n"
                + "  <meta property=\"og:description\" content=\"" + esc(description) + "\">\n"
                + "  <meta property=\"og:type\" content=\"" + ogType + "\">\n"
                + "  <meta property=\"og:url\" content=\"" + esc(canonical) + "\">\n"
                + "  <link rel=\"canonical\" href=\"" + esc(canonical) + "\">\n  ";
        int start = page.indexOf(DESCRIPTION_START);
        int end = page.indexOf('>', start) + 1;
        String withDescription =
                page.substring(0, start) + tags + DESCRIPTION_START + esc(description) + "\">" + page.substring(end);
        return withDescription.replaceFirst(
                "<title>[^<]*</title>", Matcher.quoteReplacement("<title>" + esc(title) + "</title>"));
    }

    /** The answers the script would fetch, as a JSON data block (never run; '<' escaped so it cannot close the element). */
    private String embed(String page, Context ctx, Map<String, Object> data) {
        try {
            String body = json.writeValueAsString(data).replace("<", "\\u003c");
            String href = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            return page.replace(
                    BODY_END,
                    "<script type=\"application/json\" id=\"initial\" data-href=\"" + esc(href) + "\">" + body
                            + "</script>\n" + BODY_END);
        } catch (JsonProcessingException e) {
            return page; // the script fetches it instead
        }
    }

    private static String canonical(Context ctx, String path) {
        return ctx.scheme() + "://" + ctx.host() + path;
    }

    private static String clip(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= DESCRIPTION_CHARS
                ? flat
                : flat.substring(0, DESCRIPTION_CHARS - 1).strip() + "…";
    }

    private static void send(Context ctx, String html) {
        ctx.header("Cache-Control", "no-cache")
                .contentType("text/html; charset=utf-8")
                .result(html);
    }
}
