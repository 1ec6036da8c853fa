package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The embed page (issue 16): its script snippet pins widget.js by version and Subresource Integrity
 * hash, and pasted into another site as it is (under that site's CSP, with the lines the page gives),
 * it loads the widget; every snippet has a copy button; the examples include compact, fixed-country
 * and dark widgets.
 */
@ExtendWith(BrowserTests.class)
class EmbedPageTest {

    @Test
    void the_pinned_snippet_with_its_integrity_hash_loads_the_widget_on_another_site(WebEnvironment env) {
        env.open("/embed-demo.html");
        String snippet = env.waitFor(d -> {
            String s = d.findElement(By.id("snippet-script")).getText();
            return s.contains("integrity=") ? s : null;
        });
        Matcher m = Pattern.compile(
                        "<script src=\"([^\"]+/widget\\.js\\?v=[0-9a-f]{12})\" integrity=\"(sha384-[A-Za-z0-9+/=]+)\""
                                + " crossorigin=\"anonymous\" defer></script>")
                .matcher(snippet);
        assertTrue(m.matches(), snippet);
        assertTrue(m.group(1).startsWith(env.base), "the service's own address: " + m.group(1));
        assertEquals(
                "script-src 'self' " + env.base + "; connect-src 'self' " + env.base,
                env.driver.findElement(By.id("snippet-csp")).getText());
        assertEquals(
                env.driver.findElements(By.cssSelector("pre.snippet")).size(),
                env.driver
                        .findElements(By.cssSelector("pre.snippet + .copy-row button.copy"))
                        .size(),
                "a copy button per snippet");
        List<String> examples = env.driver.findElements(By.cssSelector("main lcs-search, header lcs-search")).stream()
                .map(e -> e.getAttribute("compact") != null
                        ? "compact"
                        : e.getAttribute("filter-country") != null
                                ? "fixed"
                                : "dark".equals(e.getAttribute("theme")) ? "dark" : "other")
                .toList();
        assertTrue(examples.containsAll(List.of("compact", "fixed", "dark")), examples.toString());

        env.otherPages.put("/pinned.html", String.format(java.util.Locale.ROOT, """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pinned</title>%s</head>
        <body><main><h1>Pinned</h1><lcs-search id="p" size="2" facets="none"></lcs-search></main></body></html>
        """, snippet));
        env.consoleErrors();
        env.driver.get(env.otherBase + "/pinned.html");
        env.waitFor(d -> env.<Boolean>js(
                "return document.getElementById('p').shadowRoot?.querySelectorAll('[part~=hit]').length === 2"));
        assertEquals(List.of(), env.consoleErrors(), "no integrity, CORS or CSP errors");
    }

    @Test
    void a_wrong_integrity_hash_is_refused(WebEnvironment env) {
        env.otherPages.put("/tampered.html", String.format(java.util.Locale.ROOT, """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tampered</title>
        <script src="%s/widget.js" integrity="sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" crossorigin="anonymous" defer></script>
        </head><body><main><h1>Tampered</h1><lcs-search id="p"></lcs-search></main></body></html>
        """, env.base));
        env.driver.get(env.otherBase + "/tampered.html");
        env.waitFor(d -> env.<String>js("return document.readyState").equals("complete"));
        assertEquals(
                Boolean.FALSE, env.js("return !!customElements.get('lcs-search')"), "the browser refused the file");
        env.consoleErrors();
    }
}
