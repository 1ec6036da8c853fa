package lcs.importer.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's main text by content density, after the algorithm of Mozilla's Readability: drop
 * what is unlikely to be content (navigation, banners, share bars, comments), score each paragraph
 * by its length and commas, credit its ancestors, pick the best-scoring container less its link
 * density, add siblings that score nearly as well, and clean link lists and widgets out of it.
 * Our own implementation, measured by {@code lcs eval import}.
 */
public final class MainContent {
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)banner|breadcrumb|combx|comment|community|cookie|consent|disqus|extra|foot|header|menu|"
                    + "\\bnav|navbar|navigation|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|sponsor|"
                    + "ad-break|agegate|pagination|pager|popup|modal|social|newsletter|subscribe|promo|toolbar|wayback|"
                    + "wm-ipp|archive-it|skip|print|tags|login|search|masthead|teaser|more-stories|read-more|author-bio|author-box|"
                    + "author-info|byline|gdpr");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|"
                    + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
                    + "cookie|breadcrumb|nav|menu|social|caption|credit");
    private static final String NEVER =
            "script, style, noscript, iframe, svg, canvas, form, button, select, input, textarea, template, "
                    + "nav, aside, footer, figcaption, video, audio, object, embed, [hidden], [aria-hidden=true], "
                    + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
                    + "[role=alert], [role=search], [data-lcs-ignore]";
    private static final String PARAGRAPHS = "p, pre, td, blockquote, li, dd";

    private MainContent() {}

    /** The main content of a page (a copy; the document is left as it was), as block elements in order. */
    public static List<Element> find(Element root) {
        Element doc = root.clone();
        doc.select(NEVER).remove();
        // "header" elements hold titles and dates, not body text; outside of an article they are chrome.
        doc.select("header").forEach(h -> {
            if (h.parent() != null) {
                h.remove();
            }
        });
        removeUnlikely(doc);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : paragraphs(doc)) {
            String text = p.text();
            int len = weightedLength(text);
            if (len < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(len / 100.0, 3);
            Element ancestor = p.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                scores.computeIfAbsent(ancestor, MainContent::initialScore);
                double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / share, Double::sum);
            }
        }
        Element top = null;
        double best = 0;
        for (var e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return List.of(doc);
        }
        // A container that holds nearly all of the best one's score is the article itself.
        Element parent = top.parent();
        while (parent != null
                && scores.containsKey(parent)
                && scores.get(parent) >= best * 0.75
                && !parent.normalName().equals("body")) {
            top = parent;
            best = scores.get(parent);
            parent = top.parent();
        }
        var picked = new ArrayList<Element>();
        if (top.parent() == null) {
            picked.add(top);
        } else {
            double threshold = Math.max(10, best * 0.2);
            for (Element sibling : top.parent().children()) {
                if (sibling == top) {
                    picked.add(sibling);
                    continue;
                }
                double bonus =
                        !top.className().isEmpty() && top.className().equals(sibling.className()) ? best * 0.2 : 0;
                Double s = scores.get(sibling);
                if (s != null && s + bonus >= threshold) {
                    picked.add(sibling);
                } else if (sibling.normalName().equals("p")) {
                    String text = sibling.text();
                    double ld = linkDensity(sibling);
                    int len = weightedLength(text);
                    if ((len > 80 && ld < 0.25) || (len > 0 && ld == 0 && text.matches("(?s).*[.!?。！？]\\s*$"))) {
                        picked.add(sibling);
                    }
                }
            }
        }
        picked.forEach(MainContent::clean);
        return picked;
    }

    private static void removeUnlikely(Element doc) {
        for (Element e : doc.select("*")) {
            if (e.parent() == null || e.normalName().matches("body|html|article|main|a")) {
                continue;
            }
            String match = e.className() + " " + e.id();
            if (match.isBlank()) {
                continue;
            }
            if (UNLIKELY.matcher(match).find() && !MAYBE.matcher(match).find()) {
                e.remove();
            }
        }
    }

    /** Readability's conditional cleaning: widgets, link lists and image galleries inside the article go. */
    private static void clean(Element top) {
        // A link standing alone between blocks ("Goto first page", "Read more") is navigation.
        for (Element a : top.select("a")) {
            Element parent = a.parent();
            if (parent != null
                    && parent.ownText().isBlank()
                    && parent.normalName().matches("div|section|article|main|body")
                    && a.text().split("\\s+").length <= 5) {
                a.remove();
            }
        }
        // A short paragraph that is mostly a link ("Read also: …") points elsewhere.
        for (Element p : top.select("p")) {
            if (p.text().length() < 120 && linkDensity(p) > 0.5) {
                p.remove();
            }
        }
        var candidates = top.select("div, section, ul, ol, table, dl");
        // Innermost first, so a container is judged on what is left inside it.
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element e = candidates.get(i);
            if (e == top || e.parent() == null) {
                continue;
            }
            int weight = classWeight(e);
            if (weight < 0) {
                e.remove();
                continue;
            }
            String text = e.text();
            if (commas(text) >= 10) {
                continue;
            }
            int p = e.select("p").size();
            int img = e.select("img").size();
            int li = e.select("li").size() - 100;
            int inputs = e.select("input").size();
            double ld = linkDensity(e);
            boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
            boolean remove = (img > 1 && p / (double) img < 0.5)
                    || (!list && li > p)
                    || (inputs > p / 3)
                    || (weight < 25 && ld > (list ? 0.5 : 0.33))
                    || (weight >= 25 && ld > 0.6);
            if (remove) {
                e.remove();
            }
        }
    }

    private static List<Element> paragraphs(Element doc) {
        var out = new ArrayList<Element>(doc.select(PARAGRAPHS));
        // A div with text of its own and no block children is a paragraph too.
        for (Element div : doc.select("div, section")) {
            boolean hasBlock = false;
            for (Element c : div.children()) {
                if (Blocks.BLOCK.contains(c.normalName())) {
                    hasBlock = true;
                    break;
                }
            }
            if (!hasBlock && !div.ownText().isBlank()) {
                out.add(div);
            } else if (hasBlock) {
                // Loose text beside blocks counts for its container.
                StringBuilder own = new StringBuilder();
                for (Node n : div.childNodes()) {
                    if (n instanceof TextNode t) {
                        own.append(t.text());
                    }
                }
                if (weightedLength(own.toString().strip()) >= 80) {
                    out.add(div);
                }
            }
        }
        return out;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    private static int classWeight(Element e) {
        int w = 0;
        for (String s : new String[] {e.className(), e.id()}) {
            if (!s.isEmpty()) {
                if (NEGATIVE.matcher(s).find()) {
                    w -= 25;
                }
                if (POSITIVE.matcher(s).find()) {
                    w += 25;
                }
            }
        }
        if (e.normalName().equals("article")
                || e.normalName().equals("main")
                || e.attr("role").equals("main")) {
            w += 25;
        }
        return w;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            // In-page anchors (footnotes) weigh less, as in Readability.
            links += href.startsWith("#") ? a.text().length() * 0.3 : a.text().length();
        }
        return Math.min(1, links / (double) total);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،' || c == '。') {
                n++;
            }
        }
        return n;
    }

    /** Length, with ideographs counting three: one carries about as much as a short word. */
    static int weightedLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 3 : 1;
        }
        return n;
    }
}
