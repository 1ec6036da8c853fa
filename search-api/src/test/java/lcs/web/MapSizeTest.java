package lcs.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The map's budget: what the page fetches when the map is first shown (map.js, its stylesheet and
 * the projected shapes, as the service serves them from the classpath) is at most 60 KB gzipped.
 */
class MapSizeTest {
    private static final int BUDGET = 60 * 1024;

    private static int gzipped(String resource) throws IOException {
        try (InputStream in = MapSizeTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is not bundled (the build makes /web/map/world.json with npm)");
            var gz = new ByteArrayOutputStream();
            try (var out = new GZIPOutputStream(gz)) {
                out.write(in.readAllBytes());
            }
            return gz.size();
        }
    }

    @Test
    void map_code_style_and_shapes_gzipped_fit_in_60_kb() throws IOException {
        int total = 0;
        for (String r : List.of("/web/js/map.js", "/web/css/map.css", "/web/map/world.json")) {
            int n = gzipped(r);
            System.out.printf(java.util.Locale.ROOT, "%s: %,d bytes gzipped%n", r, n);
            total += n;
        }
        System.out.printf(java.util.Locale.ROOT, "map: %,d bytes gzipped (budget %,d)%n", total, BUDGET);
        assertTrue(total <= BUDGET, "the map is " + total + " bytes gzipped, over the " + BUDGET + " budget");
    }
}
