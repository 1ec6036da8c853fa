package lcs.search;

/**
 * The one HTML escape of the service: the snippets' text and the server-rendered page use it, so
 * both escape the same characters the same way (the page trusts the snippets' markup as it is).
 */
public final class Html {
    private Html() {}

    /** Appends {@code c}, as an entity if it could end text or an attribute value early. */
    public static void escape(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
