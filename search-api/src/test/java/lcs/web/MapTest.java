package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The world map and countries in the UI language, in a real browser: shading from the country
 * facet, clicks and keys that filter like the checkbox, and the page in French, Arabic, Portuguese
 * and Uzbek.
 */
@ExtendWith(BrowserTests.class)
class MapTest {
    private static final String SHADED = "#map .map-country[role=button]";

    private static List<WebElement> shaded(WebEnvironment env) {
        return env.driver.findElements(By.cssSelector(SHADED));
    }

    private static WebElement country(WebEnvironment env, String code) {
        return env.driver.findElement(By.cssSelector("#map [data-code=" + code + "]"));
    }

    /** Waits for the page's answer and for the map to be drawn. */
    private static void mapDrawn(WebEnvironment env) {
        env.settled();
        env.waitFor(d -> !d.findElements(By.cssSelector("#map .map-legend li")).isEmpty());
    }

    @Test
    void the_map_shades_one_country_for_each_country_with_results(WebEnvironment env) {
        env.open("/?q=learning");
        mapDrawn(env);
        JsonNode facet = env.api("/api/search?q=learning").get("facets").get("country");
        var codes = new ArrayList<String>();
        facet.forEach(c -> codes.add(c.get("code").asText()));
        assertEquals(codes.size(), shaded(env).size(), "one shaded country per country facet entry");
        for (String code : codes) {
            assertEquals("button", country(env, code).getAttribute("role"), code);
        }
        // The fixture has no document from the United States: not shaded, not focusable, hidden from screen readers.
        assertFalse(codes.contains("US"));
        assertEquals(null, country(env, "US").getAttribute("tabindex"));
        assertEquals("true", country(env, "US").getAttribute("aria-hidden"));
        JsonNode ireland = null;
        for (JsonNode c : facet) {
            if (c.get("code").asText().equals("IE")) {
                ireland = c;
            }
        }
        assertEquals(
                "Ireland: " + ireland.get("count").asInt() + " results",
                country(env, "IE").getAttribute("aria-label"));

        env.open("/?q=festival");
        mapDrawn(env);
        assertEquals(
                env.api("/api/search?q=festival").get("facets").get("country").size(),
                shaded(env).size(),
                "the map moves with the query");
    }

    @Test
    void clicking_a_country_filters_like_its_checkbox_and_back_restores(WebEnvironment env) {
        env.open("/");
        mapDrawn(env);
        new Actions(env.driver).moveToElement(country(env, "KZ")).click().perform();
        env.waitFor(ExpectedConditions.urlContains("country=Kazakhstan"));
        mapDrawn(env);
        assertEquals(
                env.api("/api/search?country=Kazakhstan").get("total").asInt() + " document",
                env.driver.findElement(By.id("status")).getText());
        assertTrue(env.driver
                .findElement(By.cssSelector("input[data-dim=country][value=Kazakhstan]"))
                .isSelected());
        assertEquals(
                "Country: Kazakhstan ×",
                env.driver.findElement(By.cssSelector("#chips .chip")).getText().replaceAll("\\s+", " "));
        assertEquals("true", country(env, "KZ").getAttribute("aria-pressed"));
        assertTrue(country(env, "KZ").getAttribute("class").contains("selected"));
        // Counts within the country facet are disjunctive, so the other countries stay shaded and clickable.
        assertEquals(
                env.api("/api/search?country=Kazakhstan")
                        .get("facets")
                        .get("country")
                        .size(),
                shaded(env).size());

        env.driver.navigate().back();
        env.waitFor(d -> !d.getCurrentUrl().contains("country="));
        mapDrawn(env);
        env.waitFor(d -> "false".equals(country(env, "KZ").getAttribute("aria-pressed")));
        assertTrue(env.driver.findElement(By.id("chips")).getAttribute("hidden") != null);
        assertFalse(env.driver
                .findElement(By.cssSelector("input[data-dim=country][value=Kazakhstan]"))
                .isSelected());
    }

    @Test
    void zoom_buttons_enlarge_small_countries_which_still_filter(WebEnvironment env) {
        env.open("/");
        mapDrawn(env);
        WebElement zoomIn = env.driver.findElement(By.cssSelector("#map .map-zoom-in"));
        assertEquals("Zoom in", zoomIn.getAttribute("aria-label"));
        assertEquals(
                "true",
                env.driver.findElement(By.cssSelector("#map .map-zoom-out")).getAttribute("disabled"));
        double before = env.<Number>js(
                        "return document.querySelector('#map [data-code=LV]').getBoundingClientRect().width")
                .doubleValue();
        zoomIn.click();
        zoomIn.click();
        // Focus brings a country into view: Latvia, four times as wide as before.
        env.js("document.querySelector('#map [data-code=LV]').focus()");
        double after = env.<Number>js(
                        "return document.querySelector('#map [data-code=LV]').getBoundingClientRect().width")
                .doubleValue();
        assertEquals(4.0, after / before, 0.05);
        new Actions(env.driver).sendKeys(Keys.ENTER).perform();
        env.waitFor(ExpectedConditions.urlContains("country=Latvia"));
    }

    @Test
    void keyboard_alone_selects_and_clears_a_country_on_the_map(WebEnvironment env) {
        env.open("/?q=learning");
        mapDrawn(env);
        env.js("document.getElementById('map-toggle').focus()"); // just before the map
        WebElement first = null;
        for (int i = 0; i < 5 && first == null; i++) {
            new Actions(env.driver).sendKeys(Keys.TAB).perform();
            if (env.<Boolean>js("return document.activeElement.matches(arguments[0])", SHADED)) {
                first = env.driver.switchTo().activeElement();
            }
        }
        assertTrue(first != null, "Tab from the map toggle reaches a country");
        String code = first.getAttribute("data-code");
        String name = env.js("return document.activeElement.getAttribute('aria-label').split(':')[0]");
        new Actions(env.driver).sendKeys(Keys.ENTER).perform();
        env.waitFor(ExpectedConditions.urlContains("country="));
        mapDrawn(env);
        assertEquals(code, env.js("return document.activeElement.dataset.code"), "focus stays on the country");
        assertEquals("true", country(env, code).getAttribute("aria-pressed"));
        assertTrue(
                env.driver.findElement(By.cssSelector("#chips .chip")).getText().contains(name));

        new Actions(env.driver).sendKeys(" ").perform();
        env.waitFor(d -> !d.getCurrentUrl().contains("country="));
        mapDrawn(env);
        assertEquals("false", country(env, code).getAttribute("aria-pressed"));
    }

    @Test
    void french_names_countries_regions_and_dates_in_french(WebEnvironment env) throws IOException {
        env.open("/?lang=fr&country=Germany");
        mapDrawn(env);
        env.waitFor(d -> d.findElement(By.cssSelector("#chips .chip")).getText().contains("Allemagne"));
        String meta = env.driver.findElement(By.cssSelector("#hits .hit-meta")).getText();
        assertTrue(meta.contains("Hamburg, Allemagne"), meta);
        assertTrue(meta.contains("15 mars 2023"), meta);
        List<String> labels = env.driver.findElements(By.cssSelector("#facet-groups .option-label")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(labels.contains("Europe et Amérique du Nord"), labels.toString());
        assertTrue(labels.contains("Allemagne"), labels.toString());
        assertEquals("Allemagne : 1 résultat", country(env, "DE").getAttribute("aria-label"));
        assertEquals(
                "Carte des résultats",
                env.driver.findElement(By.id("map-heading")).getText());
        env.screenshot("map-fr");

        // The filter box finds a country by its French name.
        env.open("/?lang=fr");
        mapDrawn(env);
        env.waitFor(
                d -> d.findElement(By.cssSelector("#facet-groups")).getText().contains("Lettonie"));
    }

    @Test
    void arabic_is_right_to_left_with_arabic_country_names(WebEnvironment env) throws IOException {
        env.open("/?lang=ar&q=learning");
        mapDrawn(env);
        assertEquals("rtl", env.js("return document.documentElement.dir"));
        assertEquals("ar", env.js("return document.documentElement.lang"));
        env.waitFor(
                d -> d.findElement(By.cssSelector("#facet-groups")).getText().contains("آيرلندا"));
        assertTrue(country(env, "IE").getAttribute("aria-label").startsWith("آيرلندا"));
        env.screenshot("map-ar");
    }

    @Test
    void portuguese_and_uzbek_are_ui_languages_with_cldr_country_names(WebEnvironment env) throws IOException {
        env.open("/?lang=pt&country=Germany");
        mapDrawn(env);
        assertEquals(
                8, env.driver.findElements(By.cssSelector("#ui-lang option")).size());
        assertEquals("pt", env.js("return document.documentElement.lang"));
        env.waitFor(d -> d.findElement(By.cssSelector("#chips .chip")).getText().contains("Alemanha"));
        assertTrue(
                env.driver
                                .findElement(By.cssSelector("#hits .hit-meta"))
                                .getText()
                                .contains("15/03/2023")
                        || env.driver
                                .findElement(By.cssSelector("#hits .hit-meta"))
                                .getText()
                                .contains("15 de mar."),
                env.driver.findElement(By.cssSelector("#hits .hit-meta")).getText());
        assertEquals(
                "Mapa dos resultados",
                env.driver.findElement(By.id("map-heading")).getText());
        env.screenshot("map-pt");

        env.open("/?lang=uz&country=Germany");
        mapDrawn(env);
        assertEquals("uz", env.js("return document.documentElement.lang"));
        assertEquals("ltr", env.js("return document.documentElement.dir"));
        env.waitFor(d -> d.findElement(By.cssSelector("#chips .chip")).getText().contains("Germaniya"));
        assertEquals(
                "Natijalar xaritasi",
                env.driver.findElement(By.id("map-heading")).getText());
    }

    @Test
    void on_a_phone_the_map_waits_behind_its_toggle(WebEnvironment env) throws IOException {
        env.open("/?q=learning");
        env.driver.manage().window().setSize(new Dimension(360, 740));
        env.driver.navigate().refresh();
        env.settled();
        WebElement toggle = env.driver.findElement(By.id("map-toggle"));
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(env.driver.findElement(By.id("map")).isDisplayed());
        assertEquals(
                0L,
                env.<Number>js(
                                "return performance.getEntriesByType('resource')"
                                        + ".filter(e => e.name.includes('/map/world.json') || e.name.includes('/js/map.js')).length")
                        .longValue(),
                "the map loads only when shown");
        toggle.click();
        mapDrawn(env);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertEquals(
                0L,
                env.<Number>js("return document.documentElement.scrollWidth - window.innerWidth")
                        .longValue());
        env.driver.findElement(By.id("map-panel")).getLocation();
        env.js("document.getElementById('map-panel').scrollIntoView()");
        env.screenshot("map-phone");
    }
}
