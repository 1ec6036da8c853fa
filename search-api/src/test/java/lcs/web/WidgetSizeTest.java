package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The widget's budget: widget.js, as the service serves it from the classpath, is at most 12 KB
 * gzipped. Without the map attribute or a region facet it loads nothing else (no imports, no
 * stylesheets) until a search finds nothing, so that is what it costs on the common path;
 * WidgetTest checks the same in the browser.
 */
class WidgetSizeTest {
    private static final int BUDGET = 12 * 1024;

    @Test
    void widget_js_gzipped_fits_in_12_kb() throws IOException {
        byte[] source;
        try (InputStream in = WidgetSizeTest.class.getResourceAsStream("/web/widget.js")) {
            assertTrue(in != null, "widget.js is not bundled at /web/widget.js");
            source = in.readAllBytes();
        }
        String text = new String(source, java.nio.charset.StandardCharsets.UTF_8);
        // The exceptions, on demand from the service: <lcs-search map> imports the page's map module
        // (MapSizeTest has its budget), and the map, "did you mean" and the language notice the page's
        // string table (js/i18n.js). Both as esbuild writes them: import(<the service> + "/js/….js").
        var onDemandImport = java.util.regex.Pattern.compile("import\\([\\w.]+\\+\"/js/(map|i18n)\\.js\"\\)");
        assertEquals(2, onDemandImport.matcher(text).results().count(), "the two on-demand imports");
        String onDemand = onDemandImport.matcher(text).replaceAll("");
        assertFalse(
                onDemand.matches("(?s).*\\bimport\\s*[({'\"].*|.*@import.*|.*<link.*"), "widget.js loads other files");
        var gz = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gz)) {
            out.write(source);
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "widget.js: %,d bytes, %,d gzipped (budget %,d)%n",
                source.length,
                gz.size(),
                BUDGET);
        assertTrue(gz.size() <= BUDGET, "widget.js is " + gz.size() + " bytes gzipped, over the " + BUDGET + " budget");
    }
}
