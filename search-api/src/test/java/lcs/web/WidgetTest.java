package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The widget on a page of another origin (another port), whose CSP trusts only the search service:
 * it loads, calls the API across origins, and several widgets keep to themselves.
 */
class WidgetTest extends SharedBrowserTest {

    @BeforeAll
    static void pages() {
        env.otherPages.put("/host.html", String.format(java.util.Locale.ROOT, """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Another site</title>
        <link rel="stylesheet" href="/theme.css">
        <script src="%s/widget.js" defer></script></head>
        <body><main><h1>Another site</h1>
        <lcs-search id="a" size="3" facets="country,type"></lcs-search>
        <lcs-search id="b" size="3" lang="fr" filter-country="Latvia" facets="none"></lcs-search>
        <lcs-search id="c" compact size="4"></lcs-search>
        </main></body></html>
        """, env.base));
        env.otherPages.put("/theme.css", """
        #a { --lcs-accent: rgb(122, 31, 92); --lcs-radius: 0px; }
        #a::part(hit) { border-left: 5px solid rgb(1, 2, 3); }
        """);
    }

    private static SearchContext widget(String id) {
        return driver.findElement(By.id(id)).getShadowRoot();
    }

    private static List<String> titles(String id) {
        return widget(id).findElements(By.cssSelector("[part~=title]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String status(String id) {
        return widget(id).findElement(By.cssSelector("[role=status]")).getText();
    }

    /** Opens a page of another site at {@code path} holding {@code body} and the widget's script. */
    private static void openOtherSite(String path, String body) {
        env.otherPages.put(path, String.format(java.util.Locale.ROOT, """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Another site</title>
        <script src="%s/widget.js" defer></script></head>
        <body>%s</body></html>
        """, env.base, body));
        driver.get(env.otherBase + path);
    }

    private static void openHost() {
        driver.get(env.otherBase + "/host.html");
        try {
            env.waitFor(d -> titles("a").size() == 3 && titles("b").size() == 2);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the widgets did not show results: "
                            + env.js(
                                    "return [...document.querySelectorAll"
                                            + "('lcs-search')].map(w => w.id + ': ' + (w.shadowRoot ? w.shadowRoot.textContent : 'no shadow root'))")
                            + " console: " + env.consoleErrors(),
                    e);
        }
    }

    @Test
    void widgets_on_another_origin_search_the_api_independently() {
        env.consoleErrors();
        openHost();
        assertEquals(env.api("/api/search").get("total").asInt() + " results", status("a"));
        assertEquals("2 résultats", status("b"), "b has its fixed country filter and French");

        widget("a").findElement(By.cssSelector("input[part=input]")).sendKeys("cork");
        env.waitFor(d ->
                status("a").equals(env.api("/api/search?q=cork").get("total").asInt() + " results"));
        assertTrue(
                titles("a").stream().allMatch(t -> t.contains("Cork")),
                titles("a").toString());
        assertFalse(
                widget("a").findElements(By.cssSelector("[part~=snippet] mark")).isEmpty());
        assertEquals("2 résultats", status("b"), "typing in a leaves b alone");

        widget("b").findElement(By.cssSelector("input")).sendKeys("learning");
        env.waitFor(d -> widget("b").findElements(By.cssSelector("mark")).size() > 0);
        var latvia = env.api("/api/search?q=learning&country=Latvia&size=3");
        assertEquals(latvia.get("hits").findValuesAsText("title"), titles("b"));
        assertTrue(titles("a").stream().allMatch(t -> t.contains("Cork")), "typing in b leaves a alone");

        WebElement ireland = widget("a").findElements(By.cssSelector("[part~=facet] input")).stream()
                .filter(i -> "Ireland".equals(i.getAttribute("value")))
                .findFirst()
                .orElseThrow();
        int all = titles("a").size();
        widget("a").findElement(By.cssSelector("input[part=input]")).clear();
        ireland.click();
        env.waitFor(d -> status("a")
                .equals(env.api("/api/search?country=Ireland").get("total").asInt() + " results"));
        assertTrue(all > 0);

        List<String> fromApiOrigin = env.js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => n.startsWith(arguments[0]) && !n.includes('/api/'))",
                env.base);
        assertEquals(List.of(env.base + "/widget.js"), fromApiOrigin, "the widget loads nothing but itself");
        assertEquals(List.of(), env.consoleErrors(), "no CORS or CSP errors on the host page");
    }

    @Test
    void an_answer_the_browser_cached_for_the_services_own_pages_still_serves_other_origins() {
        // The same URL fetched same-origin first (no Origin header) must not poison the HTTP cache.
        driver.get(env.base + "/");
        env.js("return fetch('/api/search?page=1&size=3').then(r => r.status)");
        openHost();
        assertEquals(List.of(), env.consoleErrors());
    }

    @Test
    void the_compact_widget_drops_down_results_and_enter_opens_one() {
        openHost();
        WebElement input = widget("c").findElement(By.cssSelector("input"));
        assertEquals("combobox", input.getAttribute("role"));
        input.click();
        var keys = new Actions(driver);
        keys.sendKeys("riga").perform();
        env.waitFor(d -> "true".equals(input.getAttribute("aria-expanded")));
        List<WebElement> options = widget("c").findElements(By.cssSelector("[role=option]"));
        assertTrue(
                options.get(0).getText().startsWith("Riga learning week for families"),
                options.get(0).getText());
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals(options.get(0).getAttribute("id"), input.getAttribute("aria-activedescendant"));
        assertEquals("true", options.get(0).getAttribute("aria-selected"));
        keys.sendKeys(Keys.ENTER).perform();
        env.waitFor(ExpectedConditions.urlToBe(env.base + "/doc/web-riga"));
        env.waitFor(d -> d.findElement(By.id("doc-title")).getText().equals("Riga learning week for families"));
    }

    @Test
    void paging_keeps_keyboard_focus_on_the_pager() {
        openHost();
        SearchContext a = widget("a");
        int pages = (env.api("/api/search").get("total").asInt() + 2) / 3;
        List<WebElement> buttons = a.findElements(By.cssSelector("[part=pager] button"));
        assertTrue(buttons.get(0).getAttribute("disabled") != null, "no previous page on the first");
        buttons.get(1).click();
        env.waitFor(d ->
                a.findElement(By.cssSelector("[part=pager] span")).getText().equals("2 / " + pages));
        assertEquals(
                "Next",
                env.js("return arguments[0].shadowRoot.activeElement.textContent", driver.findElement(By.id("a"))));
        assertEquals(3, titles("a").size());
    }

    @Test
    void the_host_page_themes_the_widget_through_custom_properties_and_parts() {
        openHost();
        WebElement title = widget("a").findElement(By.cssSelector("[part~=title]"));
        assertEquals("rgba(122, 31, 92, 1)", title.getCssValue("color"));
        WebElement hit = widget("a").findElement(By.cssSelector("[part~=hit]"));
        assertEquals("5px", hit.getCssValue("border-left-width"));
        assertEquals("0px", widget("a").findElement(By.cssSelector("input")).getCssValue("border-top-left-radius"));
        assertEquals(
                "rgba(10, 88, 168, 1)",
                widget("b").findElement(By.cssSelector("[part~=title]")).getCssValue("color"),
                "the theme of one widget does not leak into another");
    }

    /** Nothing found: "did you mean" from the real API, its strings from the service's js/i18n.js on demand. */
    @Test
    void nothing_found_offers_the_correction_as_a_button() {
        // A misspelling the fixture has no result for but a correction, as the real API answers it.
        String typo = java.util.stream.Stream.of("lernnig", "festivval", "libraires", "ventspilss", "xljubljana")
                .filter(q -> {
                    var answer = env.api("/api/search?q=" + q);
                    return answer.get("total").asInt() == 0
                            && !answer.path("didYouMean").asText("").isBlank();
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no candidate misspelling has a correction and no result"));
        String fix = env.api("/api/search?q=" + typo).get("didYouMean").asText();
        openHost();
        widget("a").findElement(By.cssSelector("input[part=input]")).sendKeys(typo, Keys.ENTER);
        try {
            env.waitFor(d ->
                    widget("a").findElements(By.cssSelector("li.hit p button")).size() == 1);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    env.js("return document.getElementById('a').shadowRoot.textContent") + " console: "
                            + env.consoleErrors(),
                    e);
        }
        assertEquals(
                "Did you mean " + fix + "?",
                widget("a").findElement(By.cssSelector("li.hit p")).getText());
        assertTrue(
                widget("a").findElements(By.cssSelector(".popular")).isEmpty(),
                "analytics are off here: no most searched queries are offered");
        widget("a").findElement(By.cssSelector("li.hit p button")).click();
        env.waitFor(d -> !titles("a").isEmpty());
        assertEquals(
                fix,
                widget("a").findElement(By.cssSelector("input[part=input]")).getDomProperty("value"));
    }

    /** Region names are not in the bundle: they come from the service's string table, in the widget's language. */
    @Test
    void a_region_facet_names_regions_in_the_widgets_language() {
        openOtherSite("/regions.html", """
        <lcs-search id="r" lang="es" facets="region" size="2"></lcs-search>
        """);
        assertTrue(env.api("/api/search")
                .get("facets")
                .get("region")
                .findValuesAsText("value")
                .contains("Europe and North America"));
        env.waitFor(d -> widget("r").findElements(By.cssSelector("[part~=facet-option]")).stream()
                .anyMatch(o -> o.getText().startsWith("Europa y América del Norte")));
        assertEquals("Región", widget("r").findElement(By.cssSelector("legend")).getText());
        assertTrue(
                widget("r").findElements(By.cssSelector("[part~=facet-option]")).stream()
                        .noneMatch(o -> o.getText().startsWith("Europe and North America")),
                "no region left in English");
        assertEquals(List.of(), env.consoleErrors());
    }

    /**
     * A lang attribute that names something every object inherits ("constructor", "__proto__") is a
     * language the widget does not have: it falls back to English like any other unknown code.
     */
    @Test
    void a_lang_naming_an_inherited_property_falls_back_to_english() {
        openOtherSite("/inherited.html", """
        <lcs-search id="x" lang="constructor" size="2" facets="region"></lcs-search>
        <lcs-search id="y" lang="__proto__" size="2" facets="none"></lcs-search>
        """);
        env.waitFor(d -> titles("x").size() == 2 && titles("y").size() == 2);
        for (String id : List.of("x", "y")) {
            assertTrue(status(id).matches("\\d+ results.*"), id + ": " + status(id));
        }
        assertEquals("Region", widget("x").findElement(By.cssSelector("legend")).getText());
        assertEquals(List.of(), env.consoleErrors());
    }
}
