package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * {@code <lcs-search map>} on another origin whose CSP trusts only the search service: the map
 * module, its stylesheet and shapes load from the service on demand, and only for that attribute.
 */
class WidgetMapTest extends SharedBrowserTest {

    @BeforeAll
    static void pages() {
        env.otherPages.put("/map-host.html", String.format(java.util.Locale.ROOT, """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Another site with a map</title>
        <script src="%s/widget.js" defer></script></head>
        <body><main><h1>Another site</h1>
        <lcs-search id="m" map lang="fr" size="3" facets="country"></lcs-search>
        </main></body></html>
        """, env.base));
        env.otherPages.put("/plain-host.html", String.format(java.util.Locale.ROOT, """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Another site</title>
        <script src="%s/widget.js" defer></script></head>
        <body><main><h1>Another site</h1><lcs-search id="p" size="3"></lcs-search></main></body></html>
        """, env.base));
    }

    private static SearchContext widget() {
        return env.driver.findElement(By.id("m")).getShadowRoot();
    }

    private static String status() {
        return widget().findElement(By.cssSelector("[role=status]")).getText();
    }

    private static long mapRequests() {
        return env.<Number>js(
                        "return performance.getEntriesByType('resource')"
                                + ".filter(e => /\\/js\\/map\\.js|\\/map\\/world\\.json|\\/css\\/map\\.css/.test(e.name)).length")
                .longValue();
    }

    @Test
    void the_map_attribute_loads_the_map_in_the_widgets_language_and_a_click_filters() {
        env.consoleErrors();
        env.driver.get(env.otherBase + "/map-host.html");
        int countries = env.api("/api/search").get("facets").get("country").size();
        env.waitFor(d -> widget().findElements(By.cssSelector(".map-country[role=button]"))
                        .size()
                == countries);
        env.waitFor(d -> widget().findElement(By.cssSelector("[data-code=IE]"))
                .getAttribute("aria-label")
                .startsWith("Irlande"));
        assertEquals(
                "Irlande : 3 résultats",
                widget().findElement(By.cssSelector("[data-code=IE]")).getAttribute("aria-label"));
        assertTrue(
                widget().findElement(By.cssSelector("fieldset")).getText().contains("Irlande"),
                "country facet in French");
        assertEquals(3, mapRequests(), "map.js, map.css and world.json");

        WebElement kz = widget().findElement(By.cssSelector("[data-code=KZ]"));
        new Actions(env.driver).moveToElement(kz).click().perform();
        env.waitFor(d -> status().equals("1 résultat"));
        env.waitFor(d -> "true"
                .equals(widget().findElement(By.cssSelector("[data-code=KZ]")).getAttribute("aria-pressed")));
        assertTrue(widget().findElement(By.cssSelector("input[name=country][value=Kazakhstan]"))
                .isSelected());
        assertEquals(java.util.List.of(), env.consoleErrors(), "no CSP or CORS error on the host page");
    }

    @Test
    void a_widget_without_the_attribute_loads_no_map() {
        env.driver.get(env.otherBase + "/plain-host.html");
        env.waitFor(d -> d.findElement(By.id("p"))
                        .getShadowRoot()
                        .findElements(By.cssSelector("[part~=title]"))
                        .size()
                == 3);
        assertEquals(0, mapRequests());
    }
}
