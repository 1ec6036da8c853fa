package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Shared links (issue 16): /doc/{id} and /?q= come as HTML with their content (what a chat preview
 * or a slow link sees), the script takes over without a visible change, the document view marks the
 * query's words and goes back to that search, and a title shows whether it leaves the site.
 */
class SharedLinkTest extends SharedBrowserTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(env.base + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex + " not in " + html);
        return m.group(1);
    }

    @Test
    void a_document_link_is_answered_with_its_title_description_and_text_in_html() throws Exception {
        HttpResponse<String> res = get("/doc/web-ljubljana");
        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = res.body();
        assertEquals(
                "Ljubljana festival of lifelong learning — Learning City Search",
                first(html, "<title>([^<]*)</title>"));
        assertEquals(
                "Ljubljana festival of lifelong learning — Learning City Search",
                first(html, "<meta property=\"og:title\" content=\"([^\"]*)\">"));
        assertEquals(
                "Ljubljana opens its libraries and squares for a week of lifelong learning.",
                first(html, "<meta property=\"og:description\" content=\"([^\"]*)\">"));
        assertEquals(env.base + "/doc/web-ljubljana", first(html, "<link rel=\"canonical\" href=\"([^\"]*)\">"));
        assertTrue(
                html.contains("<p>Ljubljana celebrated lifelong learning with a week of open classes"),
                "the text, before any script");
        assertEquals(404, get("/doc/no-such-document").statusCode());
    }

    @Test
    void the_hostile_document_is_escaped_in_the_server_html() throws Exception {
        String html = get("/doc/web-xss").body();
        String article = first(html, "(?s)<article id=\"doc-view\"[^>]*>(.*?)</article>");
        assertFalse(
                article.contains("<script") || article.contains("<img") || article.contains("href=\"javascript:"),
                article);
        assertTrue(article.contains("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;"), "shown as text");
        String embedded = first(html, "(?s)<script type=\"application/json\" id=\"initial\"[^>]*>(.*?)</script>");
        assertFalse(embedded.contains("<"), "no markup can close the data block: " + embedded);
    }

    @Test
    void a_search_link_shows_its_first_results_in_html_and_the_script_changes_nothing_visible() throws Exception {
        String html = get("/?q=cork").body();
        assertEquals("cork — Learning City Search", first(html, "<title>([^<]*)</title>"));
        String status = first(html, "aria-atomic=\"true\">([^<]+)</p>");
        List<String> titles = Pattern.compile("class=\"hit-link[^\"]*\"[^>]*>([^<]+)")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertEquals(env.api("/api/search?q=cork").get("hits").findValuesAsText("title"), titles);

        env.openSearch("/?q=cork");
        assertEquals(status, driver.findElement(By.id("status")).getText());
        assertEquals(
                titles,
                driver.findElements(By.cssSelector("#hits .hit-link")).stream()
                        .map(e -> e.getText().replace("↗", "").strip())
                        .toList());
    }

    @Test
    void the_document_view_marks_the_query_and_scrolls_to_its_first_word() {
        env.open("/doc/web-ljubljana?q=libraries");
        env.resizeViewport(1000, 420); // the first match sits below a short window's fold
        env.open("/doc/web-ljubljana?q=libraries");
        env.waitFor(d -> !d.findElements(By.cssSelector(".doc-body mark")).isEmpty());
        List<WebElement> marks = driver.findElements(By.cssSelector(".doc-body mark"));
        assertEquals("libraries", marks.get(0).getText());
        env.waitFor(d -> env.<Boolean>js(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight",
                marks.get(0)));
    }

    @Test
    void back_from_a_shared_document_link_goes_to_that_search() {
        env.open("/doc/web-ljubljana?q=libraries");
        env.waitFor(d -> !d.findElements(By.cssSelector(".back a")).isEmpty());
        driver.findElement(By.cssSelector(".back a")).click();
        env.waitFor(d -> d.getCurrentUrl().endsWith("/?q=libraries"));
        env.settled();
        assertTrue(
                driver.findElement(By.id("status")).getText().contains("“libraries”"),
                driver.findElement(By.id("status")).getText());
    }

    @Test
    void a_title_shows_whether_it_opens_the_document_here_or_another_site() {
        env.openSearch("/?q=ventspils+ljubljana");
        String arrow = "return getComputedStyle(arguments[0], '::after').content";
        WebElement external = driver.findElement(By.cssSelector("#hits a.hit-link[href^='https://example.org']"));
        assertTrue(String.valueOf(env.<Object>js(arrow, external)).contains("↗"), "an arrow for the original site");
        WebElement internal = driver.findElement(By.cssSelector("#hits a.hit-link[href^='/doc/web-ljubljana']"));
        assertEquals("none", env.js(arrow, internal), "no arrow for the document view");
        assertTrue(internal.getAttribute("href").contains("q=ventspils"), "the query goes along to be marked");
    }
}
