package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (installed by {@code npm ci --prefix search-api/src/test/js}) finds no serious or
 * critical WCAG 2.1 A/AA violation on the page's views and on the widget demo. Without axe the
 * tests are skipped locally and fail in CI.
 */
class AccessibilityTest extends SharedBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axe;

    @BeforeAll
    static void setUp() throws IOException {
        if (!Files.exists(WebEnvironment.AXE)) {
            String why =
                    WebEnvironment.AXE.toAbsolutePath() + " is missing: run npm ci --prefix search-api/src/test/js";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        axe = Files.readString(WebEnvironment.AXE);
    }

    /** Runs axe on the current page; returns "impact id: help (targets)" for every violation. */
    private static List<String> violations(String where) throws IOException {
        env.js(axe);
        Object raw = ((JavascriptExecutor) env.driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                            resultTypes: ['violations'] })
          .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical',
            help: String(e), nodes: [] }])));
        """);
        var found = new ArrayList<String>();
        for (JsonNode v : JSON.readTree((String) raw)) {
            var targets = new ArrayList<String>();
            v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
            found.add(v.get("impact").asText() + " " + v.get("id").asText() + ": "
                    + v.get("help").asText() + " " + targets);
        }
        found.forEach(f -> System.out.println("axe " + where + ": " + f));
        return found;
    }

    private static void assertNoSeriousViolations(String where) throws IOException {
        List<String> serious = violations(where).stream()
                .filter(v -> v.startsWith("serious ") || v.startsWith("critical "))
                .toList();
        assertEquals(List.of(), serious, "serious or critical accessibility violations on " + where);
    }

    @Test
    void the_search_page_with_results_facets_and_chips() throws IOException {
        env.openSearch("/?q=learning&country=Ireland&country=Latvia&type=profile");
        assertTrue(
                env.driver.findElements(By.cssSelector("#facet-groups input")).size() > 5);
        assertNoSeriousViolations("the search page");
    }

    @Test
    void the_search_page_with_the_map_in_french() throws IOException {
        env.openSearch("/?q=learning&lang=fr&country=Ireland");
        env.waitFor(d -> !d.findElements(By.cssSelector("#map .map-country[role=button]"))
                .isEmpty());
        assertNoSeriousViolations("the search page with the map");
    }

    @Test
    void the_search_page_with_estimated_counts() throws Exception {
        env.driver.manage().window().setSize(new Dimension(1280, 900));
        env.driver.get(env.estimatingBase() + "/?q=learning");
        env.settled();
        assertTrue(env.driver
                        .findElements(By.cssSelector("#facet-groups .count.approx"))
                        .size()
                > 5);
        assertNoSeriousViolations("the search page with estimated counts");
    }

    @Test
    void the_search_page_with_suggestions_open_and_an_empty_result() throws IOException {
        env.openSearch("/?q=riga&type=profile");
        env.driver.findElement(By.id("q")).click();
        new org.openqa.selenium.interactions.Actions(env.driver).sendKeys(" l").perform();
        env.waitFor(d -> "true".equals(d.findElement(By.id("q")).getAttribute("aria-expanded")));
        env.js(
                "document.querySelector('#q').dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown', bubbles: true}))");
        assertNoSeriousViolations("the page with suggestions");
    }

    @Test
    void the_phone_layout_with_the_filters_panel_open_in_arabic() throws IOException {
        env.open("/?q=learning&lang=ar");
        env.driver.manage().window().setSize(new Dimension(360, 740));
        env.settled();
        env.driver.findElement(By.id("filters-toggle")).click();
        assertTrue(env.driver.findElement(By.id("facets")).isDisplayed());
        assertNoSeriousViolations("the phone layout in Arabic");
    }

    @Test
    void the_document_view() throws IOException {
        env.open("/doc/web-ventspils");
        env.waitFor(d -> !d.findElements(By.cssSelector("#related-list li")).isEmpty());
        assertNoSeriousViolations("the document view");
    }

    @Test
    void the_widget_demo() throws IOException {
        env.driver.get(env.base + "/embed-demo.html");
        env.waitFor(d -> d.findElements(By.tagName("lcs-search")).stream()
                .filter(w -> !w.getAttribute("id").equals("compact"))
                .allMatch(w -> !w.getShadowRoot()
                        .findElements(By.cssSelector("[part~=hit]"))
                        .isEmpty()));
        env.waitFor(d -> !d.findElement(By.id("mapped"))
                .getShadowRoot()
                .findElements(By.cssSelector(".map-country[role=button]"))
                .isEmpty());
        env.typeInCompactWidget("compact", "learning");
        assertNoSeriousViolations("the widget demo");
    }
}
