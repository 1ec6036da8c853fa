package lcs.importer.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lcs.corpus.Countries.Country;
import lcs.corpus.LanguageGuesser;
import lcs.importer.extract.Draft.Origin;
import lcs.importer.gazetteer.Cities;
import lcs.importer.gazetteer.Places;
import lcs.importer.rules.Rule;

/**
 * What every page kind shares once title and body are found: rule values, summary, date and year,
 * language, city and country, type, id.
 */
final class Finisher {
    /** What a page kind knew about the page, beside the record's own fields. */
    record Context(
            String source,
            String location,
            String head,
            List<String> labels,
            String declaredLanguage,
            String defaultType) {}

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?=\\s|$)|[。！？]");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([a-z]+)}");

    private final Places places;
    private final Cities cities;
    private final LanguageGuesser guesser;

    Finisher(Places places, Cities cities, LanguageGuesser guesser) {
        this.places = places;
        this.cities = cities;
        this.guesser = guesser;
    }

    void finish(Draft d, Rule rule, Context ctx) {
        if (rule != null && rule.type() != null) {
            d.override("type", rule.type(), Origin.RULE);
        }
        applySet(d, rule, false);
        if (d.origin("body") == Origin.PAGE) {
            d.override("body", stripDateline(d.get("body")), Origin.PAGE);
        }
        if (!d.has("title") && d.has("body")) {
            // No heading anywhere: the first sentence stands in.
            d.put("title", firstSentences(d.get("body"), 120), Origin.INFERENCE);
        }
        String body = d.get("body");
        String title = d.get("title");
        String lead = firstParagraph(body);

        // Summary: the page's description, else the first sentences of the body.
        if (!d.has("summary") && body != null) {
            d.put("summary", firstSentences(body, 240), Origin.INFERENCE);
        }

        // Date: found in the record's own text first, then in what stands around it on the page.
        if (!d.has("date") && !d.has("year")) {
            String near = (title == null ? "" : title + "\n") + (body == null ? "" : clip(body, 1500));
            var found = Dates.find(near).or(() -> Dates.find(ctx.head()));
            found.ifPresent(f -> {
                if (f.date() != null) {
                    d.put("date", f.date().toString(), Origin.PAGE);
                } else {
                    d.put("year", String.valueOf(f.year()), Origin.PAGE);
                }
            });
        }
        if (d.has("date") && !d.has("year")) {
            d.put("year", d.get("date").substring(0, 4), d.origin("date"));
        }
        if (!d.has("year") && body != null) {
            Dates.joinedYear(body).ifPresent(y -> d.put("year", String.valueOf(y), Origin.INFERENCE));
        }

        // Language: as declared when the text agrees (or is too short to tell), else as detected.
        String text = (title == null ? "" : title + "\n") + (body == null ? "" : body);
        if (!d.has("language")) {
            String detected = text.length() < 40 ? LanguageGuesser.UNDETERMINED : guesser.guess(text);
            String declared = ctx.declaredLanguage();
            if (declared != null
                    && (detected.equals(LanguageGuesser.UNDETERMINED)
                            || declared.equals(detected)
                            || text.length() < 200)) {
                d.put("language", declared, Origin.PAGE);
            } else if (!detected.equals(LanguageGuesser.UNDETERMINED)) {
                d.put("language", detected, Origin.INFERENCE);
            } else if (declared != null) {
                d.put("language", declared, Origin.PAGE);
            }
        }

        // Place: the city and country the title and first paragraph are about, agreeing with each other.
        Country hinted = d.has("country") ? places.country(d.get("country")).orElse(null) : null;
        if (d.has("city") && !d.has("country")) {
            var known = cities.find(d.get("city"));
            if (!known.isEmpty()) {
                places.country(known.get(0).iso2()).ifPresent(c -> d.put("country", c.name(), Origin.INFERENCE));
            }
        } else if (!d.has("city")) {
            var subject = places.subject(title, lead, body, hinted);
            d.put("city", subject.city(), Origin.INFERENCE);
            if (subject.country() != null) {
                d.put("country", subject.country().name(), Origin.INFERENCE);
            }
        }
        if (d.has("country")) {
            // The UNESCO name of what a rule, hint or the page wrote ("Vietnam" -> "Viet Nam").
            Origin o = d.origin("country");
            places.country(d.get("country")).ifPresent(c -> d.override("country", c.name(), o));
            places.country(d.get("country")).ifPresent(c -> d.put("region", c.region(), Origin.INFERENCE));
        }

        // Type: a rule or hint set it; else the URL or path, labels, press-release markers, the page kind.
        if (!d.has("type")) {
            String t = Types.fromPath(ctx.location());
            if (t == null) {
                for (String label : ctx.labels()) {
                    t = Types.fromLabel(label);
                    if (t != null) {
                        break;
                    }
                }
            }
            if (t == null && Types.looksLikePressRelease(body)) {
                t = "press-release";
            }
            if (t == null) {
                t = ctx.defaultType();
            }
            // A web page with a publication date of its own and nothing else to say is, most often, news.
            if (t == null && d.origin("date") == Origin.PAGE) {
                t = "news";
            }
            d.put("type", t != null ? t : Types.DEFAULT, Origin.INFERENCE);
        }
        // Templates such as "{city}: {title}" see every field found above.
        applySet(d, rule, true);
    }

    /** Sets the rule's {@code set} values: plain ones first, templates once the fields they name are known. */
    private static void applySet(Draft d, Rule rule, boolean templates) {
        if (rule == null) {
            return;
        }
        // Every template sees the fields as they were before any template ran.
        var before = Map.copyOf(d.values());
        for (Map.Entry<String, String> e : rule.set().entrySet()) {
            boolean isTemplate = TEMPLATE.matcher(e.getValue()).find();
            if (isTemplate != templates) {
                continue;
            }
            String v = templates ? fill(e.getValue(), before) : e.getValue();
            d.override(e.getKey(), v, Origin.RULE);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = TEMPLATE.matcher(template);
        var b = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The body without leading datelines ("14 March 2023", "Report · 23 November 2021"): page metadata, not text. */
    static String stripDateline(String body) {
        String b = body;
        int at = b.indexOf("\n\n");
        while (at > 0) {
            String first = b.substring(0, at);
            // A byline ("By the team · 3 October 2022 · 4 min read") is metadata too; a sentence is not.
            if (first.split("\\s+").length > 12
                    || first.length() > 100
                    || first.matches("(?s).*[.!?。]$")
                    || Dates.find(first).isEmpty()) {
                break;
            }
            b = b.substring(at + 2).strip();
            at = b.indexOf("\n\n");
        }
        // A heading at the very end introduces nothing: it belongs to what the page cut off (a sidebar, a footer).
        int last = b.lastIndexOf("\n\n");
        while (last > 0) {
            String tail = b.substring(last + 2).strip();
            boolean cjk = tail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean heading = !tail.startsWith("•")
                    && !tail.matches("(?s).*[.!?。！？:;…\"”»)]$")
                    && (cjk ? tail.length() <= 12 : tail.split("\\s+").length <= 6);
            if (!heading) {
                break;
            }
            b = b.substring(0, last).strip();
            last = b.lastIndexOf("\n\n");
        }
        return b;
    }

    static String firstParagraph(String body) {
        if (body == null) {
            return null;
        }
        int at = body.indexOf("\n\n");
        String p = at < 0 ? body : body.substring(0, at);
        // A short heading-like first paragraph says less than the one after it.
        if (p.length() < 80 && at > 0) {
            int next = body.indexOf("\n\n", at + 2);
            p = p + "\n" + (next < 0 ? body.substring(at + 2) : body.substring(at + 2, next));
        }
        return p;
    }

    /** The first sentences of a text, up to about {@code max} characters, whole sentences only. */
    static String firstSentences(String body, int max) {
        String first = body.strip();
        int para = first.indexOf("\n\n");
        // Skip a leading heading-like paragraph (no sentence end) when a real one follows.
        while (para > 0
                && para < 120
                && !SENTENCE_END.matcher(first.substring(0, para)).find()) {
            first = first.substring(para + 2).strip();
            para = first.indexOf("\n\n");
        }
        if (para > 0) {
            first = first.substring(0, para);
        }
        first = first.replace('\n', ' ');
        Matcher m = SENTENCE_END.matcher(first);
        int end = -1;
        while (m.find()) {
            if (m.end() > max && end > 0) {
                break;
            }
            end = m.end();
            if (end >= max / 2) {
                break;
            }
        }
        String s = end > 0 ? first.substring(0, end) : first;
        if (s.length() > max + 60) {
            int cut = s.lastIndexOf(' ', max);
            s = s.substring(0, cut > 0 ? cut : max) + "…";
        }
        return s.strip();
    }

    static String clip(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
