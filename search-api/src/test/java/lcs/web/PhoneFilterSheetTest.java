package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Phones (issue 16): after a facet tap on a 390 px screen the first result is one tap away ("Show
 * N results" closes the sheet and lands on the results, chips in sight), and the facet groups keep
 * their order while they update.
 */
@ExtendWith(BrowserTests.class)
class PhoneFilterSheetTest {

    private static boolean inViewport(WebEnvironment env, WebElement el) {
        return env.js(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.height > 0",
                el);
    }

    private static List<String> groups(WebEnvironment env) {
        return env.driver.findElements(By.cssSelector("#facet-groups > fieldset")).stream()
                .map(f -> f.getAttribute("data-facet"))
                .toList();
    }

    @Test
    void after_a_facet_tap_the_first_result_is_one_tap_away(WebEnvironment env) throws IOException {
        env.openSearch("/?q=learning", 390, 844);
        env.driver.findElement(By.id("filters-toggle")).click();
        List<String> before = groups(env);
        env.driver
                .findElement(By.cssSelector("#facet-groups [data-facet=type] input[value=profile]"))
                .click();
        env.waitFor(d -> d.getCurrentUrl().contains("type=profile"));
        env.settled();
        List<String> after = groups(env);
        assertEquals(before.stream().filter(after::contains).toList(), after, "facet groups keep their order");

        long total = env.api("/api/search?q=learning&type=profile").get("total").asLong();
        WebElement show = env.driver.findElement(By.id("show-results"));
        assertEquals("Show " + total + " results", show.getText());
        assertTrue(inViewport(env, show), "the button is on screen with the sheet open");
        WebElement firstHit = env.driver.findElement(By.cssSelector("#hits .hit"));
        assertFalse(inViewport(env, firstHit), "the sheet covers the first result before the tap");

        show.click(); // the one tap
        assertEquals("false", env.driver.findElement(By.id("filters-toggle")).getAttribute("aria-expanded"));
        assertFalse(env.driver.findElement(By.id("facets")).isDisplayed(), "the sheet closed");
        env.waitFor(d -> inViewport(env, firstHit));
        assertTrue(
                inViewport(env, env.driver.findElement(By.cssSelector("#chips .chip"))),
                "the chosen filter's chip is in sight");
        env.screenshot("state-phone-after-show-results");
    }

    @Test
    void on_a_desktop_there_is_no_sheet_button(WebEnvironment env) {
        env.openSearch("/?q=learning");
        assertFalse(env.driver.findElement(By.id("show-results")).isDisplayed());
    }
}
