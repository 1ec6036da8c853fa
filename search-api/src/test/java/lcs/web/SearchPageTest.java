package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search page in a real browser: results as you type, filters, chips, and the URL as state. */
class SearchPageTest extends SharedBrowserTest {

    private static List<String> hitTitles() {
        return driver.findElements(By.cssSelector("#hits .hit-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void typing_shows_highlighted_results_in_the_url_and_reload_and_back_restore_views() {
        env.openSearch("/");
        String listing = driver.findElement(By.id("status")).getText();
        assertEquals("15 documents", listing);

        driver.findElement(By.id("q")).sendKeys("festival");
        env.waitFor(ExpectedConditions.urlContains("q=festival"));
        env.waitFor(d -> d.findElement(By.id("status")).getText().contains("“festival”"));
        env.settled();
        List<WebElement> marks = driver.findElements(By.cssSelector("#hits .hit-snippet mark"));
        assertFalse(marks.isEmpty(), "snippets highlight the query");
        assertTrue(marks.stream()
                .allMatch(m -> m.getText().toLowerCase(java.util.Locale.ROOT).startsWith("festival")));
        int total = env.api("/api/search?q=festival").get("total").asInt();
        assertEquals(
                total + " results for “festival”",
                driver.findElement(By.id("status")).getText());
        assertEquals("polite", driver.findElement(By.id("status")).getAttribute("aria-live"));
        List<String> titles = hitTitles();

        driver.navigate().refresh();
        env.settled();
        assertEquals("festival", driver.findElement(By.id("q")).getAttribute("value"));
        assertEquals(titles, hitTitles(), "a reload shows the same view");

        driver.navigate().back();
        env.waitFor(d -> !d.getCurrentUrl().contains("q="));
        env.waitFor(d -> d.findElement(By.id("status")).getText().equals(listing));
        assertEquals("", driver.findElement(By.id("q")).getAttribute("value"));

        driver.navigate().forward();
        env.waitFor(d -> d.findElement(By.id("status")).getText().contains("“festival”"));
    }

    @Test
    void two_countries_show_their_union_with_the_apis_counts_and_chips_remove_them() {
        env.openSearch("/?q=learning");
        checkbox("country", "Latvia").click();
        env.waitFor(ExpectedConditions.urlContains("country=Latvia"));
        env.settled();
        checkbox("country", "Ireland").click();
        env.waitFor(ExpectedConditions.urlContains("country=Ireland"));
        env.settled();

        JsonNode api = env.api("/api/search?q=learning&country=Latvia&country=Ireland&size=10");
        assertEquals(
                api.get("total").asInt() + " results for “learning”",
                driver.findElement(By.id("status")).getText());
        assertEquals(
                api.get("hits").size(),
                driver.findElements(By.cssSelector("#hits .hit")).size());
        Set<String> countries = driver.findElements(By.cssSelector("#hits .hit-meta")).stream()
                .map(WebElement::getText)
                .map(t -> t.contains("Latvia") ? "Latvia" : t.contains("Ireland") ? "Ireland" : t)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Latvia", "Ireland"), countries, "hits come from both countries and only from them");
        showAllFacetValues();
        assertEquals(facetCounts(api), shownCounts(), "every facet count is the API's (disjunctive within a facet)");
        assertTrue(checkbox("country", "Latvia").isSelected());
        assertTrue(checkbox("country", "Ireland").isSelected());
        assertEquals(
                "Latin America and the Caribbean",
                regionHeading("Mexico"),
                "a country stays under its region even when the chosen countries leave that region no count");

        List<WebElement> chips = driver.findElements(By.cssSelector("#chips .chip"));
        assertEquals(
                List.of("Country: Latvia ×", "Country: Ireland ×"),
                chips.stream().map(c -> c.getText().replaceAll("\\s+", " ")).toList());
        assertEquals("Remove filter Country: Latvia", chips.get(0).getAttribute("aria-label"));
        chips.get(0).click();
        env.waitFor(d -> !d.getCurrentUrl().contains("Latvia"));
        env.settled();
        assertFalse(checkbox("country", "Latvia").isSelected());
        assertTrue(checkbox("country", "Ireland").isSelected());
        assertEquals(
                env.api("/api/search?q=learning&country=Ireland").get("total").asInt() + " results for “learning”",
                driver.findElement(By.id("status")).getText());

        driver.findElement(By.cssSelector("#chips .clear-all")).click();
        env.waitFor(d -> !d.getCurrentUrl().contains("country="));
        env.waitFor(d -> d.findElement(By.id("chips")).getAttribute("hidden") != null);
    }

    @Test
    void regions_group_their_countries_and_the_filter_box_narrows_long_lists() {
        env.openSearch("/");
        assertEquals("Europe and North America", regionHeading("Latvia"));
        assertEquals("Asia and the Pacific", regionHeading("China"));
        int shown =
                driver.findElements(By.cssSelector("input[data-dim=country]")).size();
        WebElement more = driver.findElement(By.cssSelector("button[data-more=country]"));
        assertEquals("false", more.getAttribute("aria-expanded"));
        more.click();
        env.waitFor(
                d -> d.findElements(By.cssSelector("input[data-dim=country]")).size() > shown);
        assertEquals(
                env.api("/api/search").get("facets").get("country").size(),
                driver.findElements(By.cssSelector("input[data-dim=country]")).size());

        driver.findElement(By.id("country-filter")).sendKeys("lat");
        env.waitFor(
                d -> d.findElements(By.cssSelector("input[data-dim=country]")).size() == 1);
        assertEquals(
                "Latvia",
                driver.findElement(By.cssSelector("input[data-dim=country]")).getAttribute("value"));
        assertEquals("country-filter", env.js("return document.activeElement.id"), "typing keeps focus in the box");
    }

    @Test
    void sort_and_pages_live_in_the_url_with_aria_current() {
        env.openSearch("/?q=learning");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("newest");
        env.waitFor(ExpectedConditions.urlContains("sort=newest"));
        env.settled();
        JsonNode newest = env.api("/api/search?q=learning&sort=newest");
        assertEquals(
                newest.get("hits").get(0).get("title").asText(), hitTitles().get(0));

        env.openSearch("/?sort=newest");
        assertEquals("newest", driver.findElement(By.id("sort")).getAttribute("value"));
        assertFalse(driver.findElement(By.id("sort")).isEnabled(), "with no words the list is always newest first");
        WebElement current = driver.findElement(By.cssSelector("#pagination [aria-current=page]"));
        assertEquals("1", current.getText());
        driver.findElement(By.cssSelector("#pagination a[data-page='2']:not(.next)"))
                .click();
        env.waitFor(ExpectedConditions.urlContains("page=2"));
        env.settled();
        assertEquals(
                "2",
                driver.findElement(By.cssSelector("#pagination [aria-current=page]"))
                        .getText());
        assertEquals("11", driver.findElement(By.id("hits")).getAttribute("start"));
        JsonNode page2 = env.api("/api/search?sort=newest&page=2");
        assertEquals(
                page2.get("hits").size(),
                driver.findElements(By.cssSelector("#hits .hit")).size());
        driver.navigate().back();
        env.waitFor(d -> d.findElement(By.cssSelector("#pagination [aria-current=page]"))
                .getText()
                .equals("1"));
    }

    @Test
    void did_you_mean_offers_the_correction_as_a_link() {
        env.openSearch("/?q=festivall");
        WebElement hint = driver.findElement(By.id("did-you-mean"));
        assertEquals("Did you mean festival?", hint.getText());
        hint.findElement(By.tagName("a")).click();
        env.waitFor(ExpectedConditions.urlMatches("[?&]q=festival($|&)"));
        env.waitFor(d -> d.findElement(By.id("status")).getText().contains("“festival”"));
    }

    @Test
    void an_empty_result_offers_to_remove_the_filters() {
        env.openSearch("/?q=riga&type=profile");
        WebElement empty = driver.findElement(By.id("empty"));
        assertTrue(empty.isDisplayed());
        assertTrue(empty.getText().startsWith("No results for “riga”."), empty.getText());
        empty.findElement(By.linkText("Remove all filters")).click();
        env.waitFor(d -> !d.getCurrentUrl().contains("type="));
        env.settled();
        assertEquals(List.of("Riga learning week for families"), hitTitles());
    }

    @Test
    void a_failing_api_shows_a_message_and_retry_recovers() {
        env.openSearch("/");
        env.js("window.__fetch = window.fetch; window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
        driver.findElement(By.id("q")).sendKeys("cork");
        WebElement error = env.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertEquals("alert", error.getAttribute("role"));
        assertTrue(error.getText().contains("could not be reached"), error.getText());
        assertEquals(List.of(), hitTitles(), "no results of an earlier search stay on screen");
        assertEquals("", driver.findElement(By.id("status")).getText());
        env.js("window.fetch = window.__fetch;");
        error.findElement(By.tagName("button")).click();
        env.waitFor(d -> d.findElement(By.id("status")).getText().contains("“cork”"));
        assertFalse(driver.findElement(By.id("error")).isDisplayed());
    }

    @Test
    void the_document_view_shows_full_text_and_related_documents() {
        env.open("/doc/web-cork");
        WebElement title = env.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("doc-title")));
        assertEquals("Cork: learning opportunities for all", title.getText());
        assertEquals(2, driver.findElements(By.cssSelector(".doc-body p")).size(), "paragraphs split at blank lines");
        env.waitFor(d -> !d.findElements(By.cssSelector("#related-list li a")).isEmpty());
        JsonNode related = env.api("/api/documents/web-cork/related?size=5").get("related");
        assertEquals(
                related.get(0).get("title").asText(),
                driver.findElement(By.cssSelector("#related-list li a")).getText());
        driver.findElement(By.cssSelector("#related-list li a")).click();
        env.waitFor(ExpectedConditions.urlContains(
                "/doc/" + related.get(0).get("id").asText()));
        env.waitFor(d -> d.findElement(By.id("doc-title"))
                .getText()
                .equals(related.get(0).get("title").asText()));
    }

    @Test
    void the_interface_speaks_the_asked_language_and_arabic_is_right_to_left() {
        env.openSearch("/?q=learning&lang=fr");
        assertEquals("fr", env.js("return document.documentElement.lang"));
        assertTrue(driver.findElement(By.id("status")).getText().endsWith("résultats pour « learning »"));
        assertEquals(
                "Profil",
                checkbox("type", "profile")
                        .findElement(By.xpath(".."))
                        .getText()
                        .replaceAll("\\s*\\d+$", ""));
        assertEquals(
                "Anglais",
                checkbox("language", "en").findElement(By.xpath("..")).getText().replaceAll("\\s*\\d+$", ""));

        env.openSearch("/?lang=ar");
        assertEquals("rtl", env.js("return document.documentElement.dir"));
        assertEquals(
                "بحث", driver.findElement(By.cssSelector("#search-form button")).getText());

        env.openSearch("/");
        Object picked = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "import('/js/i18n.js').then(m => done([m.pickLanguage(null, ['ru-RU', 'en']), m.pickLanguage('zh-Hans', ['fr']),"
                        + " m.pickLanguage('xx', ['de-DE', 'es-MX']), m.pickLanguage(null, ['de'])]));");
        assertEquals(
                List.of("ru", "zh", "es", "en"), picked, "?lang= first, then the browser's languages, then English");
    }

    @Test
    void the_page_loads_without_console_errors_or_csp_violations() {
        env.consoleErrors();
        env.openSearch("/?q=learning&country=Ireland");
        env.open("/doc/web-ljubljana");
        env.waitFor(d -> !d.findElements(By.cssSelector("#related-list li")).isEmpty());
        assertEquals(List.of(), env.consoleErrors());
    }

    static WebElement checkbox(String dim, String value) {
        return driver.findElements(By.cssSelector("input[type=checkbox][data-dim=" + dim + "]")).stream()
                .filter(e -> value.equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + dim + " checkbox " + value));
    }

    /** The region heading the country's checkbox is grouped under. */
    private static String regionHeading(String country) {
        return checkbox("country", country)
                .findElement(By.xpath("ancestor::ul[1]/preceding-sibling::*[1]"))
                .getText()
                .replaceAll("\\s*\\d+$", "");
    }

    private static void showAllFacetValues() {
        List<WebElement> more;
        while (!(more = driver.findElements(By.cssSelector("button[data-more][aria-expanded=false]"))).isEmpty()) {
            more.get(0).click();
        }
    }

    private static Map<String, Integer> facetCounts(JsonNode api) {
        var counts = new HashMap<String, Integer>();
        api.get("facets")
                .properties()
                .forEach(f -> f.getValue()
                        .forEach(v -> counts.put(
                                f.getKey() + ":" + v.get("value").asText(),
                                v.get("count").asInt())));
        return counts;
    }

    private static Map<String, Integer> shownCounts() {
        List<Map<String, Object>> rows = env.js("return [...document.querySelectorAll('#facet-groups input[data-dim]')]"
                + ".map(i => ({key: i.dataset.key, count: +i.closest('label').querySelector('.count').textContent}))");
        var counts = new HashMap<String, Integer>();
        rows.forEach(r -> counts.put((String) r.get("key"), ((Number) r.get("count")).intValue()));
        return counts;
    }
}
