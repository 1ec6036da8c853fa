package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import lcs.http.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;

/**
 * Slow links and errors (issue 16): on a throttled network the results are busy and the old facets
 * are not clickable until the new count lands; a 503, a 400 and a stopped server each say what they
 * are, a 503 is retried after its Retry-After, and the widget does the same.
 */
class SlowLinkAndErrorsTest extends SharedBrowserTest {
    /** Answers every fetch of the page with a 503 and Retry-After: 1, until fetch is restored. */
    private static final String MOCK_503 = """
      window.__realFetch = window.__realFetch || window.fetch;
      window.fetch = () => Promise.resolve(new Response(JSON.stringify({ error: { status: 503, message: 'server busy' } }),
        { status: 503, headers: { 'Retry-After': '1', 'Content-Type': 'application/json' } }));""";

    private static final String RESTORE_FETCH = "window.fetch = window.__realFetch;";

    private static void latency(int ms) {
        driver.executeCdpCommand("Network.enable", Map.of());
        // An answer from the browser's HTTP cache would skip the emulated latency.
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", ms > 0));
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", ms, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @AfterEach
    void fastAgain() {
        latency(0);
    }

    private static void search(String q) {
        var box = driver.findElement(By.id("q"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), q, Keys.ENTER);
    }

    private static String errorText() {
        env.waitFor(d -> d.findElement(By.id("error")).isDisplayed());
        return driver.findElement(By.cssSelector("#error p")).getText();
    }

    @Test
    void a_throttled_search_marks_the_results_busy_and_the_old_facets_stale_until_the_count_lands() throws Exception {
        env.openSearch("/?q=learning");
        latency(1500);
        driver.findElement(By.cssSelector("#facet-groups [data-facet=type] input[value=profile]"))
                .click();
        assertEquals("true", driver.findElement(By.id("results")).getAttribute("aria-busy"), "busy at once");
        env.waitFor(d -> d.findElement(By.id("loading")).isDisplayed()); // the calm indicator, after 300 ms
        assertEquals("Searching…", driver.findElement(By.id("status")).getText(), "the old count is gone");
        assertEquals(
                "true",
                driver.findElement(By.cssSelector("#facet-groups input[value=news]"))
                        .getAttribute("aria-disabled"));
        assertEquals(
                "none",
                driver.findElement(By.id("facets")).getCssValue("pointer-events"),
                "stale facets take no clicks");
        env.screenshot("state-slow-link-busy");
        env.settled();
        long total = env.api("/api/search?q=learning&type=profile").get("total").asLong();
        assertEquals(
                total + " results for “learning”",
                driver.findElement(By.id("status")).getText());
        assertEquals("status", driver.findElement(By.id("status")).getAttribute("role"), "the new count is announced");
        assertEquals(
                null, driver.findElement(By.cssSelector("#facet-groups input")).getAttribute("aria-disabled"));
    }

    @Test
    void busy_bad_request_and_no_connection_say_different_things_and_a_503_is_retried() throws Exception {
        env.open("/?q=learning&page=2000");
        String badRequest = errorText();
        assertTrue(
                badRequest.startsWith("The search service could not run this search:")
                        && badRequest.contains("page × size must be at most 10000"),
                badRequest);

        env.openSearch("/?q=learning");
        env.js(MOCK_503);
        search("cork");
        String busy = errorText();
        assertEquals("The search service is busy right now. Trying again in 1 s…", busy);
        assertTrue(driver.findElement(By.cssSelector("#error button[data-action=retry]"))
                .isDisplayed());
        env.screenshot("state-error-busy");
        env.js(RESTORE_FETCH);
        env.waitFor(d -> !d.findElement(By.id("error")).isDisplayed()); // retried by itself after Retry-After
        env.settled();
        assertTrue(driver.findElement(By.id("status")).getText().endsWith("for “cork”"));

        Service another = env.startAnotherService();
        try {
            driver.get("http://127.0.0.1:" + another.port() + "/?q=learning");
            env.settled();
        } finally {
            another.close(); // the service stops mid-session
        }
        search("riga");
        String unreachable = errorText();
        assertEquals("The search service could not be reached. Check your connection.", unreachable);
        assertNotEquals(busy, unreachable);
        assertNotEquals(badRequest, unreachable);
    }

    @Test
    void the_widget_tells_a_503_from_a_stopped_server_and_offers_a_retry() throws Exception {
        Service another = env.startAnotherService();
        String anotherBase = "http://127.0.0.1:" + another.port();
        env.otherPages.put("/errors.html", String.format(java.util.Locale.ROOT, """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Errors</title>
        <script src="%s/widget.js" defer></script></head>
        <body><main><h1>Errors</h1>
        <lcs-search id="gone" size="2" facets="none" api="%s"></lcs-search>
        <lcs-search id="busy" size="2" facets="none"></lcs-search></main></body></html>
        """, env.base, anotherBase));
        env.otherConnectSrc.put("/errors.html", anotherBase);
        try {
            driver.get(env.otherBase + "/errors.html");
            env.waitFor(d -> env.<Boolean>js("return ['gone', 'busy'].every(id =>"
                    + " document.getElementById(id).shadowRoot?.querySelectorAll('[part~=hit]').length === 2)"));
        } finally {
            another.close();
        }
        SearchContext gone = driver.findElement(By.id("gone")).getShadowRoot();
        SearchContext busy = driver.findElement(By.id("busy")).getShadowRoot();
        gone.findElement(By.cssSelector("input")).sendKeys("cork", Keys.ENTER);
        env.waitFor(d -> gone.findElement(By.cssSelector("[part~=error]")).isDisplayed());
        env.js(MOCK_503);
        busy.findElement(By.cssSelector("input")).sendKeys("cork", Keys.ENTER);
        env.waitFor(d -> busy.findElement(By.cssSelector("[part~=error]")).isDisplayed());
        String goneText = gone.findElement(By.cssSelector("[part~=error] span")).getText();
        String busyText = busy.findElement(By.cssSelector("[part~=error] span")).getText();
        assertEquals("The search service could not be reached. Check your connection.", goneText);
        assertEquals("The search service is busy right now. Trying again in 1 s…", busyText);
        assertTrue(gone.findElement(By.cssSelector("[part~=error] button")).isDisplayed(), "a retry button");
        env.screenshot("state-widget-errors");
        env.js(RESTORE_FETCH);
        env.waitFor(d -> !busy.findElement(By.cssSelector("[part~=error]")).isDisplayed()
                && busy.findElements(By.cssSelector("[part~=hit]")).size() > 0); // retried after Retry-After
    }

    @Test
    void the_widget_shows_a_spinner_on_a_slow_link() {
        env.otherPages.put("/slow.html", String.format(java.util.Locale.ROOT, """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow</title>
        <script src="%s/widget.js" defer></script></head>
        <body><main><h1>Slow</h1><lcs-search id="w" size="2" facets="type"></lcs-search></main></body></html>
        """, env.base));
        driver.get(env.otherBase + "/slow.html");
        SearchContext w = env.waitFor(d -> {
            var root = d.findElement(By.id("w")).getShadowRoot();
            return root.findElements(By.cssSelector("[part~=hit]")).size() == 2 ? root : null;
        });
        latency(1500);
        w.findElement(By.cssSelector("input")).sendKeys("cork", Keys.ENTER);
        String spinning = "const s = document.getElementById('w').shadowRoot.querySelector('[part~=spinner]');"
                + " return !s.hidden && s.getBoundingClientRect().width > 0";
        env.waitFor(d -> env.<Boolean>js(spinning));
        assertEquals("true", w.findElement(By.cssSelector("[part~=results]")).getAttribute("aria-busy"));
        assertEquals(
                "true", w.findElement(By.cssSelector("[part~=facets] input")).getAttribute("aria-disabled"));
        env.waitFor(d -> !env.<Boolean>js(spinning));
        assertTrue(w.findElement(By.cssSelector("[part~=count]")).getText().endsWith("results"));
    }
}
