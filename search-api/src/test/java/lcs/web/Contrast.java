package lcs.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/** axe-core's colour-contrast rule on the current page, shadow roots included. */
final class Contrast {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Contrast() {}

    /** What axe checked and found, as "violation: target (ratio)" lines and how many nodes passed. */
    record Report(List<String> violations, int passed, int passedInShadowRoots) {}

    static Report check(WebEnvironment env) throws IOException {
        if (!Files.exists(WebEnvironment.AXE)) {
            throw new AssertionError(
                    WebEnvironment.AXE.toAbsolutePath() + " is missing: run npm ci --prefix search-api/src/test/js");
        }
        env.js(Files.readString(WebEnvironment.AXE));
        String raw = (String) ((JavascriptExecutor) env.driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations', 'passes'] })
          .then(r => done(JSON.stringify({ violations: r.violations, passes: r.passes })), e => done(JSON.stringify({ error: String(e) })));
        """);
        JsonNode r = JSON.readTree(raw);
        if (r.has("error")) {
            throw new AssertionError("axe failed: " + r.get("error").asText());
        }
        var violations = new ArrayList<String>();
        for (JsonNode v : r.get("violations")) {
            v.get("nodes")
                    .forEach(n -> violations.add(n.get("target") + " "
                            + n.get("any").path(0).path("message").asText()));
        }
        int passed = 0;
        int inShadow = 0;
        for (JsonNode p : r.get("passes")) {
            for (JsonNode n : p.get("nodes")) {
                passed++;
                // A target inside a shadow root is a path: [host selector, selector inside].
                if (n.get("target").path(0).isArray()) {
                    inShadow++;
                }
            }
        }
        return new Report(violations, passed, inShadow);
    }
}
