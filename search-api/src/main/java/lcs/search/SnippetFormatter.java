package lcs.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as safe HTML: every character of the source is escaped, matched
 * words are wrapped in {@code <mark>}, and an ellipsis marks text cut before or after.
 *
 * <p>Lucene's {@code DefaultPassageFormatter} does most of this, but puts its ellipsis only
 * between passages, never before a first passage that starts mid-text or after a last one that
 * stops early, and keeps line breaks and runs of spaces, which a one-line snippet folds into one.
 */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public String format(Passage[] passages, String content) {
        var sb = new StringBuilder();
        for (Passage p : passages) {
            if (p.getStartOffset() > 0) {
                sb.append("… ");
            }
            int pos = p.getStartOffset();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = p.getMatchStarts()[i];
                int end = p.getMatchEnds()[i];
                if (start < pos) {
                    continue; // overlapping match (e.g. exact and stemmed on the same word)
                }
                escape(content, pos, start, sb);
                sb.append("<mark>");
                escape(content, start, end, sb);
                sb.append("</mark>");
                pos = end;
            }
            escape(content, pos, p.getEndOffset(), sb);
            if (p.getEndOffset() < content.length()) {
                sb.append(sb.charAt(sb.length() - 1) == ' ' ? "…" : " …");
            }
        }
        return sb.toString();
    }

    /** The start of a text, cut at a word boundary near {@code goal} characters, escaped. */
    static String lead(String text, int goal) {
        String t = text.strip();
        var sb = new StringBuilder();
        if (t.length() <= goal) {
            escape(t, 0, t.length(), sb);
            return sb.toString();
        }
        int cut = t.lastIndexOf(' ', goal);
        if (cut < goal / 2) {
            cut = goal;
        }
        escape(t, 0, cut, sb);
        return sb.append(" …").toString();
    }

    static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n', '\r', '\t', ' ' -> {
                    // Paragraph breaks and runs of spaces read as one space in a one-line snippet.
                    if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                }
                default -> Html.escape(c, out);
            }
        }
    }
}
