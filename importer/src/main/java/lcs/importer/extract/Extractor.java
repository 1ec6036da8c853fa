package lcs.importer.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import lcs.corpus.LanguageGuesser;
import lcs.importer.Page;
import lcs.importer.SkipReason;
import lcs.importer.gazetteer.Cities;
import lcs.importer.gazetteer.CountryNames;
import lcs.importer.gazetteer.Places;
import lcs.importer.rules.Rule;
import lcs.importer.rules.Rules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one {@link Page} into drafted records (several when a rule splits it), by its kind: HTML,
 * plain text, Markdown or PDF. Content that is none of these (a binary file named .html) is refused.
 * Thread-safe if the language guesser is.
 */
public final class Extractor {
    private final Rules rules;
    private final HtmlPages html;
    private final TextPages text;
    private final PdfPages pdf;

    public Extractor(Rules rules, LanguageGuesser guesser) {
        this.rules = rules;
        var finisher = new Finisher(Places.bundled(), Cities.bundled(), guesser);
        this.html = new HtmlPages(finisher);
        this.text = new TextPages(finisher);
        this.pdf = new PdfPages(text);
        CountryNames.bundled();
    }

    /**
     * The records a page gives, each with every field found and where it came from.
     *
     * @throws SkipException when the page gives none (not HTML/text/PDF, no main text, a bad rule)
     */
    public List<Draft> extract(Page page) throws SkipException {
        String location = page.url() != null ? page.url().toString() : page.source();
        Rule rule =
                rules.forPage(page.source(), location, absolute(page.source())).orElse(null);
        String type = page.contentType().toLowerCase(java.util.Locale.ROOT);
        byte[] bytes = page.content();
        List<Draft> drafts;
        if (type.contains("pdf") || startsWith(bytes, "%PDF-")) {
            drafts = pdf.drafts(bytes, page.source(), location, rule);
        } else {
            if (looksBinary(bytes)) {
                throw new SkipException(SkipReason.NOT_SUPPORTED, "binary content, not HTML, text or PDF");
            }
            if (type.contains("html") || type.contains("xml")) {
                Document doc = Jsoup.parse(decode(bytes, type), location.startsWith("http") ? location : "");
                drafts = html.drafts(
                        doc,
                        page.source(),
                        page.url() == null ? null : page.url().toString(),
                        rule);
            } else {
                boolean markdown = type.contains("markdown");
                drafts = text.drafts(decode(bytes, type), markdown, page.source(), location, rule, Map.of(), null);
            }
        }
        drafts = drafts.stream()
                .filter(d -> d.has("body") && d.get("body").length() >= 20)
                .toList();
        if (drafts.isEmpty()) {
            throw new SkipException(SkipReason.NO_MAIN_TEXT, "no main text found");
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (rule != null && rule.id() != null) {
                d.override("id", Ids.fromTemplate(rule.id(), d.values()), Draft.Origin.RULE);
            }
            if (!d.has("id")) {
                String base = Ids.forPage(d.get("url"), page.source());
                String part =
                        drafts.size() == 1 ? "" : "-" + Ids.slug(d.has("city") ? d.get("city") : String.valueOf(i + 1));
                d.put("id", Ids.fit(base + part), Draft.Origin.INFERENCE);
            }
            d.override("source", page.source(), Draft.Origin.PAGE);
        }
        return drafts;
    }

    private static String absolute(String source) {
        try {
            return source.startsWith("http")
                    ? source
                    : java.nio.file.Path.of(source).toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return source;
        }
    }

    /** UTF-8 when the bytes are valid UTF-8 (the common case), else the declared charset, else Windows-1252. */
    private static String decode(byte[] bytes, String contentType) {
        int offset = startsWith(bytes, "\uFEFF")
                        || (bytes.length >= 3
                                && (bytes[0] & 0xff) == 0xEF
                                && (bytes[1] & 0xff) == 0xBB
                                && (bytes[2] & 0xff) == 0xBF)
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
            var m = java.util.regex.Pattern.compile("(?i)charset=[\"']?([\\w-]+)")
                    .matcher(contentType + " " + head);
            if (m.find()) {
                try {
                    return new String(bytes, java.nio.charset.Charset.forName(m.group(1)));
                } catch (RuntimeException ignored) {
                    // fall back below
                }
            }
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** NUL bytes or many control characters in the first 8 KB: not text, whatever the name says. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control > n / 20;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
