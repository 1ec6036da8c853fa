package lcs.importer.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the crawler needs from an HTML page: its canonical URL and title, whether its meta robots forbid
 * indexing or following, and the http(s) links on it (fragments dropped, {@code rel=nofollow} left out).
 */
record HtmlFacts(URI canonical, String title, boolean noindex, boolean nofollow, List<URI> links) {

    static HtmlFacts of(byte[] html, URI base) {
        Document doc;
        try {
            // Charset from the BOM or <meta charset>, else UTF-8.
            doc = Jsoup.parse(new ByteArrayInputStream(html), null, base.toString());
        } catch (IOException e) {
            return new HtmlFacts(null, null, false, false, List.of());
        }
        URI canonical = null;
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) {
            canonical = Urls.parse(link.absUrl("href"));
        }
        boolean noindex = false;
        boolean nofollow = false;
        for (Element meta : doc.select("meta[name~=(?i)^robots$][content]")) {
            String content = meta.attr("content").toLowerCase(Locale.ROOT);
            noindex |= content.contains("noindex") || content.contains("none");
            nofollow |= content.contains("nofollow") || content.contains("none");
        }
        Set<URI> links = new LinkedHashSet<>();
        if (!nofollow) {
            for (Element a : doc.select("a[href], area[href]")) {
                if (a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                    continue;
                }
                URI uri = Urls.parse(a.absUrl("href"));
                if (uri != null) {
                    links.add(uri);
                }
            }
        }
        return new HtmlFacts(canonical, doc.title().strip(), noindex, nofollow, List.copyOf(links));
    }
}
