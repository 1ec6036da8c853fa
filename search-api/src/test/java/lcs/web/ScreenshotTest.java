package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * Screenshots for people to look at (target/screenshots/), and the layout facts a picture would
 * show: nothing wider than a 360 px phone, facets behind a toggle there, right-to-left in Arabic.
 */
@ExtendWith(BrowserTests.class)
class ScreenshotTest {

    private static Path shoot(WebEnvironment env, String name) throws IOException {
        Files.createDirectories(WebEnvironment.SCREENSHOTS);
        Path file = WebEnvironment.SCREENSHOTS.resolve(name + ".png");
        Files.write(file, env.driver.getScreenshotAs(OutputType.BYTES));
        System.out.println("screenshot " + file.toAbsolutePath());
        return file;
    }

    /** Sizes the viewport (not the window, which may add browser chrome) to width × height. */
    private static void resize(WebEnvironment env, int width, int height) {
        env.driver.manage().window().setSize(new Dimension(width, height));
        int chrome = height - env.<Number>js("return window.innerHeight").intValue();
        if (chrome > 0) {
            env.driver.manage().window().setSize(new Dimension(width, height + chrome));
        }
        env.waitFor(d -> env.<Number>js("return window.innerWidth").intValue() == width
                && env.<Number>js("return window.innerHeight").intValue() == height);
    }

    /** The whole page as numbered viewport-sized screenshots, top to bottom. */
    private static void shootWholePage(WebEnvironment env, String name) throws IOException {
        int height = env.<Number>js("return window.innerHeight").intValue();
        int total =
                env.<Number>js("return document.documentElement.scrollHeight").intValue();
        for (int y = 0, i = 1; y < total && i <= 6; y += height, i++) {
            env.js("window.scrollTo(0, arguments[0])", y);
            shoot(env, name + "-" + i);
        }
        env.js("window.scrollTo(0, 0)");
    }

    private static void assertNoSidewaysScroll(WebEnvironment env) {
        long overflow = env.<Number>js("return document.documentElement.scrollWidth - window.innerWidth")
                .longValue();
        assertEquals(0, overflow, "the page scrolls sideways at " + env.js("return window.innerWidth") + " px");
    }

    @Test
    void desktop(WebEnvironment env) throws IOException {
        env.open("/?q=learning&country=Ireland&country=Latvia");
        resize(env, 1280, 900);
        SearchPageTest.settled(env);
        assertTrue(env.driver.findElement(By.id("facets")).isDisplayed(), "facets sit beside the results");
        assertTrue(!env.driver.findElement(By.id("filters-toggle")).isDisplayed());
        assertNoSideWaysScrollAndShoot(env, "desktop");
        env.open("/doc/web-cork");
        resize(env, 1280, 900);
        env.waitFor(d -> !d.findElements(By.cssSelector("#related-list li")).isEmpty());
        assertNoSideWaysScrollAndShoot(env, "desktop-document");
    }

    @Test
    void phone(WebEnvironment env) throws IOException {
        env.open("/?q=learning");
        resize(env, 360, 740);
        SearchPageTest.settled(env);
        assertTrue(!env.driver.findElement(By.id("facets")).isDisplayed(), "facets wait behind the toggle");
        assertNoSideWaysScrollAndShoot(env, "phone");
        env.driver.findElement(By.id("filters-toggle")).click();
        assertEquals("true", env.driver.findElement(By.id("filters-toggle")).getAttribute("aria-expanded"));
        assertTrue(env.driver.findElement(By.id("facets")).isDisplayed());
        assertNoSideWaysScrollAndShoot(env, "phone-filters");
    }

    @Test
    void arabic(WebEnvironment env) throws IOException {
        env.open("/?q=learning&lang=ar");
        resize(env, 1280, 900);
        SearchPageTest.settled(env);
        assertEquals("rtl", env.js("return getComputedStyle(document.body).direction"));
        long facetsX = env.driver.findElement(By.id("facets")).getRect().getX();
        long hitsX = env.driver.findElement(By.id("hits")).getRect().getX();
        assertTrue(facetsX > hitsX, "facets are on the right in Arabic");
        assertNoSideWaysScrollAndShoot(env, "arabic");
        resize(env, 360, 740);
        assertNoSideWaysScrollAndShoot(env, "arabic-phone");
    }

    @Test
    void widget_demo(WebEnvironment env) throws IOException {
        env.driver.get(env.base + "/embed-demo.html");
        resize(env, 1280, 900);
        env.waitFor(d -> !d.findElement(By.id("full"))
                .getShadowRoot()
                .findElements(By.cssSelector("[part~=hit]"))
                .isEmpty());
        var compact = env.driver.findElement(By.id("compact")).getShadowRoot();
        compact.findElement(By.cssSelector("input")).sendKeys("learning");
        env.waitFor(
                d -> "true".equals(compact.findElement(By.cssSelector("input")).getAttribute("aria-expanded")));
        assertNoSideWaysScrollAndShoot(env, "widget-demo-compact");
        env.js("document.activeElement.blur()");
        shootWholePage(env, "widget-demo");
        resize(env, 360, 740);
        assertNoSideWaysScrollAndShoot(env, "widget-demo-phone");
    }

    private static void assertNoSideWaysScrollAndShoot(WebEnvironment env, String name) throws IOException {
        shoot(env, name);
        assertNoSidewaysScroll(env);
    }
}
