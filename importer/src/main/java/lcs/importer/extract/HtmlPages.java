package lcs.importer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lcs.importer.extract.Draft.Origin;
import lcs.importer.rules.Rule;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Drafts records from an HTML page: rule selectors first, then page hints ({@code data-lcs-body},
 * {@code data-lcs-ignore}, {@code data-lcs-field="country:Latvia"}, {@code <meta name="lcs:type">}),
 * then the page's own metadata (og:title, JSON-LD, {@code <time>}), then inference.
 */
final class HtmlPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE_SUFFIX = Pattern.compile("(?:\\s+[|–—·:»-]\\s+|_)[^|–—·:»_]{1,40}$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|–—·:»_-]");
    private static final String LABELS =
            "[class*=breadcrumb] li, [class*=breadcrumb] a, nav[aria-label*=readcrumb] a, [class*=crumb] a, .position a, "
                    + "[class*=label], [class*=category], "
                    + "[class*=kicker], [class*=eyebrow], [class*=content-type], [class*=type], [rel=tag], .tag";
    // Archive-It and Wayback Machine banners, before anything else reads the page.
    private static final String ARCHIVE_BANNERS =
            "#wm-ipp, #wm-ipp-base, #wm-ipp-print, #donato, [id^=wm-], .wb-autocomplete-suggestions, "
                    + "#archive-it-banner, .archive-it-banner, [id*=archiveit], [class*=archive-banner], [id*=archive-banner]";

    private final Finisher finisher;

    HtmlPages(Finisher finisher) {
        this.finisher = finisher;
    }

    List<Draft> drafts(Document doc, String source, String fetchedUrl, Rule rule) throws SkipException {
        doc.select(ARCHIVE_BANNERS).remove();
        doc.select("[data-lcs-ignore]").remove();
        if (rule != null) {
            for (String sel : rule.drop()) {
                doc.select(checked(sel, rule, "drop")).remove();
            }
        }
        String canonical = absUrl(doc.selectFirst("link[rel=canonical]"), "href");
        if (canonical == null) {
            canonical = meta(doc, "og:url");
        }
        String url = canonical != null ? canonical : fetchedUrl;
        String declared = declaredLanguage(doc);
        var labels = new ArrayList<String>();
        for (Element e : doc.select(LABELS)) {
            String t = e.text();
            if (!t.isBlank() && t.length() < 60) {
                labels.add(t);
            }
        }
        String ogType = meta(doc, "og:type");
        if (ogType != null) {
            labels.add(ogType);
        }
        String headText = doc.body() == null ? "" : Finisher.clip(doc.body().text(), 3000);
        var ctx = new Finisher.Context(source, url != null ? url : source, headText, labels, declared, null);

        var drafts = new ArrayList<Draft>();
        if (rule != null && rule.split() != null) {
            Elements parts = doc.select(checked(rule.split(), rule, "split"));
            for (Element part : parts) {
                Draft d = new Draft();
                fromRule(d, part, rule);
                hints(d, part);
                fromPart(d, part, false);
                d.put("url", url, Origin.PAGE);
                finisher.finish(d, rule, ctx);
                drafts.add(d);
            }
            return drafts;
        }
        Draft d = new Draft();
        if (rule != null) {
            fromRule(d, doc, rule);
        }
        hints(d, doc);
        pageMetadata(d, doc);
        if (doc.body() != null) {
            fromPart(d, doc.body(), true);
        }
        d.put("url", url, Origin.PAGE);
        finisher.finish(d, rule, ctx);
        drafts.add(d);
        return drafts;
    }

    private static void fromRule(Draft d, Element root, Rule rule) throws SkipException {
        for (String field : Rule.PICKED) {
            String sel = rule.field(field);
            if (sel == null) {
                continue;
            }
            Elements found = root.select(checked(sel, rule, field));
            if (found.isEmpty()) {
                continue;
            }
            switch (field) {
                case "body" -> d.put("body", Blocks.render(found), Origin.RULE);
                case "date" -> {
                    Element e = found.first();
                    String machine = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
                    Dates.parseMachine(machine)
                            .or(() -> Dates.find(e.text()).map(Dates.Found::date))
                            .ifPresent(date -> d.put("date", date.toString(), Origin.RULE));
                }
                case "url" ->
                    d.put(
                            "url",
                            found.first().hasAttr("href")
                                    ? found.first().absUrl("href")
                                    : found.first().text(),
                            Origin.RULE);
                default -> d.put(field, found.first().text(), Origin.RULE);
            }
        }
    }

    /** Pagefind-style hints: {@code data-lcs-field="country:Latvia"} or {@code data-lcs-field="city"} (the element's text). */
    private static void hints(Draft d, Element root) {
        for (Element e : root.select("[data-lcs-field]")) {
            for (String spec : e.attr("data-lcs-field").split(",")) {
                int colon = spec.indexOf(':');
                String field =
                        (colon < 0 ? spec : spec.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
                String value = colon < 0 ? e.text() : spec.substring(colon + 1).strip();
                if (field.equals("date")) {
                    String machine = e.hasAttr("datetime") ? e.attr("datetime") : value;
                    Dates.parseMachine(machine)
                            .or(() -> Dates.find(value).map(Dates.Found::date))
                            .ifPresent(date -> d.put("date", date.toString(), Origin.PAGE));
                } else {
                    d.put(field, value, Origin.PAGE);
                }
            }
        }
        Element lcsType = root.selectFirst("meta[name=lcs:type]");
        if (lcsType != null) {
            d.put("type", lcsType.attr("content"), Origin.PAGE);
        }
        Elements body = root.select("[data-lcs-body]");
        if (!body.isEmpty()) {
            d.put("body", Blocks.render(body), Origin.PAGE);
        }
    }

    private static void pageMetadata(Draft d, Document doc) {
        d.put("title", cleanTitle(meta(doc, "og:title"), doc), Origin.PAGE);
        String description = meta(doc, "description");
        d.put("summary", description != null ? description : meta(doc, "og:description"), Origin.PAGE);
        for (JsonNode ld : jsonLd(doc)) {
            String published = find(ld, "datePublished");
            Dates.parseMachine(published).ifPresent(date -> d.put("date", date.toString(), Origin.PAGE));
            d.put("title", find(ld, "headline"), Origin.PAGE);
        }
        for (String name : new String[] {
            "article:published_time",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.date",
            "pubdate",
            "publish-date",
            "citation_publication_date"
        }) {
            Dates.parseMachine(meta(doc, name)).ifPresent(date -> d.put("date", date.toString(), Origin.PAGE));
        }
        Element time = doc.selectFirst("article time[datetime], main time[datetime], time[pubdate], time[datetime]");
        if (time != null) {
            Dates.parseMachine(time.attr("datetime")).ifPresent(date -> d.put("date", date.toString(), Origin.PAGE));
        }
    }

    /** Title and body from the markup of a page or a split part. */
    private static void fromPart(Draft d, Element part, boolean wholePage) {
        Element h1 = part.selectFirst("main h1, article h1, h1");
        if (h1 == null && !wholePage) {
            h1 = part.selectFirst("h2, h3, h4");
        }
        if (h1 != null) {
            d.put("title", h1.text(), Origin.PAGE);
        }
        if (wholePage) {
            Element title =
                    part.ownerDocument() == null ? null : part.ownerDocument().selectFirst("head title");
            if (title != null) {
                d.put("title", cleanTitle(title.text(), part.ownerDocument()), Origin.PAGE);
            }
        }
        if (!d.has("body")) {
            String body = Blocks.render(wholePage ? MainContent.find(part) : List.of(part));
            d.put("body", dropTitle(body, d.get("title")), Origin.PAGE);
        }
    }

    /**
     * A page title without the site's name: the heading it starts with when the page has one
     * ("Evening classes return | Blog" with an h2 "Evening classes return"), else without a suffix
     * naming {@code og:site_name} or a short one after a separator (" | UNESCO", "_新闻中心").
     */
    static String cleanTitle(String title, Document doc) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        if (doc != null) {
            for (Element h : doc.select("h1, h2, h3")) {
                String ht = h.text().strip();
                if (ht.length() >= 4
                        && t.length() > ht.length()
                        && t.startsWith(ht)
                        && SEPARATOR.matcher(t.substring(ht.length())).lookingAt()) {
                    return ht;
                }
            }
            String site = meta(doc, "og:site_name");
            if (site != null && t.endsWith(site) && t.length() > site.length() + 3) {
                String rest = t.substring(0, t.length() - site.length()).strip();
                return rest.replaceFirst("\\s*[|–—·:»_-]\\s*$", "").strip();
            }
        }
        return TITLE_SUFFIX.matcher(t).replaceFirst("");
    }

    /** The body without a leading copy of the title, which the page repeats as its heading. */
    static String dropTitle(String body, String title) {
        if (body == null || title == null) {
            return body;
        }
        String b = body.strip();
        if (b.startsWith(title)) {
            String rest = b.substring(title.length()).strip();
            if (!rest.isEmpty() && b.substring(title.length()).startsWith("\n")) {
                return rest;
            }
        }
        return b;
    }

    private static String declaredLanguage(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = html == null ? "" : html.attr("xml:lang");
        }
        if (lang.isBlank()) {
            String og = meta(doc, "og:locale");
            lang = og == null ? "" : og;
        }
        if (lang.isBlank()) {
            Element cl = doc.selectFirst("meta[http-equiv=content-language]");
            lang = cl == null ? "" : cl.attr("content");
        }
        if (lang.isBlank()) {
            // The hreflang alternate that points at this very page names its language.
            Element canonical = doc.selectFirst("link[rel=canonical]");
            String self = canonical == null ? null : canonical.attr("href");
            for (Element alt : doc.select("link[rel=alternate][hreflang]")) {
                if (self != null
                        && alt.attr("href").equals(self)
                        && !alt.attr("hreflang").equals("x-default")) {
                    lang = alt.attr("hreflang");
                    break;
                }
            }
        }
        lang = lang.strip().replace('_', '-');
        int dash = lang.indexOf('-');
        String primary = (dash > 0 ? lang.substring(0, dash) : lang).toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static List<JsonNode> jsonLd(Document doc) {
        var out = new ArrayList<JsonNode>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                out.add(JSON.readTree(s.data()));
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return out;
    }

    private static String find(JsonNode node, String key) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            JsonNode v = node.get(key);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
            for (JsonNode child : node) {
                String f = find(child, key);
                if (f != null) {
                    return f;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                String f = find(child, key);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        if (m == null) {
            m = doc.selectFirst("meta[name=" + name.toUpperCase(Locale.ROOT) + "]");
        }
        String v = m == null ? null : m.attr("content").strip();
        return v == null || v.isEmpty() ? null : v;
    }

    private static String absUrl(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attr);
        String v = abs.isEmpty() ? e.attr(attr) : abs;
        return v.isBlank() ? null : v.strip();
    }

    private static String checked(String selector, Rule rule, String key) throws SkipException {
        try {
            org.jsoup.select.QueryParser.parse(selector);
            return selector;
        } catch (Selector.SelectorParseException e) {
            throw new SkipException(
                    lcs.importer.SkipReason.INVALID_RECORD,
                    "rule \"" + rule.match() + "\": " + key + ": bad CSS selector \"" + selector + "\"");
        }
    }
}
