package lcs.http;

import static lcs.http.Markup.attrs;
import static lcs.http.Markup.el;
import static lcs.http.Markup.esc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lcs.search.Hit;

/**
 * The document view as web/js/render.js draws it (renderDocument, renderRelated), in one UI
 * language, with the words of the search marked by the same rules (markTerms, highlighted).
 */
final class DocumentHtml {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES = Pattern.compile("[\"“”«»]");

    private DocumentHtml() {}

    /** The article's inside: back link, header, metadata, text, source and the related items. */
    static String render(Translator tr, PageState state, Map<String, Object> doc, List<Hit> related) {
        String back = new PageState(state.q(), Map.of(), "relevance", 1, 10, state.lang()).searchHref();
        String original = Markup.httpUrl(doc.get("url"));
        String language = text(doc.get("language"));
        List<String> terms = markTerms(state.q());
        var paragraphs = new StringBuilder();
        for (String p : text(doc.get("body")).split("\\n\\s*\\n")) {
            if (!p.strip().isEmpty()) {
                paragraphs.append(el("p", attrs(), highlighted(p.strip(), terms)));
            }
        }
        String source = text(doc.get("source"));
        String country = text(doc.get("country"));
        String region = text(doc.get("region"));
        Object year = doc.get("year");
        return el(
                        "p",
                        attrs("class", "back"),
                        el("a", attrs("href", back, "data-nav", "", "data-action", "back"), esc(tr.t("back"))))
                + el(
                        "header",
                        attrs("class", "doc-header", "lang", language.isEmpty() ? null : language),
                        el("p", attrs("class", "badge", "lang", tr.lang()), esc(tr.typeLabel(str(doc.get("type"))))),
                        el(
                                "h1",
                                attrs("id", "doc-title", "tabindex", "-1", "dir", "auto"),
                                esc(doc.get("title") != null ? text(doc.get("title")) : text(doc.get("id")))),
                        text(doc.get("summary")).isEmpty()
                                ? null
                                : el("p", attrs("class", "doc-summary", "dir", "auto"), esc(text(doc.get("summary")))))
                + el(
                        "div",
                        attrs("class", "doc-columns"),
                        el(
                                "div",
                                attrs("class", "doc-main"),
                                el(
                                        "dl",
                                        attrs("class", "doc-meta"),
                                        meta(tr, "city", text(doc.get("city"))),
                                        meta(tr, "country", country.isEmpty() ? "" : tr.countryLabel(country)),
                                        meta(tr, "region", region.isEmpty() ? "" : tr.regionLabel(region)),
                                        meta(
                                                tr,
                                                "date",
                                                tr.formatDate(
                                                        str(doc.get("date")),
                                                        year instanceof Number n ? n.intValue() : null)),
                                        meta(tr, "language", language.isEmpty() ? "" : tr.languageName(language))),
                                el(
                                        "div",
                                        attrs(
                                                "class",
                                                "doc-body",
                                                "lang",
                                                language.isEmpty() ? null : language,
                                                "dir",
                                                "auto"),
                                        paragraphs.toString()),
                                source.isEmpty() && original == null
                                        ? null
                                        : el(
                                                "p",
                                                attrs("class", "doc-source"),
                                                source.isEmpty()
                                                        ? null
                                                        : el("strong", attrs(), esc(tr.t("source") + ": "))
                                                                + el("span", attrs("dir", "auto"), esc(source))
                                                                + " ",
                                                original == null
                                                        ? null
                                                        : el(
                                                                "a",
                                                                attrs("href", original, "rel", "noopener noreferrer"),
                                                                esc(tr.t("openOriginal"))))),
                        el(
                                "aside",
                                attrs("class", "related", "aria-labelledby", "related-heading"),
                                el("h2", attrs("id", "related-heading"), esc(tr.t("related"))),
                                el("div", attrs("id", "related-list"), related(tr, state, related))));
    }

    /** renderRelated's list; null (not known) shows "Searching…" as before the script fetches it. */
    private static String related(Translator tr, PageState state, List<Hit> related) {
        if (related == null) {
            return el("p", attrs("class", "muted"), esc(tr.t("loading")));
        }
        if (related.isEmpty()) {
            return el("p", attrs("class", "muted"), esc(tr.t("noRelated")));
        }
        return el(
                "ul",
                attrs(),
                related.stream()
                        .map(r -> el(
                                "li",
                                attrs(
                                        "lang",
                                        r.language() == null || r.language().isEmpty() ? null : r.language()),
                                el(
                                        "a",
                                        attrs(
                                                "href",
                                                state.docHref(r.id(), false),
                                                "class",
                                                "internal",
                                                "data-nav",
                                                "",
                                                "dir",
                                                "auto"),
                                        esc(r.title() != null ? r.title() : r.id())),
                                el(
                                        "span",
                                        attrs("class", "muted", "lang", tr.lang()),
                                        " ",
                                        SearchHtml.join(List.of(
                                                tr.typeLabel(r.type()),
                                                SearchHtml.place(tr, r.city(), r.country()),
                                                tr.formatDate(r.date(), r.year()))))))
                        .toArray(String[]::new));
    }

    private static String meta(Translator tr, String key, String value) {
        return value == null || value.isEmpty()
                ? null
                : el("dt", attrs(), esc(tr.t("meta." + key))) + el("dd", attrs(), esc(value));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * render.js markTerms: the words of q, quotes and exclusions dropped, folded; words of one or two
     * letters only when the query has nothing longer.
     */
    static List<String> markTerms(String q) {
        var words = new ArrayList<String>();
        for (String w : (q == null ? "" : q).split("\\s+")) {
            if (w.isEmpty() || w.startsWith("-")) {
                continue;
            }
            Matcher m = WORD.matcher(fold(QUOTES.matcher(w).replaceAll("")));
            while (m.find()) {
                words.add(m.group());
            }
        }
        var longer = words.stream()
                .filter(w ->
                        w.codePointCount(0, w.length()) > 2 || HAN.matcher(w).find())
                .toList();
        return List.copyOf(new LinkedHashSet<>(longer.isEmpty() ? words : longer));
    }

    private static String matching(String word, List<String> terms) {
        String f = fold(word);
        for (String term : terms) {
            if (f.startsWith(term)
                    || (term.length() > 4 && f.startsWith(term.substring(0, term.length() - 1)))
                    || (HAN.matcher(term).find() && f.contains(term))) {
                return term;
            }
        }
        return null;
    }

    /** render.js highlighted: the paragraph as escaped text with the search's words in mark elements. */
    static String highlighted(String text, List<String> terms) {
        if (terms.isEmpty()) {
            return esc(text);
        }
        var out = new StringBuilder();
        int at = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String term = matching(m.group(), terms);
            if (term == null) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            if (HAN.matcher(term).find()) { // just the term inside a run of Chinese characters
                start += fold(m.group()).indexOf(term);
                end = start + term.length();
            }
            if (start > at) {
                out.append(esc(text.substring(at, start)));
            }
            out.append(el("mark", attrs(), esc(text.substring(start, end))));
            at = end;
        }
        return out.append(esc(text.substring(at))).toString();
    }
}
