package lcs.importer.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stable record ids: slugs of the canonical URL or the path, or of a rule's template. */
public final class Ids {
    private static final int MAX = 128;
    private static final Pattern FIELD = Pattern.compile("\\{([a-z]+)}");

    private Ids() {}

    /** Lowercase ASCII letters and digits joined by single hyphens; other scripts are transliterated where Java can, else hashed. */
    public static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("ł", "l");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (n.isEmpty() && !s.isBlank()) {
            return "x" + hash(s).substring(0, 10);
        }
        return n;
    }

    /** The id for a page: its canonical URL (without scheme and "www.") or its path (without extension). */
    public static String forPage(String canonicalUrl, String source) {
        String base;
        if (canonicalUrl != null) {
            base = canonicalUrl
                    .replaceFirst("^[a-z]+://", "")
                    .replaceFirst("^www\\.", "")
                    .replaceFirst("[?#].*$", "")
                    .replaceFirst("\\.(html?|php|aspx?)$", "");
        } else {
            base = source.replace('\\', '/')
                    .replaceFirst("^(\\./|\\.\\./)+", "")
                    .replaceFirst("^/", "")
                    .replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        }
        return fit(slug(base));
    }

    /** A rule's id template with each {@code {field}} replaced by the slug of the field's value. */
    public static String fromTemplate(String template, Map<String, String> values) {
        Matcher m = FIELD.matcher(template);
        var b = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? "" : slug(v)));
        }
        m.appendTail(b);
        return fit(b.toString()
                .replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", ""));
    }

    /** Fits the 128-character limit: a long id keeps its tail and a hash of the whole. */
    static String fit(String id) {
        if (id.length() <= MAX) {
            return id;
        }
        return hash(id).substring(0, 12) + "-" + id.substring(id.length() - (MAX - 13));
    }

    public static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
