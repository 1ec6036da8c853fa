package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Estimates say so: when the API flags a total (totalExact) or facet counts (estimated) as
 * estimated, the page reads "About N results" and shows counts as "~N", said and hovered as
 * "about N", N to two significant figures; so does the widget. Exact answers (the default
 * service) show neither.
 */
class EstimatedCountsTest extends SharedBrowserTest {
    private static final String COUNTS = "return [...document.querySelectorAll('#facet-groups .count')].map(c => "
            + "({ read: [...c.childNodes].filter(n => !(n.getAttribute && n.getAttribute('aria-hidden'))).map(n => n.textContent)"
            + ".join(''), seen: c.textContent, approx: c.classList.contains('approx'), title: c.title,"
            + " visual: c.querySelector('[aria-hidden=true]')?.textContent ?? c.textContent }))";
    private static String estimating;

    @BeforeAll
    static void setUp() throws Exception {
        estimating = env.estimatingBase();
    }

    /** An estimate as the page shows it: two significant figures (83,456 → 83,000). */
    private static long twoFigures(long n) {
        return new java.math.BigDecimal(n).round(new java.math.MathContext(2)).longValue();
    }

    private static String format(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    private static String status() {
        return driver.findElement(By.id("status")).getText();
    }

    /**
     * Every facet count on the page: read (its text without aria-hidden parts), seen (all its text),
     * visual (the aria-hidden part, else all), title, approx (has the class).
     */
    private static List<Map<String, Object>> counts() {
        return env.js(COUNTS);
    }

    @Test
    void an_estimated_total_reads_about_and_estimated_counts_carry_a_tilde_said_as_about() {
        JsonNode api = WebEnvironment.api(estimating, "/api/search?q=learning");
        assertFalse(
                api.get("totalExact").asBoolean(),
                "\"learning\" in " + WebEnvironment.ESTIMATED_DOCS
                        + " synthetic documents should have an estimated total: " + api);
        assertFalse(api.get("facetsExact").asBoolean());

        driver.get(estimating + "/?q=learning");
        env.settled();
        assertEquals("About " + format(twoFigures(api.get("total").asLong())) + " results for “learning”", status());

        List<Map<String, Object>> counts = counts();
        assertFalse(counts.isEmpty());
        // Values the sample missed are counted exactly and shown plainly; the others as "~N".
        assertTrue(counts.stream().anyMatch(c -> Boolean.TRUE.equals(c.get("approx"))), counts.toString());
        for (Map<String, Object> c : counts) {
            if (!Boolean.TRUE.equals(c.get("approx"))) {
                assertTrue(((String) c.get("seen")).matches("[\\d,]+"), c.toString());
                continue;
            }
            String visual = (String) c.get("visual");
            assertTrue(visual.matches("~[\\d,]+"), "seen as ~N: " + c);
            String n = visual.substring(1);
            assertEquals("about " + n, c.get("title"), "hovered as about N: " + c);
            assertEquals("about " + n, c.get("read"), "read as about N, without the ~: " + c);
        }
        JsonNode top = api.get("facets").get("type").get(0);
        WebElement count = driver.findElement(
                By.cssSelector("input[data-key='type:" + top.get("value").asText() + "'] ~ .count [aria-hidden=true]"));
        assertTrue(top.get("estimated").asBoolean(), top.toString());
        assertEquals(
                "~" + format(twoFigures(top.get("count").asLong())),
                count.getText(),
                "the count shown is the API's, to two significant figures");

        driver.get(estimating + "/?q=learning&lang=fr");
        env.settled();
        assertTrue(status().startsWith("Environ ") && status().endsWith(" résultats pour « learning »"), status());
        assertTrue(
                counts().stream().allMatch(c -> ((String) c.get("title")).startsWith("environ ")), counts().toString());

        // Fewer matches than the 10,000-hit window: counted exactly even here (an estimate could
        // offer a page link that comes back empty).
        JsonNode few = WebEnvironment.api(estimating, "/api/search?q=learning&year=2014");
        assertTrue(few.get("totalExact").asBoolean() && few.get("facetsExact").asBoolean(), few.toString());
        driver.get(estimating + "/?q=learning&year=2014");
        env.settled();
        assertEquals(format(few.get("total").asLong()) + " results for “learning”", status());
        assertTrue(counts().stream().noneMatch(c -> Boolean.TRUE.equals(c.get("approx"))), counts().toString());
    }

    @Test
    void exact_answers_show_no_about_and_no_tilde() {
        JsonNode api = env.api("/api/search?q=learning");
        assertTrue(api.get("totalExact").asBoolean() && api.get("facetsExact").asBoolean(), api.toString());
        env.openSearch("/?q=learning");
        assertEquals(api.get("total").asInt() + " results for “learning”", status());
        List<Map<String, Object>> counts = counts();
        assertFalse(counts.isEmpty());
        for (Map<String, Object> c : counts) {
            assertEquals(false, c.get("approx"), c.toString());
            assertEquals("", c.get("title"), c.toString());
            assertTrue(((String) c.get("seen")).matches("\\d+"), c.toString());
        }
    }

    @Test
    void the_widget_says_about_too() {
        JsonNode api = WebEnvironment.api(estimating, "/api/search?q=learning&size=5");
        driver.get(estimating + "/embed-demo.html");
        WebElement input =
                env.waitFor(d -> d.findElement(By.id("full")).getShadowRoot().findElement(By.cssSelector("input")));
        input.sendKeys("learning");
        String expected = "About " + format(twoFigures(api.get("total").asLong())) + " results";
        env.waitFor(d -> expected.equals(d.findElement(By.id("full"))
                .getShadowRoot()
                .findElement(By.cssSelector("[role=status]"))
                .getText()));
        List<Map<String, Object>> counts =
                env.js("return [...document.getElementById('full').shadowRoot.querySelectorAll('.c')]"
                        + ".map(c => ({ title: c.title, visual: c.querySelector('[aria-hidden=true]')?.textContent ?? '',"
                        + " read: c.querySelector('.vh')?.textContent ?? '' }))");
        assertTrue(counts.stream().anyMatch(c -> !((String) c.get("visual")).isEmpty()), counts.toString());
        for (Map<String, Object> c : counts) {
            String visual = (String) c.get("visual");
            if (visual.isEmpty()) {
                continue; // counted exactly: a value the sample missed
            }
            assertTrue(
                    visual.matches("~[\\d,]+")
                            && visual.replaceAll("\\D", "")
                                            .replaceAll("0+$", "")
                                            .length()
                                    <= 2,
                    "two significant figures: " + c);
            assertEquals("about " + visual.substring(1), c.get("title"), c.toString());
            assertEquals("about " + visual.substring(1), c.get("read"), c.toString());
        }
    }
}
