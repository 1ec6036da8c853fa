package lcs.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import lcs.search.Html;

/**
 * HTML written the way web/js/common.js {@code h()} builds elements: text is always escaped, and
 * markup goes in only where a caller passes markup it built (or the API's {@code <mark>} snippets).
 */
final class Markup {
    private Markup() {}

    /**
     * An element: attrs are name/value pairs (a null value leaves the attribute out, "" writes it
     * bare), children are markup already escaped.
     */
    static String el(String tag, String[] attrs, String... children) {
        var out = new StringBuilder("<").append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                out.append(' ').append(attrs[i]);
                if (!attrs[i + 1].isEmpty()) {
                    out.append("=\"").append(esc(attrs[i + 1])).append('"');
                }
            }
        }
        out.append('>');
        for (String child : children) {
            if (child != null) {
                out.append(child);
            }
        }
        return out.append("</").append(tag).append('>').toString();
    }

    static String[] attrs(String... pairs) {
        return pairs;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            Html.escape(s.charAt(i), out);
        }
        return out.toString();
    }

    /** URLSearchParams' encoding of one name or value (form encoding: a space is "+"). */
    static String form(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** encodeURIComponent. */
    static String component(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%21", "!")
                .replace("%27", "'")
                .replace("%28", "(")
                .replace("%29", ")")
                .replace("%7E", "~");
    }

    /** Only http(s) URLs become links, as common.js safeUrl; a quote could end the attribute early. */
    static String httpUrl(Object url) {
        String s = url == null ? null : url.toString();
        return s != null && (s.startsWith("http://") || s.startsWith("https://")) && !s.contains("\"") ? s : null;
    }
}
