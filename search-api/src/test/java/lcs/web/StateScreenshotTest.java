package lcs.web;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Screenshots of the states issue 16 is about, for people to compare (target/screenshots/state-*.png):
 * the widget on a dark host page, the phone filter sheet after a facet tap, and the document view
 * reached from a shared link with a query. The behaviour behind each is asserted in its own test.
 */
@ExtendWith(BrowserTests.class)
class StateScreenshotTest {

    /** A city portal with a dark background (#121212) and dark color-scheme, embedding the widget. */
    static String darkHost(WebEnvironment env, String widgetAttributes) {
        return String.format(java.util.Locale.ROOT, """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>A dark city portal</title>
        <link rel="stylesheet" href="/dark.css">
        <script src="%s/widget.js" defer></script></head>
        <body><main><h1>A dark city portal</h1>
        <lcs-search id="dark" size="3" facets="type,year" %s></lcs-search>
        <lcs-search id="dark-compact" compact size="3" %s></lcs-search>
        </main></body></html>
        """, env.base, widgetAttributes, widgetAttributes);
    }

    static void serveDarkHost(WebEnvironment env) {
        env.otherPages.put("/dark.html", darkHost(env, ""));
        env.otherPages.put(
                "/dark.css",
                "html { color-scheme: dark; background: #121212; color: #e8e8e8; font-family: sans-serif; }");
    }

    @Test
    void dark_host_page(WebEnvironment env) throws IOException {
        serveDarkHost(env);
        env.driver.get(env.otherBase + "/dark.html");
        env.resizeViewport(1000, 800);
        env.waitFor(d -> env.<Boolean>js("const r = document.getElementById('dark').shadowRoot;"
                + " return !!r && r.querySelectorAll('[part~=hit]').length === 3"));
        env.screenshot("state-dark-host");
    }

    @Test
    void phone_filter_sheet_after_a_facet_tap(WebEnvironment env) throws IOException {
        env.openSearch("/?q=learning", 390, 844);
        env.driver.findElement(By.id("filters-toggle")).click();
        env.driver
                .findElement(By.cssSelector("#facet-groups [data-facet=type] input[type=checkbox]"))
                .click();
        env.waitFor(d -> d.getCurrentUrl().contains("type="));
        env.settled();
        env.screenshot("state-phone-filter-sheet");
    }

    @Test
    void document_view_from_a_shared_link(WebEnvironment env) throws IOException {
        env.open("/doc/web-ljubljana?q=libraries");
        env.resizeViewport(1280, 900);
        env.waitFor(d -> !d.findElements(By.cssSelector("#related-list li")).isEmpty());
        env.screenshot("state-document");
    }
}
