package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The map's city dots (issue 13) and its dark theme, in a real browser: one dot per city with
 * results for the current search (the answer's {@code cities} with a position), moving with the
 * filters, named with their counts, hidden until the second zoom step when there are many; the map
 * in the page's and the widget's dark theme with no serious or critical axe-core violation.
 */
class MapCitiesTest extends SharedBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOTS = "#map .map-cities circle";

    @BeforeEach
    void wide() {
        env.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void light() {
        DarkThemeTest.prefersDark(env, false);
    }

    /** "City: n results" for each city of the answer that has a position, as the dots must be named. */
    private Set<String> expectedLabels(String query) {
        JsonNode cities = env.api("/api/search?cities=true" + (query.isEmpty() ? "" : "&" + query))
                .get("cities");
        var labels = new TreeSet<String>();
        for (JsonNode c : cities) {
            if (c.has("lat")) {
                long n = c.get("count").asLong();
                labels.add(c.get("name").asText() + ": " + n + (n == 1 ? " result" : " results"));
            }
        }
        return labels;
    }

    private List<WebElement> shownDots() {
        return env.driver.findElements(By.cssSelector(DOTS)).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private Set<String> shownLabels() {
        var labels = new TreeSet<String>();
        shownDots().forEach(d -> labels.add(d.getAttribute("aria-label")));
        return labels;
    }

    /** Opens a search and waits until the map shows that search's cities. */
    private Set<String> openAndWaitForDots(String query) {
        Set<String> expected = expectedLabels(query);
        env.openSearch("/?" + query);
        env.waitFor(d -> shownLabels().equals(expected));
        return expected;
    }

    private void shoot(String name) throws IOException {
        Files.createDirectories(WebEnvironment.SCREENSHOTS);
        Path file = WebEnvironment.SCREENSHOTS.resolve(name + ".png");
        Files.write(file, env.driver.getScreenshotAs(OutputType.BYTES));
        System.out.println("screenshot " + file.toAbsolutePath());
    }

    @Test
    void one_dot_per_city_with_results_named_with_its_count() throws IOException {
        Set<String> expected = openAndWaitForDots("q=learning");
        assertTrue(expected.size() >= 5, "the fixture's cities with results: " + expected);
        assertEquals(expected.size(), shownDots().size(), "one dot per placed city");
        // The fixture's hostile city name is in the answer but has no position: no dot for it.
        JsonNode all = env.api("/api/search?q=learning&cities=true").get("cities");
        assertTrue(all.size() > expected.size(), "an unplaced city is listed by the API only: " + all);
        for (WebElement dot : shownDots()) {
            assertEquals("0", dot.getAttribute("tabindex"));
            assertEquals("img", dot.getAttribute("role"));
        }
        // Placed with the shapes' projection: Cork's dot lies inside Ireland's outline.
        assertTrue(env.<Boolean>js("""
                        const dot = [...document.querySelectorAll('#map .map-cities circle')]
                          .find(c => c.getAttribute('aria-label').startsWith('Cork:'));
                        const p = document.querySelector('#map [data-code=IE]');
                        const pt = p.ownerSVGElement.createSVGPoint();
                        pt.x = +dot.getAttribute('cx'); pt.y = +dot.getAttribute('cy');
                        return p.isPointInFill(pt);"""), "Cork is in Ireland");
        // The legend says what the dots are, and the credit names GeoNames and its licence.
        assertEquals(
                "Cities with results (larger: more results)",
                env.driver.findElement(By.cssSelector("#map .map-city-note")).getText());
        WebElement credit = env.driver.findElement(By.cssSelector("#map .map-credit"));
        assertTrue(credit.getText().contains("GeoNames, CC BY 4.0"), credit.getText());
        assertEquals(
                List.of("https://www.geonames.org/", "https://creativecommons.org/licenses/by/4.0/"),
                credit.findElements(By.tagName("a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .toList());
        env.js("document.getElementById('map-panel').scrollIntoView()");
        shoot("map-cities");
    }

    @Test
    void the_dots_move_with_a_filter_and_a_click_on_the_map() {
        Set<String> all = openAndWaitForDots("");
        Set<String> latvia = openAndWaitForDots("country=Latvia");
        assertEquals(Set.of("Riga: 1 result", "Ventspils: 1 result"), latvia);
        assertTrue(all.size() > latvia.size(), all.toString());

        // A click on a country adds it to the filter; its cities get their dots.
        Set<String> both = expectedLabels("country=Latvia&country=Kazakhstan");
        new Actions(env.driver)
                .moveToElement(env.driver.findElement(By.cssSelector("#map [data-code=KZ]")))
                .click()
                .perform();
        env.waitFor(d -> d.getCurrentUrl().contains("country=Kazakhstan"));
        env.waitFor(d -> shownLabels().equals(both));
        assertEquals(Set.of("Almaty: 1 result", "Riga: 1 result", "Ventspils: 1 result"), both);
    }

    @Test
    void a_map_opened_after_the_search_fetches_the_cities_without_reporting_a_search() {
        env.open("/?q=festival");
        env.driver.manage().window().setSize(new Dimension(360, 740));
        env.driver.navigate().refresh(); // narrow: the map starts closed
        env.settled();
        assertEquals(
                0L,
                env.<Number>js("return performance.getEntriesByType('resource')"
                                + ".filter(e => e.name.includes('cities=true')).length")
                        .longValue(),
                "a search without the map asks for no cities");
        Set<String> expected = expectedLabels("q=festival");
        env.driver.findElement(By.id("map-toggle")).click();
        env.waitFor(d -> shownLabels().equals(expected));
        assertFalse(expected.isEmpty());
    }

    @Test
    void many_cities_wait_for_the_second_zoom_step_and_then_each_has_a_dot() {
        env.openSearch("/");
        // The real module and shapes, fed 25 synthetic cities (more than the page's fixture has).
        Object result = ((JavascriptExecutor) env.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const box = document.createElement('div');
                box.id = 'many';
                box.className = 'map';
                document.body.prepend(box);
                Promise.all([import('/js/map.js'), import('/js/i18n.js')])
                  .then(([m, i18n]) => m.createMap(box, { i18n, zoom: true }))
                  .then((map) => {
                    const cities = Array.from({ length: 25 }, (_, i) =>
                      ({ name: 'Synthetic ' + i, country: 'Germany', code: 'DE', count: i + 1, lat: i / 5, lon: i / 5 }));
                    map.update([{ value: 'Germany', code: 'DE', count: 325, selected: false }], false, cities);
                    done('drawn');
                  }, (e) => done(String(e)));
                """);
        assertEquals("drawn", result);
        String dots = "#many .map-cities circle";
        String shown = "return [...document.querySelectorAll(arguments[0])].filter(c => c.getBBox().width > 0"
                + " && getComputedStyle(c.parentNode).display !== 'none').length";
        assertEquals(25, env.driver.findElements(By.cssSelector(dots)).size());
        assertEquals(0L, env.<Number>js(shown, dots).longValue(), "25 cities are too many at the first zoom step");
        assertEquals(
                "Zoom in to see the cities",
                env.driver.findElement(By.cssSelector("#many .map-city-note")).getText());
        env.driver.findElement(By.cssSelector("#many .map-zoom-in")).click();
        assertEquals(25L, env.<Number>js(shown, dots).longValue(), "every city has its dot from the second step");
        assertEquals(
                "Cities with results (larger: more results)",
                env.driver.findElement(By.cssSelector("#many .map-city-note")).getText());
        assertEquals(
                "Synthetic 24: 25 results",
                env.driver.findElement(By.cssSelector(dots)).getAttribute("aria-label"),
                "the city with most results comes first (in the tab order too)");
    }

    @Test
    void keyboard_focus_on_a_dot_shows_its_name_and_count() {
        openAndWaitForDots("q=learning");
        WebElement first = shownDots().get(0);
        env.js("arguments[0].focus()", first);
        WebElement tip = env.driver.findElement(By.cssSelector("#map .map-tip"));
        env.waitFor(d -> tip.isDisplayed());
        assertEquals(first.getAttribute("aria-label"), tip.getText());
        assertEquals("true", tip.getAttribute("aria-hidden"), "the dot's name already says it");
        String url = env.driver.getCurrentUrl();
        new Actions(env.driver).sendKeys(Keys.ENTER).perform();
        assertEquals(url, env.driver.getCurrentUrl(), "a city dot filters nothing");
        new Actions(env.driver).sendKeys(Keys.TAB).perform();
        assertEquals(
                shownDots().get(1).getAttribute("aria-label"),
                env.js("return document.activeElement.getAttribute('aria-label')"),
                "Tab goes from city to city");
        assertEquals(shownDots().get(1).getAttribute("aria-label"), tip.getText());
    }

    @Test
    void the_dark_page_with_the_map_has_no_serious_axe_violation() throws IOException {
        DarkThemeTest.prefersDark(env, true);
        openAndWaitForDots("q=learning");
        String sea = env.js("return getComputedStyle(document.querySelector('#map .map-svg')).backgroundColor");
        assertEquals("rgb(26, 30, 35)", sea, "the dark sea");
        String outline =
                env.js("return getComputedStyle(document.querySelector('#map .map-country[role=button]')).stroke");
        assertEquals("rgb(232, 234, 237)", outline, "light outlines on the dark map");
        assertEquals(List.of(), seriousViolations(), "axe on the dark page with the map");
        assertEquals(List.of(), Contrast.check(env).violations(), "colour contrast on the dark page with the map");
        env.js("document.getElementById('map-panel').scrollIntoView()");
        shoot("map-dark");

        DarkThemeTest.prefersDark(env, false);
        env.waitFor(d -> "rgb(243, 245, 248)"
                .equals(env.js("return getComputedStyle(document.querySelector('#map .map-svg')).backgroundColor")));
        assertEquals(List.of(), seriousViolations(), "axe on the light page with the map");
    }

    @Test
    void the_widget_map_in_either_theme_has_no_serious_axe_violation_inside_its_shadow_root() throws IOException {
        env.otherPages.put("/map-dark.html", String.format(java.util.Locale.ROOT, """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>A dark site with a map</title>
                <link rel="stylesheet" href="/map-dark.css"><script src="%s/widget.js" defer></script></head>
                <body><main><h1>A dark site</h1>
                <lcs-search id="wm" map theme="dark" size="3" facets="country"></lcs-search>
                </main></body></html>
                """, env.base));
        env.otherPages.put("/map-dark.css", "html { background: #121212; color: #e8e8e8; }");
        env.driver.get(env.otherBase + "/map-dark.html");
        int placed = 0;
        for (JsonNode c : env.api("/api/search?cities=true").get("cities")) {
            placed += c.has("lat") ? 1 : 0;
        }
        int expected = placed;
        env.waitFor(d -> env.<Number>js("const r = document.getElementById('wm').shadowRoot;"
                                + " return r ? r.querySelectorAll('.map-cities circle').length : -1")
                        .intValue()
                == expected);
        assertTrue(env.<Boolean>js(
                "return document.getElementById('wm').shadowRoot.querySelector('.w').classList.contains('dark')"));
        assertEquals(
                "rgb(26, 30, 35)",
                env.js("return getComputedStyle(document.getElementById('wm').shadowRoot.querySelector('.map-svg'))"
                        + ".backgroundColor"),
                "the map follows the widget's dark theme, not the reader's light preference");
        List<String> serious = seriousViolations();
        assertEquals(List.of(), serious, "axe on the dark widget with the map");
        Contrast.Report contrast = Contrast.check(env);
        assertEquals(List.of(), contrast.violations());
        assertTrue(contrast.passedInShadowRoots() > 5, "axe looked inside the shadow root: " + contrast);
        shoot("widget-map-dark");

        // The light theme on a light page (its text on the dark page would fail, map or not).
        env.js("document.documentElement.style.background = '#ffffff';"
                + " document.documentElement.style.color = '#1b1f24';"
                + " document.getElementById('wm').setAttribute('theme', 'light')");
        env.waitFor(d -> "rgb(243, 245, 248)"
                .equals(env.js("return getComputedStyle(document.getElementById('wm').shadowRoot"
                        + ".querySelector('.map-svg')).backgroundColor")));
        assertEquals(List.of(), seriousViolations(), "axe on the light widget with the map");
    }

    /** axe-core's WCAG 2.1 A/AA and best-practice rules, shadow roots included: serious or critical findings. */
    private List<String> seriousViolations() throws IOException {
        env.js(Files.readString(WebEnvironment.AXE));
        String raw = (String) ((JavascriptExecutor) env.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                                    resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{ id: 'axe-error',
                    impact: 'critical', help: String(e), nodes: [] }])));
                """);
        var found = new ArrayList<String>();
        for (JsonNode v : JSON.readTree(raw)) {
            String impact = v.get("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                var targets = new ArrayList<String>();
                v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
                found.add(impact + " " + v.get("id").asText() + ": "
                        + v.get("help").asText() + " " + targets);
            }
        }
        return found;
    }
}
