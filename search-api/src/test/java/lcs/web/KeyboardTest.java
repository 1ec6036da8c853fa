package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The page with the keyboard only: no clicks, keys go to whatever has focus. */
@ExtendWith(BrowserTests.class)
class KeyboardTest {

    private static void press(WebDriver driver, CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static WebElement focused(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches the CSS selector. */
    private static WebElement tabTo(WebEnvironment env, String selector, int max) {
        return tabTo(env, selector, max, false);
    }

    private static WebElement tabTo(WebEnvironment env, String selector, int max, boolean backwards) {
        for (int i = 0; i < max; i++) {
            if (backwards) {
                new Actions(env.driver)
                        .keyDown(Keys.SHIFT)
                        .sendKeys(Keys.TAB)
                        .keyUp(Keys.SHIFT)
                        .perform();
            } else {
                press(env.driver, Keys.TAB);
            }
            if (env.<Boolean>js("return document.activeElement.matches(arguments[0])", selector)) {
                return focused(env.driver);
            }
        }
        throw new AssertionError("Tab never reached " + selector + "; focus is on "
                + env.js("return document.activeElement.outerHTML.slice(0, 200)"));
    }

    @Test
    void tab_to_the_box_choose_a_suggestion_with_arrows_and_enter_then_open_a_result(WebEnvironment env) {
        WebDriver driver = env.driver;
        env.openSearch("/");

        WebElement box = tabTo(env, "#q", 5);
        assertEquals("combobox", box.getAttribute("role"));
        press(driver, "lju");
        env.waitFor(d -> "true".equals(d.findElement(By.id("q")).getAttribute("aria-expanded")));
        WebElement first = driver.findElement(By.cssSelector("#suggestions [role=option]"));
        assertTrue(first.getText().startsWith("Ljubljana"), first.getText());

        press(driver, Keys.ARROW_DOWN);
        assertEquals(first.getAttribute("id"), box.getAttribute("aria-activedescendant"));
        assertEquals("true", first.getAttribute("aria-selected"));
        press(driver, Keys.ENTER);
        env.waitFor(ExpectedConditions.urlContains("q=Ljubljana"));
        env.waitFor(d -> d.findElement(By.id("status")).getText().contains("“Ljubljana”"));
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertEquals("q", focused(driver).getAttribute("id"), "focus stays in the box");

        WebElement link = tabTo(env, "#hits .hit-link", 80);
        assertEquals("Ljubljana festival of lifelong learning", link.getText());
        press(driver, Keys.ENTER);
        env.waitFor(ExpectedConditions.urlContains("/doc/web-ljubljana"));
        env.waitFor(d -> "doc-title".equals(focused(d).getAttribute("id")));
        assertEquals("Ljubljana festival of lifelong learning", focused(driver).getText());

        tabTo(env, ".back a", 1, true);
        press(driver, Keys.ENTER);
        env.waitFor(ExpectedConditions.urlContains("q=Ljubljana"));
        env.waitFor(d -> d.findElement(By.id("search-view")).isDisplayed());
        assertTrue(!driver.findElement(By.id("doc-view")).isDisplayed());
    }

    @Test
    void escape_closes_the_suggestions_and_the_skip_link_leads_to_the_results(WebEnvironment env) {
        WebDriver driver = env.driver;
        env.openSearch("/");
        WebElement skip = tabTo(env, "a.skip", 1);
        assertTrue(skip.isDisplayed(), "the skip link shows when focused");
        press(driver, Keys.ENTER);
        assertEquals("results", focused(driver).getAttribute("id"));
        press(driver, Keys.TAB);
        assertTrue(focused(driver).getAttribute("class").contains("hit-link"), "the first result comes next");

        WebElement box = driver.findElement(By.id("q"));
        box.click();
        press(driver, "cor");
        env.waitFor(d -> "true".equals(box.getAttribute("aria-expanded")));
        press(driver, Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertTrue(!driver.findElement(By.id("suggestions")).isDisplayed());
    }

    @Test
    void facets_are_checkboxes_that_space_toggles_and_focus_survives_the_redraw(WebEnvironment env) {
        WebDriver driver = env.driver;
        env.openSearch("/");
        tabTo(env, "input[data-key='type:news']", 80);
        press(driver, Keys.SPACE);
        env.waitFor(ExpectedConditions.urlContains("type=news"));
        env.settled();
        assertEquals("type:news", env.js("return document.activeElement.dataset.key"));
        assertTrue(focused(driver).isSelected());
    }
}
