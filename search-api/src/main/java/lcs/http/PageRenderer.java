package lcs.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import lcs.query.BadRequestException;
import lcs.query.SearchRequest;
import lcs.search.Hit;
import lcs.search.NotFoundException;
import lcs.search.SearchResult;

/**
 * The search page with its content already in it, for shared links and slow connections:
 * {@code /doc/{id}} carries the document (title, text, {@code og:} tags, canonical link) and
 * {@code /?q=…} the first results. The markup is what {@code web/js/render.js} draws, in English, and
 * the answer the page would fetch is embedded as JSON, so the script takes over without a change
 * that shows. Anything that fails here leaves the page as the script alone would draw it.
 */
final class PageRenderer {
    private static final String TITLE = "<title>Learning City Search</title>";
    private static final String DESCRIPTION_START = "<meta name=\"description\" content=\"";
    private static final String SEARCH_VIEW = "<section id=\"search-view\"";
    private static final String DOC_VIEW =
            "<article id=\"doc-view\" class=\"doc-view\" hidden aria-labelledby=\"doc-title\"></article>";
    private static final String STATUS = "aria-atomic=\"true\"></p>";
    private static final String HITS = "<ol id=\"hits\" class=\"hits\"></ol>";
    private static final String INPUT = "<input id=\"q\" name=\"q\"";
    private static final String BODY_END = "</body>";
    private static final Map<String, String> TYPES = Map.of(
            "profile",
            "Profile",
            "story",
            "Story",
            "news",
            "News",
            "press-release",
            "Press release",
            "publication",
            "Publication",
            "event",
            "Event");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final int DESCRIPTION_CHARS = 200;

    private final String template;
    private final ObjectMapper json;
    private final Function<String, Map<String, Object>> documents;
    private final Function<SearchRequest, SearchResult> search;
    private final java.util.function.Supplier<String> queryIds;

    /**
     * @param documents a document's stored fields by id; throws {@link NotFoundException}
     * @param search the API's search (cached)
     * @param queryIds the analytics id of each search answer, as the API gives it; null when analytics are off
     * @throws IllegalStateException when index.html lacks a place this class fills
     */
    PageRenderer(
            String template,
            ObjectMapper json,
            Function<String, Map<String, Object>> documents,
            Function<SearchRequest, SearchResult> search,
            java.util.function.Supplier<String> queryIds) {
        for (String marker : List.of(TITLE, DESCRIPTION_START, SEARCH_VIEW, DOC_VIEW, STATUS, HITS, INPUT, BODY_END)) {
            if (!template.contains(marker)) {
                throw new IllegalStateException("web/index.html has no " + marker + " for the server-rendered pages");
            }
        }
        this.template = template;
        this.json = json;
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

    /** GET /doc/{id}: the document view, or the page with status 404 when there is no such document. */
    void document(Context ctx) {
        String id = ctx.pathParam("id");
        Map<String, Object> doc;
        try {
            doc = documents.apply(id);
        } catch (NotFoundException e) {
            ctx.status(404);
            send(ctx, template);
            return;
        }
        String title = text(doc.get("title"), id);
        String summary = text(doc.get("summary"), "");
        String description = clip(summary.isEmpty() ? text(doc.get("body"), "") : summary);
        String page = head(
                template,
                title + " — Learning City Search",
                description,
                canonical(ctx, "/doc/" + encodePath(id)),
                "article");
        page = page.replace(SEARCH_VIEW, SEARCH_VIEW + " hidden");
        page = page.replace(
                DOC_VIEW,
                "<article id=\"doc-view\" class=\"doc-view\" aria-labelledby=\"doc-title\">"
                        + documentHtml(doc, title, summary, ctx.queryParam("q")) + "</article>");
        send(ctx, embed(page, ctx, Map.of("document", doc)));
    }

    /** GET / : with q, the first results; without, the page as it is. */
    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            send(ctx, template);
            return;
        }
        SearchResult result;
        try {
            result = search.apply(SearchRequest.from(ctx.queryParamMap()));
        } catch (BadRequestException e) {
            send(ctx, template); // the script shows the API's message
            return;
        }
        String query = q.strip();
        // An estimate to two significant figures, as the page shows it (render.js twoFigures).
        long total = result.totalExact()
                ? result.total()
                : new java.math.BigDecimal(result.total())
                        .round(new java.math.MathContext(2))
                        .longValue();
        String status = (result.totalExact() ? "" : "About ") + String.format(Locale.ENGLISH, "%,d", total)
                + (total == 1 ? " result" : " results") + " for “" + query + "”";
        String description = result.hits().isEmpty()
                ? status
                : clip(status + ": "
                        + String.join(
                                " · ",
                                result.hits().stream()
                                        .limit(3)
                                        .map(h -> text(h.title(), h.id()))
                                        .toList()));
        String page = head(
                template,
                query + " — Learning City Search",
                description,
                canonical(ctx, "/?" + ctx.queryString()),
                "website");
        page = page.replace(INPUT, INPUT + " value=\"" + esc(q) + "\"");
        page = page.replace(STATUS, "aria-atomic=\"true\">" + esc(status) + "</p>");
        var hits = new StringBuilder(
                "<ol id=\"hits\" class=\"hits\" start=\"" + ((result.page() - 1) * result.size() + 1) + "\">");
        for (Hit hit : result.hits()) {
            hits.append(hitHtml(hit, query));
        }
        page = page.replace(HITS, hits.append("</ol>").toString());
        if (queryIds == null) {
            send(ctx, embed(page, ctx, Map.of("search", result)));
            return;
        }
        // The embedded answer carries its own queryId, as the API's does, so the page reports this search;
        // "private" keeps shared caches from handing one visitor's id to another.
        send(ctx, embed(page, ctx, Map.of("search", new Handlers.WithQueryId(result, queryIds.get()))));
        ctx.header("Cache-Control", "private, no-cache");
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
        return withDescription.replace(TITLE, "<title>" + esc(title) + "</title>");
    }

    /** The answer the script would fetch, as a JSON data block (never run; '<' escaped so it cannot close the element). */
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

    private static String documentHtml(Map<String, Object> doc, String title, String summary, String q) {
        String lang = esc(text(doc.get("language"), ""));
        String back = q == null || q.isBlank() ? "/" : "/?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
        var html = new StringBuilder();
        html.append("<p class=\"back\"><a href=\"")
                .append(esc(back))
                .append("\" data-nav=\"\" data-action=\"back\">Back to results</a></p>");
        html.append("<header class=\"doc-header\" lang=\"")
                .append(lang)
                .append("\">")
                .append("<p class=\"badge\" lang=\"en\">")
                .append(esc(type(doc.get("type"))))
                .append("</p>")
                .append("<h1 id=\"doc-title\" tabindex=\"-1\" dir=\"auto\">")
                .append(esc(title))
                .append("</h1>");
        if (!summary.isEmpty()) {
            html.append("<p class=\"doc-summary\" dir=\"auto\">")
                    .append(esc(summary))
                    .append("</p>");
        }
        html.append("</header><div class=\"doc-columns\"><div class=\"doc-main\"><dl class=\"doc-meta\">");
        meta(html, "City", doc.get("city"));
        meta(html, "Country", doc.get("country"));
        meta(html, "Region", doc.get("region"));
        meta(html, "Date", date(doc.get("date"), doc.get("year")));
        Object language = doc.get("language");
        meta(
                html,
                "Language",
                language == null
                        ? null
                        : Locale.forLanguageTag(language.toString()).getDisplayLanguage(Locale.ENGLISH));
        html.append("</dl><div class=\"doc-body\" lang=\"").append(lang).append("\" dir=\"auto\">");
        for (String p : text(doc.get("body"), "").split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                html.append("<p>").append(esc(p.strip())).append("</p>");
            }
        }
        html.append("</div>");
        String source = text(doc.get("source"), "");
        String original = httpUrl(text(doc.get("url"), null));
        if (!source.isEmpty() || original != null) {
            html.append("<p class=\"doc-source\">");
            if (!source.isEmpty()) {
                html.append("<strong>Source: </strong><span dir=\"auto\">")
                        .append(esc(source))
                        .append("</span> ");
            }
            if (original != null) {
                html.append("<a href=\"")
                        .append(esc(original))
                        .append("\" rel=\"noopener noreferrer\">Open the original</a>");
            }
            html.append("</p>");
        }
        html.append(
                "</div><aside class=\"related\" aria-labelledby=\"related-heading\"><h2 id=\"related-heading\">Related documents</h2>"
                        + "<div id=\"related-list\"><p class=\"muted\">Searching…</p></div></aside></div>");
        return html.toString();
    }

    private static void meta(StringBuilder html, String label, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            html.append("<dt>")
                    .append(label)
                    .append("</dt><dd>")
                    .append(esc(value.toString()))
                    .append("</dd>");
        }
    }

    private static String hitHtml(Hit hit, String query) {
        String inside =
                "/doc/" + encodePath(hit.id()) + "?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
        String original = httpUrl(hit.url());
        var html = new StringBuilder("<li class=\"hit\"")
                .append(hit.language() == null ? "" : " lang=\"" + esc(hit.language()) + "\"")
                .append("><h3 class=\"hit-title\" dir=\"auto\"><a href=\"")
                .append(esc(original == null ? inside : original))
                .append("\" class=\"hit-link")
                .append(original == null ? " internal\" data-nav=\"\">" : " external\">")
                .append(esc(text(hit.title(), hit.id())));
        if (original != null) {
            html.append("<span class=\"visually-hidden\"> (opens the original site)</span>");
        }
        html.append("</a></h3><p class=\"hit-meta\" lang=\"en\"><span class=\"badge\">")
                .append(esc(type(hit.type())))
                .append("</span> ");
        List<String> meta = new ArrayList<>();
        String place = String.join(
                ", ",
                java.util.stream.Stream.of(hit.city(), hit.country())
                        .filter(Objects::nonNull)
                        .toList());
        if (!place.isEmpty()) {
            meta.add(place);
        }
        String date = date(hit.date(), hit.year());
        if (date != null) {
            meta.add(date);
        }
        html.append(String.join(
                " · ", meta.stream().map(m -> "<bdi>" + esc(m) + "</bdi>").toList()));
        // The snippet is the API's own HTML: escaped text with <mark> elements only.
        html.append("</p><p class=\"hit-snippet\" dir=\"auto\">")
                .append(hit.snippet() != null ? hit.snippet() : esc(text(hit.summary(), "")))
                .append("</p>");
        if (original != null) {
            html.append("<p class=\"hit-more\" lang=\"en\"><a href=\"")
                    .append(esc(inside))
                    .append("\" data-nav=\"\">Full text</a></p>");
        }
        return html.append("</li>").toString();
    }

    private static String date(Object date, Object year) {
        if (date != null) {
            try {
                return LocalDate.parse(date.toString()).format(DATE);
            } catch (java.time.format.DateTimeParseException e) {
                // not a full date: the year below
            }
        }
        return year == null ? null : year.toString();
    }

    private static String type(Object type) {
        return type == null ? "" : TYPES.getOrDefault(type.toString(), type.toString());
    }

    private static String httpUrl(String url) {
        // Only http(s) becomes a link, as in the page's safeUrl; a quote could end the attribute early.
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) && !url.contains("\"")
                ? url
                : null;
    }

    private static String canonical(Context ctx, String path) {
        return ctx.scheme() + "://" + ctx.host() + path;
    }

    private static String encodePath(String id) {
        return java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
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

    static String esc(String s) {
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
