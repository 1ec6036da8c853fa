package lcs.importer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import lcs.importer.SkipReason;
import lcs.importer.extract.Draft.Origin;
import lcs.importer.rules.Rule;

/**
 * Drafts records from text extractions (.txt, .md, PDF text): page chrome is dropped (repeated
 * lines, menus, cookie and archive banners), glued words repaired, and the title is the first
 * heading-like line. A rule can cut the page ({@code start}, {@code end}), drop lines, split it at
 * a line pattern and pick fields by line pattern or position ({@code "line 1"}, {@code "line -1"}).
 */
final class TextPages {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪●◦‣∙*+-]|\\d{1,2}[.)])\\s+");
    private static final Pattern POSITION = Pattern.compile("line\\s+(-?\\d+)");
    private static final Pattern URL_ONLY = Pattern.compile("^(?:\\S+\\s)?https?://\\S+$");
    private static final Pattern CHROME = Pattern.compile(
            "(?i)^(skip to (main )?content|skip navigation|menu|close|search|share|print|top|back to top|"
                    + "home|accept( all)?( cookies)?|cookie settings|loading media information hide|see all versions of this archived page\\.?|"
                    // The same links in the other languages (the usual translations of WordPress, Drupal, TYPO3).
                    + "aller au contenu( principal)?|saltar al contenido( principal)?|zum inhalt springen|saltar para o conte[uú]do|"
                    + "ir para o conte[uú]do|перейти к содержанию|перейти к основному содержанию|انتقل إلى المحتوى|跳到主要内容|跳转到主要内容|"
                    + "tout accepter|accepter|aceptar todo|aceptar|alle akzeptieren|akzeptieren|aceitar todos|aceitar|принять все|принять|"
                    + "قبول الكل|全部接受|接受|"
                    + "[<>×✕|·•#*]+|goto first page|scroll down to continue.*|swipe to continue)$",
            Pattern.UNICODE_CASE);
    private static final Pattern ARCHIVE_BANNER = Pattern.compile(
            "(?i)you are viewing an archived web page|this page was captured on|archive-it|wayback machine");
    // "cookie" is borrowed by every language the import reads, so one word finds the notices.
    private static final Pattern COOKIE = Pattern.compile("(?i)cookie");
    private static final Pattern RIGHTS = Pattern.compile(
            "(?i)all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|"
                    + "todos os direitos reservados|все права защищены|جميع الحقوق محفوظة|版权所有|^©");
    // Share bars and related-article lists end the article: from such a heading in the page's second half on, nothing
    // is body.
    private static final Pattern TAIL = Pattern.compile(
            "(?i)^(share( this( page| article| story)?)?|partager( cette page| cet article)?|compartir( esta página)?|"
                    + "(diese )?seite teilen|teilen|partilhar( esta página)?|compartilhar|поделиться|شارك( هذه الصفحة)?|分享(本页|到)?|"
                    + "related( articles| news| stories| posts)?|read more|see also|articles liés|à lire aussi|voir aussi|"
                    + "artículos relacionados|noticias relacionadas|weitere artikel|das könnte sie auch interessieren|"
                    + "artigos relacionados|notícias relacionadas|похожие материалы|читайте также|مقالات ذات صلة|相关文章|相关阅读)$",
            Pattern.UNICODE_CASE);

    private final Finisher finisher;

    TextPages(Finisher finisher) {
        this.finisher = finisher;
    }

    List<Draft> drafts(
            String text,
            boolean markdown,
            String source,
            String location,
            Rule rule,
            Map<String, String> known,
            String defaultType)
            throws SkipException {
        List<String> lines =
                markdown ? markdownLines(text) : text.lines().map(String::strip).toList();
        lines = cut(lines, rule);
        // A listing repeats its field values ("China" on several cards): no line counts as chrome for that.
        lines = dropChrome(lines, rule, rule == null || rule.split() == null);
        String head = String.join("\n", lines.subList(0, Math.min(lines.size(), 60)));
        var ctx = new Finisher.Context(source, location, head, labels(lines), null, defaultType);

        var parts = new ArrayList<List<String>>();
        if (rule != null && rule.split() != null) {
            Pattern split = regex(rule.split(), rule, "split");
            List<String> current = null;
            for (String line : lines) {
                if (split.matcher(line).find()) {
                    current = new ArrayList<>();
                    parts.add(current);
                } else if (current != null) {
                    current.add(line);
                }
            }
        } else {
            parts.add(lines);
        }
        var drafts = new ArrayList<Draft>();
        for (List<String> part : parts) {
            var d = new Draft();
            known.forEach((k, v) -> d.put(k, v, Origin.PAGE));
            List<String> rest = new ArrayList<>(part);
            if (rule != null) {
                for (String field : rule.fields().keySet()) {
                    pick(d, field, rule.field(field), rest, rule);
                }
            }
            List<String> paragraphs = paragraphs(rest);
            if (!d.has("title")) {
                int t = titleIndex(paragraphs);
                if (t >= 0) {
                    d.put("title", paragraphs.get(t), Origin.PAGE);
                    paragraphs = new ArrayList<>(paragraphs.subList(t + 1, paragraphs.size()));
                }
            } else {
                paragraphs.remove(d.get("title"));
            }
            trimTrailingHeadings(paragraphs);

            if (!d.has("body")) {
                d.put("body", join(paragraphs), Origin.PAGE);
            }
            if (!d.has("body")) {
                continue;
            }
            finisher.finish(d, rule, ctx);
            drafts.add(d);
        }
        return drafts;
    }

    /** A field from a line pattern or position; the line is taken out of the body. */
    private static void pick(Draft d, String field, String spec, List<String> lines, Rule rule) throws SkipException {
        Matcher pos = POSITION.matcher(spec.strip());
        int index = -1;
        String value = null;
        List<String> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                nonBlank.add(String.valueOf(i));
            }
        }
        if (pos.matches()) {
            int n = Integer.parseInt(pos.group(1));
            int k = n > 0 ? n - 1 : nonBlank.size() + n;
            if (k >= 0 && k < nonBlank.size()) {
                index = Integer.parseInt(nonBlank.get(k));
                value = lines.get(index);
            }
        } else {
            Pattern p = regex(spec, rule, field);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = p.matcher(lines.get(i));
                if (m.find()) {
                    index = i;
                    value = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : lines.get(i);
                    break;
                }
            }
        }
        if (value == null) {
            return;
        }
        if (field.equals("date")) {
            Dates.find(value).ifPresent(f -> {
                if (f.date() != null) {
                    d.put("date", f.date().toString(), Origin.RULE);
                } else {
                    d.put("year", String.valueOf(f.year()), Origin.RULE);
                }
            });
        } else {
            d.put(field, value, Origin.RULE);
        }
        if (!field.equals("body")) {
            lines.remove(index);
        }
    }

    private static List<String> cut(List<String> lines, Rule rule) throws SkipException {
        if (rule == null) {
            return lines;
        }
        List<String> out = lines;
        if (rule.start() != null) {
            Pattern p = regex(rule.start(), rule, "start");
            for (int i = 0; i < out.size(); i++) {
                if (p.matcher(out.get(i)).find()) {
                    out = out.subList(i + 1, out.size());
                    break;
                }
            }
        }
        if (rule.end() != null) {
            Pattern p = regex(rule.end(), rule, "end");
            for (int i = 0; i < out.size(); i++) {
                if (p.matcher(out.get(i)).find()) {
                    out = out.subList(0, i);
                    break;
                }
            }
        }
        return out;
    }

    /** Lines without page chrome: rule drops, banners, cookie notices, menus, lines repeated on every screen. */
    private static List<String> dropChrome(List<String> lines, Rule rule, boolean dropRepeated) throws SkipException {
        var drops = new ArrayList<Pattern>();
        if (rule != null) {
            for (String d : rule.drop()) {
                drops.add(regex(d, rule, "drop"));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                counts.merge(l, 1, Integer::sum);
            }
        }
        var out = new ArrayList<String>();
        boolean inBanner = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                out.add("");
                continue;
            }
            if (drops.stream().anyMatch(p -> p.matcher(l).find())) {
                continue;
            }
            if (ARCHIVE_BANNER.matcher(l).find()) {
                inBanner = true;
                continue;
            }
            if (inBanner && l.length() < 60 && !l.matches(".*[.!?]$")) {
                continue;
            }
            inBanner = false;
            if (TAIL.matcher(l).matches() && i > lines.size() / 2) {
                break;
            }
            if (RIGHTS.matcher(l).find() && l.length() < 200) {
                continue;
            }
            boolean repeated = dropRepeated && counts.get(l) >= 3 && l.length() < 100;
            if (repeated || CHROME.matcher(l).matches() || (COOKIE.matcher(l).find() && l.length() < 300)) {
                continue;
            }
            if (menuRun(lines, i)) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    /** A line in a run of four or more short bullet items: a menu, not content. */
    private static boolean menuRun(List<String> lines, int i) {
        if (!isMenuItem(lines.get(i))) {
            return false;
        }
        int from = i;
        int to = i;
        while (from > 0
                && (isMenuItem(lines.get(from - 1)) || lines.get(from - 1).isBlank())) {
            from--;
        }
        while (to + 1 < lines.size()
                && (isMenuItem(lines.get(to + 1)) || lines.get(to + 1).isBlank())) {
            to++;
        }
        int items = 0;
        for (int k = from; k <= to; k++) {
            if (isMenuItem(lines.get(k))) {
                items++;
            }
        }
        return items >= 4;
    }

    private static boolean isMenuItem(String l) {
        if (!BULLET.matcher(l).find()) {
            return false;
        }
        String t = BULLET.matcher(l).replaceFirst("");
        return t.split("\\s+").length <= 6 && !t.matches(".*[.;:!?]$");
    }

    /** Each line a paragraph after glued words are split; bullet lines kept together. */
    private static List<String> paragraphs(List<String> lines) {
        var out = new ArrayList<String>();
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            String repaired = Glue.repair(l.replaceAll("\\s{2,}", " ").strip());
            for (String p : repaired.split("\n\n")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    private static String join(List<String> paragraphs) {
        var b = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (i > 0) {
                boolean items = BULLET.matcher(p).find()
                        && BULLET.matcher(paragraphs.get(i - 1)).find();
                b.append(items ? "\n" : "\n\n");
            }
            b.append(BULLET.matcher(p).find() ? BULLET.matcher(p).replaceFirst("• ") : p);
        }
        return b.toString();
    }

    /** The first heading-like paragraph among the first few: 2 to 25 words, no sentence end, not a date or URL. */
    static int titleIndex(List<String> paragraphs) {
        for (int i = 0; i < Math.min(paragraphs.size(), 12); i++) {
            String p = paragraphs.get(i);
            if (headingLike(p)
                    && (p.split("\\s+").length >= 3 || (cjk(p) && p.length() >= 6))
                    && !(Dates.find(p).isPresent() && p.split("\\s+").length <= 6)) {
                return i;
            }
            if (p.length() > 200 && !p.contains("\n")) {
                // Running text before any heading: the page has none.
                return -1;
            }
        }
        return -1;
    }

    private static boolean cjk(String t) {
        return t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static boolean headingLike(String p) {
        String t = p.strip();
        int words = t.split("\\s+").length;
        boolean cjk = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (cjk) {
            return t.length() <= 60 && !t.matches(".*[。！？]$");
        }
        return words <= 25
                && t.length() <= 200
                && !t.matches(".*[.;:,!]$")
                && !BULLET.matcher(t).find()
                && !URL_ONLY.matcher(t).matches()
                && Character.isLetterOrDigit(t.codePointAt(0)) == true;
    }

    private static void trimTrailingHeadings(List<String> paragraphs) {
        while (paragraphs.size() > 1
                && headingLike(paragraphs.get(paragraphs.size() - 1))
                && paragraphs.get(paragraphs.size() - 1).split("\\s+").length <= 8) {
            paragraphs.remove(paragraphs.size() - 1);
        }
    }

    private static List<String> labels(List<String> lines) {
        var out = new ArrayList<String>();
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            if (lines.get(i).length() <= 40 && !lines.get(i).isBlank()) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    /** Markdown as lines: headings and list items their own lines, wrapped lines of a paragraph joined. */
    private static List<String> markdownLines(String text) {
        var out = new ArrayList<String>();
        var para = new StringBuilder();
        for (String raw : text.lines().toList()) {
            String l = raw.strip();
            boolean special = l.startsWith("#") || BULLET.matcher(l).find() || l.startsWith(">");
            if (l.isEmpty() || special) {
                if (para.length() > 0) {
                    out.add(para.toString());
                    para.setLength(0);
                }
                if (special) {
                    String t = l.replaceFirst("^#+\\s*", "").replaceFirst("^>\\s*", "");
                    out.add(t.replaceAll("[*_`]{1,3}([^*_`]+)[*_`]{1,3}", "$1")
                            .replaceAll("\\[([^]]+)]\\([^)]*\\)", "$1"));
                }
                if (l.isEmpty()) {
                    out.add("");
                }
                continue;
            }
            l = l.replaceAll("\\[([^]]+)]\\([^)]*\\)", "$1").replaceAll("[*_`]{1,3}([^*_`]+)[*_`]{1,3}", "$1");
            para.append(para.length() > 0 ? " " : "").append(l);
        }
        if (para.length() > 0) {
            out.add(para.toString());
        }
        return out;
    }

    private static Pattern regex(String p, Rule rule, String key) throws SkipException {
        try {
            return Pattern.compile(p);
        } catch (PatternSyntaxException e) {
            throw new SkipException(
                    SkipReason.INVALID_RECORD,
                    "rule \"" + rule.match() + "\": " + key + ": bad pattern \"" + p + "\": " + e.getDescription());
        }
    }
}
