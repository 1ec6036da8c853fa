package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The fixture document web-xss carries {@code <img onerror>}, {@code <script>} and a
 * {@code javascript:} URL in its title, summary, body, city and url. The page and the widget show
 * them as text, run none of them, and make no link of the URL.
 */
class XssTest extends SharedBrowserTest {
    private static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    private static final String SCRIPT = "<script>window.__xss=1</script>";
    private static String title;

    @BeforeAll
    static void setUp() {
        title = env.api("/api/documents/web-xss").get("title").asText();
        assertTrue(title.contains(IMG) && title.contains(SCRIPT), "the fixture is hostile: " + title);
    }

    /** Gives a failed image load time to run its handler, then reports whether anything ran. */
    private static void assertNothingRan() {
        Object xss = env.js("return new Promise(done => setTimeout(() => done(typeof window.__xss), 300))");
        assertEquals("undefined", xss, "injected script ran on " + driver.getCurrentUrl());
    }

    private static void assertNoJavascriptLinks(SearchContext root) {
        assertEquals(List.of(), root.findElements(By.cssSelector("a[href^='javascript:' i], [href*='javascript:' i]")));
        assertEquals(List.of(), root.findElements(By.cssSelector("img, script:not([src]), [onerror]")));
    }

    @Test
    void the_page_shows_hostile_fields_as_text_and_runs_nothing() {
        env.openSearch("/");
        driver.findElement(By.id("q")).sendKeys("xssprobe");
        env.waitFor(d -> d.findElement(By.id("status")).getText().equals("1 result for “xssprobe”"));
        WebElement hit = driver.findElement(By.cssSelector("#hits .hit"));
        assertEquals(title, hit.findElement(By.cssSelector(".hit-title")).getText());
        assertTrue(hit.findElement(By.cssSelector(".hit-meta")).getText().contains(IMG), "the city is text");
        WebElement snippet = hit.findElement(By.cssSelector(".hit-snippet"));
        assertTrue(snippet.getText().contains("<img src=x onerror=\"window.__xss=1\">"), snippet.getText());
        assertFalse(snippet.findElements(By.tagName("mark")).isEmpty(), "only <mark> became markup");
        assertEquals(
                List.of("mark"),
                env.js("return [...new Set([...document.querySelectorAll('.hit-snippet *')]"
                        + ".map(e => e.localName))]"));
        assertNoJavascriptLinks(driver);
        assertNothingRan();

        WebElement link = hit.findElement(By.cssSelector(".hit-link"));
        assertTrue(
                link.getAttribute("href").startsWith(env.base + "/doc/web-xss?"),
                "a javascript: url is no link: " + link.getAttribute("href"));
        link.click();
        env.waitFor(d -> d.findElement(By.id("doc-title")).getText().equals(title));
        String body = driver.findElement(By.cssSelector(".doc-body")).getText();
        assertTrue(body.contains(IMG) && body.contains(SCRIPT) && body.contains("javascript:window.__xss=1"), body);
        assertTrue(driver.findElement(By.cssSelector(".doc-summary")).getText().contains(SCRIPT));
        assertTrue(driver.findElement(By.cssSelector(".doc-meta")).getText().contains(IMG), "the city is text");
        assertEquals(List.of(), driver.findElements(By.linkText("Open the original")));
        env.waitFor(d -> !d.findElements(By.cssSelector("#related-list p, #related-list li"))
                .isEmpty());
        assertNoJavascriptLinks(driver);
        assertNothingRan();
    }

    @Test
    void suggestions_show_hostile_titles_as_text() {
        env.openSearch("/");
        WebElement box = driver.findElement(By.id("q"));
        box.click();
        new Actions(driver).sendKeys("xssprobe").perform();
        env.waitFor(d -> "true".equals(box.getAttribute("aria-expanded")));
        assertTrue(
                driver.findElement(By.id("suggestions")).getText().contains(IMG),
                driver.findElement(By.id("suggestions")).getText());
        assertNoJavascriptLinks(driver);
        assertNothingRan();
    }

    @Test
    void the_widget_demo_shows_hostile_fields_as_text_and_runs_nothing() {
        driver.get(env.base + "/embed-demo.html");
        SearchContext full = env.waitFor(d -> d.findElement(By.id("full")).getShadowRoot());
        env.waitFor(d -> !full.findElements(By.cssSelector("[part~=hit]")).isEmpty());
        full.findElement(By.cssSelector("input")).sendKeys("xssprobe");
        env.waitFor(d -> full.findElements(By.cssSelector("[part~=title]")).stream()
                .anyMatch(t -> t.getText().equals(title)));
        WebElement hit = full.findElement(By.cssSelector("[part~=hit]"));
        assertTrue(hit.findElement(By.cssSelector("[part~=meta]")).getText().contains(IMG));
        assertTrue(hit.findElement(By.cssSelector("[part~=snippet]")).getText().contains(IMG));
        assertNoJavascriptLinks(full);

        SearchContext compact = driver.findElement(By.id("compact")).getShadowRoot();
        WebElement input = compact.findElement(By.cssSelector("input"));
        input.sendKeys("xssprobe");
        env.waitFor(d -> "true".equals(input.getAttribute("aria-expanded")));
        WebElement option = compact.findElement(By.cssSelector("[role=option]"));
        assertTrue(option.getText().startsWith(title), option.getText());
        assertTrue(option.getAttribute("data-href").endsWith("/doc/web-xss"), option.getAttribute("data-href"));
        assertNoJavascriptLinks(compact);
        assertNoJavascriptLinks(driver);
        assertNothingRan();

        WebElement link = hit.findElement(By.cssSelector("a[part~=title]"));
        assertEquals(env.base + "/doc/web-xss", link.getAttribute("href"));
        link.click();
        env.waitFor(d -> d.findElement(By.id("doc-title")).getText().equals(title));
        assertNothingRan();
    }
}
