package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Screenshots for people to look at (target/screenshots/), and the layout facts a picture would
 * show: nothing wider than a 360 px phone, facets behind a toggle there, right-to-left in Arabic.
 */
@ExtendWith(BrowserTests.class)
class ScreenshotTest {

    /** The whole page as numbered viewport-sized screenshots, top to bottom. */
    private static void shootWholePage(WebEnvironment env, String name) throws IOException {
        int height = env.<Number>js("return window.innerHeight").intValue();
        int total =
                env.<Number>js("return document.documentElement.scrollHeight").intValue();
        for (int y = 0, i = 1; y < total && i <= 6; y += height, i++) {
            env.js("window.scrollTo(0, arguments[0])", y);
            env.screenshot(name + "-" + i);
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
        env.openSearch("/?q=learning&country=Ireland&country=Latvia", 1280, 900);
        assertTrue(env.driver.findElement(By.id("facets")).isDisplayed(), "facets sit beside the results");
        assertTrue(!env.driver.findElement(By.id("filters-toggle")).isDisplayed());
        assertNoSideWaysScrollAndShoot(env, "desktop");
        env.open("/doc/web-cork");
        env.resizeViewport(1280, 900);
        env.waitFor(d -> !d.findElements(By.cssSelector("#related-list li")).isEmpty());
        assertNoSideWaysScrollAndShoot(env, "desktop-document");
    }

    @Test
    void phone(WebEnvironment env) throws IOException {
        env.openSearch("/?q=learning", 360, 740);
        assertTrue(!env.driver.findElement(By.id("facets")).isDisplayed(), "facets wait behind the toggle");
        assertNoSideWaysScrollAndShoot(env, "phone");
        env.driver.findElement(By.id("filters-toggle")).click();
        assertEquals("true", env.driver.findElement(By.id("filters-toggle")).getAttribute("aria-expanded"));
        assertTrue(env.driver.findElement(By.id("facets")).isDisplayed());
        assertNoSideWaysScrollAndShoot(env, "phone-filters");
    }

    @Test
    void arabic(WebEnvironment env) throws IOException {
        env.openSearch("/?q=learning&lang=ar", 1280, 900);
        assertEquals("rtl", env.js("return getComputedStyle(document.body).direction"));
        long facetsX = env.driver.findElement(By.id("facets")).getRect().getX();
        long hitsX = env.driver.findElement(By.id("hits")).getRect().getX();
        assertTrue(facetsX > hitsX, "facets are on the right in Arabic");
        assertNoSideWaysScrollAndShoot(env, "arabic");
        env.resizeViewport(360, 740);
        assertNoSideWaysScrollAndShoot(env, "arabic-phone");
    }

    @Test
    void widget_demo(WebEnvironment env) throws IOException {
        env.driver.get(env.base + "/embed-demo.html");
        env.resizeViewport(1280, 900);
        env.waitFor(d -> !d.findElement(By.id("full"))
                .getShadowRoot()
                .findElements(By.cssSelector("[part~=hit]"))
                .isEmpty());
        env.typeInCompactWidget("compact", "learning");
        assertNoSideWaysScrollAndShoot(env, "widget-demo-compact");
        env.js("document.activeElement.blur()");
        shootWholePage(env, "widget-demo");
        env.resizeViewport(360, 740);
        assertNoSideWaysScrollAndShoot(env, "widget-demo-phone");
    }

    private static void assertNoSideWaysScrollAndShoot(WebEnvironment env, String name) throws IOException {
        env.screenshot(name);
        assertNoSidewaysScroll(env);
    }
}
