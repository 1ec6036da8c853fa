package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search analytics from a real browser: what the page and the widget report for what a visitor
 * does, checked in the store through the admin report; the admin page itself; Do Not Track. Runs
 * its own service (analytics on, an admin token) in the shared Chromium.
 */
class AnalyticsBrowserTest extends SharedBrowserTest {
    static final String TOKEN = "browser-test-admin-token";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Analytics on and an admin token; another site embedding the widget, whose CSP trusts only this service. */
    @RegisterExtension
    static final OwnService own = new OwnService(
            """
          <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
          <script src="%s/widget.js" defer></script></head>
          <body><lcs-search id="w" size="5" facets="country"></lcs-search>
          <lcs-search id="c" compact size="4" lang="fr"></lcs-search></body></html>""",
            dir -> {
                Path token = Files.writeString(dir.resolve("token"), TOKEN);
                return List.of("--analytics", "on", "--admin-token-file", token.toString());
            });

    /** Leaves the last page (which reports what it held back), then empties the store. */
    @BeforeEach
    void emptyStore() throws Exception {
        driver.get("about:blank");
        Thread.sleep(300);
        lcs.analytics.StoredEvents.empty(own.service().analytics().recorder());
    }

    static void flush() throws InterruptedException {
        own.service().analytics().recorder().flush(Duration.ofSeconds(10));
    }

    static JsonNode report() throws Exception {
        flush();
        var res = HTTP.send(
                HttpRequest.newBuilder(URI.create(own.base() + "/api/admin/analytics"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
        return JSON.readTree(res.body());
    }

    /**
     * The report once {@code arrived} holds, or after 10 s: the page sends its click beacon as it
     * leaves, so the event can reach the server after the next page's URL is already shown.
     */
    static JsonNode reportWhen(java.util.function.Predicate<JsonNode> arrived) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        JsonNode r = report();
        while (!arrived.test(r) && System.nanoTime() < until) {
            Thread.sleep(100);
            r = report();
        }
        return r;
    }

    static List<String> queries(JsonNode report) {
        return report.get("topSearches").findValuesAsText("query");
    }

    /** Types a word letter by letter, slower than the page's 250 ms debounce: every letter is searched. */
    static void typeSlowly(WebElement input, String word) throws InterruptedException {
        for (char c : word.toCharArray()) {
            input.sendKeys(String.valueOf(c));
            Thread.sleep(350);
        }
    }

    static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    @Test
    void a_word_typed_letter_by_letter_is_one_search_and_its_click_has_its_position() throws Exception {
        driver.get(own.base() + "/");
        typeSlowly(driver.findElement(By.id("q")), "ljubljana");
        waitFor(d -> d.findElement(By.id("status")).getText().contains("“ljubljana”"));
        Thread.sleep(2600); // the pause that ends the intent
        JsonNode r = report();
        assertEquals(1, r.get("searches").asInt(), r.toString());
        assertEquals(List.of("ljubljana"), queries(r));
        assertEquals("en", r.get("languages").get(0).get("lang").asText());

        driver.findElement(By.id("q")).sendKeys(Keys.ESCAPE); // closes the suggestions over the results
        driver.findElement(By.cssSelector("#hits > li:first-child a")).click();
        waitFor(d -> d.getCurrentUrl().contains("/doc/web-ljubljana"));
        r = reportWhen(report -> report.get("clicks").asInt() > 0);
        assertEquals(1, r.get("searches").asInt(), "the click did not add a search");
        assertEquals(1, r.get("clicks").asInt());
        assertEquals(1.0, r.get("averageClickPosition").asDouble());
        assertEquals("web-ljubljana", r.get("topDocuments").get(0).get("docId").asText());
        assertEquals(1.0, r.get("clickThroughRate").asDouble());
    }

    @Test
    void enter_ends_the_intent_at_once_and_a_filter_change_starts_another_with_its_filter() throws Exception {
        driver.get(own.base() + "/");
        driver.findElement(By.id("q")).sendKeys("learning", Keys.ENTER);
        waitFor(d -> d.findElement(By.id("status")).getText().contains("“learning”"));
        Thread.sleep(800); // well under the 2 s pause: only Enter can have ended it
        assertEquals(List.of("learning"), queries(report()));

        driver.findElements(By.cssSelector("input[type=checkbox][data-dim=country]")).stream()
                .filter(e -> "Latvia".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        waitFor(d -> d.getCurrentUrl().contains("country=Latvia"));
        Thread.sleep(2600);
        JsonNode r = report();
        assertEquals(2, r.get("searches").asInt(), r.toString());
        assertEquals("country", r.get("topFilters").get(0).get("filter").asText());
        assertEquals("Latvia", r.get("topFilters").get(0).get("value").asText());
        assertEquals(1, r.get("topFilters").size());
    }

    @Test
    void the_widget_reports_one_search_per_word_and_clicks_with_positions() throws Exception {
        driver.get(own.hostPageUrl());
        waitFor(d -> widget().findElements(By.cssSelector("[part~=input]")).size() == 1);
        typeSlowly(widget().findElement(By.cssSelector("[part~=input]")), "riga");
        waitFor(d -> widget().findElements(By.cssSelector("[part~=title]")).stream()
                .anyMatch(t -> t.getText().contains("Riga")));
        Thread.sleep(2600);
        JsonNode r = report();
        assertEquals(1, r.get("searches").asInt(), r.toString());
        assertEquals(List.of("riga"), queries(r));

        List<WebElement> titles = widget().findElements(By.cssSelector("[part~=title]"));
        int position = 0;
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).getText().contains("Riga learning week")) {
                position = i + 1;
            }
        }
        assertTrue(position > 0);
        titles.get(position - 1).click();
        waitFor(d -> d.getCurrentUrl().contains("/doc/web-riga"));
        r = report();
        assertEquals(1, r.get("clicks").asInt());
        assertEquals(position, r.get("averageClickPosition").asDouble());
        assertEquals("web-riga", r.get("topDocuments").get(0).get("docId").asText());
    }

    static SearchContext widget() {
        return driver.findElement(By.id("w")).getShadowRoot();
    }

    @Test
    void a_browser_with_do_not_track_reports_nothing() throws Exception {
        var dnt = WebEnvironment.chrome(own.dir().resolve("dnt-profile"), Map.of("enable_do_not_track", true));
        try {
            dnt.get(own.base() + "/");
            assertEquals(
                    "1", ((org.openqa.selenium.JavascriptExecutor) dnt).executeScript("return navigator.doNotTrack"));
            dnt.findElement(By.id("q")).sendKeys("ljubljana", Keys.ENTER);
            new WebDriverWait(dnt, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("status")).getText().contains("“ljubljana”"));
            Thread.sleep(2600);
            dnt.findElement(By.cssSelector("#hits > li:first-child a")).click();
            new WebDriverWait(dnt, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/doc/"));
            dnt.get("about:blank");
            Thread.sleep(500);
        } finally {
            dnt.quit();
        }
        JsonNode r = report();
        assertEquals(0, r.get("searches").asInt(), r.toString());
        assertEquals(0, r.get("clicks").asInt());
    }

    /**
     * Three visitors searched "cork", the fewest searches for a query to be shown to others (one
     * browser repeating a search within a minute gets the same cached answer and queryId, so it would
     * count once).
     */
    static void threeVisitorsSearchedCork() throws Exception {
        for (int i = 0; i < 3; i++) {
            var answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(own.base() + "/api/search?q=cork"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = JSON.readTree(answer.body()).get("queryId").asText();
            var event = HTTP.send(
                    HttpRequest.newBuilder(URI.create(own.base() + "/api/events"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"search\",\"queryId\":\"" + id
                                    + "\",\"q\":\"cork\",\"lang\":\"en\",\"total\":2}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, event.statusCode(), event.body());
        }
        assertEquals(3, report().get("searches").asInt());
    }

    @Test
    void nothing_found_offers_the_most_searched_queries_that_find_something() throws Exception {
        threeVisitorsSearchedCork();
        driver.get(own.base() + "/?q=zzqqxv");
        try {
            waitFor(d -> d.findElements(By.cssSelector("#empty .popular a")).size() == 1);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    env.<String>js("return document.querySelector('#results').outerHTML") + " " + env.consoleErrors(),
                    e);
        }
        WebElement link = driver.findElement(By.cssSelector("#empty .popular a"));
        assertEquals("cork", link.getText());
        link.click();
        waitFor(d -> d.findElement(By.id("status")).getText().contains("“cork”"));
    }

    @Test
    void nothing_found_in_the_widget_offers_the_most_searched_queries_and_a_click_searches_one() throws Exception {
        threeVisitorsSearchedCork();
        driver.get(own.hostPageUrl());
        waitFor(d -> widget().findElements(By.cssSelector("[part~=input]")).size() == 1);
        widget().findElement(By.cssSelector("[part~=input]")).sendKeys("zzqqxv", Keys.ENTER);
        By popular = By.cssSelector("li.hit p.popular button");
        try {
            waitFor(d -> widget().findElements(popular).size() == 1);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    env.<String>js("return document.getElementById('w').shadowRoot.innerHTML") + " "
                            + env.consoleErrors(),
                    e);
        }
        WebElement paragraph = widget().findElement(By.cssSelector("li.hit p.popular"));
        assertEquals("Often searched: cork", paragraph.getText());
        WebElement cork = widget().findElement(popular);
        assertEquals("cork", cork.getText());
        cork.click();
        waitFor(d ->
                widget().findElement(By.cssSelector("[role=status]")).getText().matches("\\d+ results?"));
        assertEquals(
                "cork", widget().findElement(By.cssSelector("[part~=input]")).getAttribute("value"));
        assertTrue(
                widget().findElements(By.cssSelector("[part~=title]")).stream()
                        .allMatch(t -> t.getText().contains("Cork")),
                "the results of the query chosen");
        assertEquals(List.of(), env.consoleErrors());
    }

    @Test
    void the_compact_widget_offers_the_most_searched_queries_as_options_in_its_language() throws Exception {
        threeVisitorsSearchedCork();
        driver.get(own.hostPageUrl());
        SearchContext compact = driver.findElement(By.id("c")).getShadowRoot();
        waitFor(d -> compact.findElements(By.cssSelector("input")).size() == 1);
        WebElement input = compact.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys("zzqqxv");
        waitFor(d ->
                compact.findElements(By.cssSelector("[role=option][data-q]")).size() == 1);
        List<String> options = compact.findElements(By.cssSelector("[role=option]")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of("Aucun résultat pour « zzqqxv ».", "Recherches fréquentes :", "cork"), options);
        // Keyboard: down to the query (past the two lines that are not choices' own), Enter searches it.
        // As a person types: keys to whatever has focus (an element's sendKeys would refocus the input).
        var keys = new org.openqa.selenium.interactions.Actions(driver);
        keys.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
        WebElement cork = compact.findElement(By.cssSelector("[role=option][data-q]"));
        assertEquals(cork.getAttribute("id"), input.getAttribute("aria-activedescendant"));
        keys.sendKeys(Keys.ENTER).perform();
        waitFor(d -> "cork".equals(input.getAttribute("value"))
                && compact.findElements(By.cssSelector("li.hit")).size() > 0);
        assertTrue(
                compact.findElements(By.cssSelector("li.hit [part~=title]")).stream()
                        .allMatch(t -> t.getText().contains("Cork")),
                "the results of the query chosen");
        assertEquals("true", input.getAttribute("aria-expanded"), "the list stays open on the new results");
    }

    @Test
    void the_admin_page_needs_the_token_and_then_shows_the_report() throws Exception {
        var plain = HTTP.send(
                HttpRequest.newBuilder(URI.create(own.base() + "/admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, plain.statusCode());

        driver.get(own.base() + "/?q=ljubljana");
        waitFor(d -> d.findElement(By.id("status")).getText().contains("“ljubljana”"));
        driver.get(own.base() + "/admin"); // leaving the search page reports it
        waitFor(d -> d.findElement(By.id("login")).isDisplayed());
        driver.findElement(By.id("token")).sendKeys("not-the-token-at-all", Keys.ENTER);
        waitFor(d -> d.findElement(By.id("message")).getText().equals("This token is not valid."));

        flush();
        driver.findElement(By.id("token")).sendKeys(TOKEN, Keys.ENTER);
        waitFor(d -> d.findElement(By.id("report")).isDisplayed());
        assertEquals(
                "1",
                driver.findElement(By.cssSelector("[data-figure=searches] dd")).getText());
        assertEquals(
                "0%",
                driver.findElement(By.cssSelector("[data-figure=zeroRate] dd")).getText());
        assertEquals(
                "ljubljana",
                driver.findElement(By.cssSelector("[data-table=topSearches] tbody td"))
                        .getText());
        assertEquals(
                30,
                driver.findElements(By.cssSelector("#chart svg g[data-day]")).size(),
                "30 days, one bar each");
        assertEquals(
                1,
                driver.findElements(By.cssSelector("#chart svg g[data-searches='1']"))
                        .size());
        assertTrue(driver.findElement(By.cssSelector("[data-table=topSearches] button"))
                .getText()
                .contains("CSV"));
        assertEquals(
                List.of(),
                env.consoleErrors().stream().filter(m -> !m.contains("401")).toList());
    }
}
