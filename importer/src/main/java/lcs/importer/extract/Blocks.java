package lcs.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as corpus text: one paragraph per block (blank line between), list items as
 * "• item" lines kept together, inline markup flattened, runs of white space as one space.
 */
public final class Blocks {
    static final Set<String> BLOCK = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "nav",
            "blockquote",
            "pre",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "td",
            "th",
            "figure",
            "figcaption",
            "address",
            "hr",
            "form",
            "fieldset",
            "details",
            "summary",
            "body",
            "center");

    private Blocks() {}

    /** The text of these elements, in order. */
    public static String render(List<Element> elements) {
        var out = new Renderer();
        for (Element e : elements) {
            NodeTraversor.traverse(out, e);
            out.flush();
        }
        return out.text();
    }

    public static String render(Element element) {
        return render(List.of(element));
    }

    private static final class Renderer implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Boolean> listItem = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean inItem;
        private int pre;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = pre > 0 ? t.getWholeText() : t.text();
                current.append(s);
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    current.append('\n');
                } else if (tag.equals("pre")) {
                    flush();
                    pre++;
                } else if (BLOCK.contains(tag)) {
                    flush();
                    if (tag.equals("li")) {
                        inItem = true;
                    }
                } else if (tag.equals("img") || tag.equals("td")) {
                    current.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    flush();
                    pre--;
                } else if (BLOCK.contains(tag)) {
                    flush();
                    if (tag.equals("li")) {
                        inItem = false;
                    }
                } else if (tag.equals("td") || tag.equals("th")) {
                    current.append(' ');
                }
            }
        }

        void flush() {
            String s = pre > 0 ? current.toString().strip() : normalise(current.toString());
            current.setLength(0);
            if (!s.isEmpty()) {
                paragraphs.add(inItem ? "• " + s : s);
                listItem.add(inItem);
            }
        }

        String text() {
            var b = new StringBuilder();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i > 0) {
                    b.append(listItem.get(i) && listItem.get(i - 1) ? "\n" : "\n\n");
                }
                b.append(paragraphs.get(i));
            }
            return b.toString();
        }
    }

    /** White space runs as one space; line breaks from {@code <br>} kept as single newlines. */
    static String normalise(String s) {
        var lines = new ArrayList<String>();
        for (String line : s.split("\n")) {
            String l = line.replace('\u00a0', ' ')
                    .replaceAll("[ \\t\\r\\f\\u200b]+", " ")
                    .strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return String.join("\n", lines);
    }
}
