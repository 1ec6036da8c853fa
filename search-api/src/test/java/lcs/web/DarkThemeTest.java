package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Dark pages (issue 16): the widget on a #121212 host page draws in its dark theme and passes
 * axe-core colour contrast inside its shadow root; theme="light|dark" overrides; the search page
 * follows prefers-color-scheme and passes colour contrast in both themes.
 */
class DarkThemeTest extends SharedBrowserTest {

    static void prefersDark(WebEnvironment env, boolean dark) {
        env.driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    @AfterEach
    void lightAgain() {
        prefersDark(env, false);
    }

    private static boolean darkWidget(WebEnvironment env, String id) {
        return env.<Boolean>js(
                "return document.getElementById(arguments[0]).shadowRoot.querySelector('.w').classList.contains('dark')",
                id);
    }

    /** Relative luminance of an element's computed text colour (0 black … 1 white). */
    private static double textLuminance(WebEnvironment env, String script) {
        return env.<Number>js(String.format(java.util.Locale.ROOT, """
        const c = getComputedStyle(%s).color.match(/[\\d.]+/g).slice(0, 3).map(v => v / 255)
          .map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];""", script)).doubleValue();
    }

    private static void openDarkHost(WebEnvironment env, String attributes) {
        env.otherPages.put("/dark.html", StateScreenshotTest.darkHost(env, attributes));
        env.otherPages.put("/dark.css", "html { color-scheme: dark; background: #121212; color: #e8e8e8; }");
        env.driver.get(env.otherBase + "/dark.html");
        env.waitFor(d -> env.<Boolean>js("const r = document.getElementById('dark').shadowRoot;"
                + " return !!r && r.querySelectorAll('[part~=hit]').length === 3"));
    }

    @Test
    void the_widget_on_a_dark_host_page_is_readable_and_passes_contrast_inside_its_shadow_root() throws IOException {
        openDarkHost(env, "");
        assertTrue(darkWidget(env, "dark"), "theme auto follows the host's dark color-scheme");
        double status = textLuminance(env, "document.getElementById('dark').shadowRoot.querySelector('[part~=count]')");
        assertTrue(status > 0.6, "the count is light text on the dark page (luminance " + status + ")");
        env.driver
                .findElement(By.id("dark-compact"))
                .getShadowRoot()
                .findElement(By.cssSelector("input"))
                .sendKeys("cork");
        env.waitFor(d -> env.<Boolean>js(
                "return !document.getElementById('dark-compact').shadowRoot.querySelector('[role=listbox]').hidden"));
        Contrast.Report report = Contrast.check(env);
        assertEquals(List.of(), report.violations(), "colour contrast on the dark host page");
        assertTrue(report.passedInShadowRoots() > 10, "axe checked text inside the shadow roots: " + report);
        env.screenshot("state-dark-host-compact-open");
    }

    @Test
    void the_theme_attribute_overrides_the_host() throws IOException {
        openDarkHost(env, "theme=\"light\"");
        assertTrue(!darkWidget(env, "dark"), "theme=light stays light on a dark page");
        env.js("document.getElementById('dark').setAttribute('theme', 'dark')");
        assertTrue(darkWidget(env, "dark"), "theme=dark, set later, applies at once");
        assertEquals(
                List.of(),
                Contrast.check(env).violations().stream()
                        .filter(v -> v.contains("\"#dark\""))
                        .toList(),
                "the dark theme's contrast");
    }

    @Test
    void the_widget_follows_prefers_color_scheme_when_the_host_allows_both() {
        env.otherPages.put("/both.html", String.format(java.util.Locale.ROOT, """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Both schemes</title>
        <link rel="stylesheet" href="/both.css"><script src="%s/widget.js" defer></script></head>
        <body><main><h1>Both</h1><lcs-search id="w" size="2" facets="none"></lcs-search></main></body></html>
        """, env.base));
        env.otherPages.put("/both.css", "html { color-scheme: light dark; }");
        prefersDark(env, true);
        env.driver.get(env.otherBase + "/both.html");
        env.waitFor(d -> env.<Boolean>js("return !!document.getElementById('w').shadowRoot?.querySelector('.w')"));
        assertTrue(darkWidget(env, "w"), "dark reader, host allows both: dark");
        prefersDark(env, false);
        env.waitFor(d -> !darkWidget(env, "w")); // follows the change without a reload
    }

    @Test
    void the_page_follows_prefers_color_scheme_and_passes_contrast_in_both_themes() throws IOException {
        for (boolean dark : new boolean[] {false, true}) {
            prefersDark(env, dark);
            env.openSearch("/?q=learning&type=profile");
            double bg = env.<Number>js(
                            "const c = getComputedStyle(document.body).backgroundColor.match(/\\d+/g); return +c[0]")
                    .doubleValue();
            assertTrue(
                    dark ? bg < 40 : bg > 240,
                    "body background red channel " + bg + " in the " + (dark ? "dark" : "light") + " theme");
            assertEquals(List.of(), Contrast.check(env).violations(), "search page contrast, dark=" + dark);
            env.open("/doc/web-ventspils?q=sea");
            env.waitFor(d -> !d.findElements(By.cssSelector("#related-list li")).isEmpty());
            assertEquals(List.of(), Contrast.check(env).violations(), "document view contrast, dark=" + dark);
            if (dark) {
                env.screenshot("state-page-dark-document");
            }
        }
    }
}
