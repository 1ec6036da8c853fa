package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The compact widget's keys and the editor's attributes (issue 16): Enter with nothing highlighted
 * searches (the full results, in the widget's language, where results-url says), Escape closes the
 * list and keeps the text, font="inherit" takes the host's font; and the pager stops at the API's
 * 10,000-hit window (issue 15).
 */
class CompactWidgetTest extends SharedBrowserTest {

    @BeforeAll
    static void pages() {
        env.otherPages.put("/compact.html", String.format(java.util.Locale.ROOT, """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Compact</title>
        <link rel="stylesheet" href="/compact.css"><script src="%s/widget.js" defer></script></head>
        <body><main><h1>Compact</h1>
        <lcs-search id="fr" compact size="3" lang="fr"></lcs-search>
        <lcs-search id="own" compact size="3" results-url="/results.html" font="inherit"></lcs-search>
        <lcs-search id="full" size="10" facets="none"></lcs-search>
        </main></body></html>
        """, env.base));
        env.otherPages.put("/compact.css", "body { font-family: Georgia, serif; }");
        env.otherPages.put(
                "/results.html",
                "<!doctype html><html lang=\"en\"><head><title>Results</title></head><body><h1>Results</h1></body></html>");
    }

    private static SearchContext open(String id) {
        driver.get(env.otherBase + "/compact.html");
        return env.waitFor(d -> d.findElement(By.id(id)).getShadowRoot());
    }

    private static WebElement typeAndWaitForTheList(SearchContext root, String q) {
        WebElement input = root.findElement(By.cssSelector("input"));
        input.sendKeys(q);
        env.waitFor(d -> root.findElements(By.cssSelector("[role=option]")).size() > 1
                && "true".equals(input.getAttribute("aria-expanded")));
        return input;
    }

    @Test
    void enter_with_nothing_highlighted_opens_all_results_in_the_widgets_language() {
        WebElement input = typeAndWaitForTheList(open("fr"), "learning");
        input.sendKeys(Keys.ENTER);
        env.waitFor(d -> d.getCurrentUrl().startsWith(env.base + "/?"));
        assertEquals(env.base + "/?q=learning&lang=fr", driver.getCurrentUrl());
        env.settled();
        assertTrue(driver.findElement(By.id("status")).getText().contains("résultat"), "the page answers in French");
    }

    @Test
    void escape_closes_the_list_and_keeps_the_text() {
        SearchContext root = open("fr");
        WebElement input = typeAndWaitForTheList(root, "learning");
        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertTrue(root.findElement(By.cssSelector("[role=listbox]")).getAttribute("hidden") != null);
        assertEquals("learning", input.getAttribute("value"));
    }

    @Test
    void see_all_results_goes_to_the_editors_results_url_and_the_font_is_the_hosts() {
        SearchContext root = open("own");
        WebElement input = typeAndWaitForTheList(root, "learning");
        assertEquals(
                driver.findElement(By.tagName("body")).getCssValue("font-family"), input.getCssValue("font-family"));
        WebElement all = root.findElement(By.cssSelector("li.all"));
        assertTrue(all.getText().startsWith("See all results"), all.getText());
        all.click();
        env.waitFor(d -> d.getCurrentUrl().startsWith(env.otherBase + "/results.html"));
        assertEquals(env.otherBase + "/results.html?q=learning&lang=en", driver.getCurrentUrl());
    }

    @Test
    void the_pager_stops_at_the_apis_10000_hit_window() {
        SearchContext root = open("full");
        env.waitFor(d -> root.findElements(By.cssSelector("[part~=hit]")).size() == 10
                || root.findElements(By.cssSelector("[part~=hit]")).size() > 0);
        // An answer as the API gives it for a query with 50,000 matches.
        env.js("""
        const hits = Array.from({ length: 10 }, (_, i) => ({ id: 'h' + i, type: 'news', title: 'Hit ' + i, language: 'en' }));
        window.fetch = () => Promise.resolve(new Response(JSON.stringify({ query: 'many', total: 50000, totalExact: true,
          facetsExact: true, page: 1, size: 10, hits, facets: {} }), { status: 200, headers: { 'Content-Type': 'application/json' } }));""");
        root.findElement(By.cssSelector("input")).sendKeys("many", Keys.ENTER);
        WebElement pager = root.findElement(By.cssSelector("[part~=pager]"));
        env.waitFor(d -> pager.getText().contains("1 / 1,000"));
    }
}
