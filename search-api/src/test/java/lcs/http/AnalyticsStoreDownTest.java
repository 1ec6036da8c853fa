package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lcs.analytics.TemporaryPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording never gets in the way of searching: with the analytics database unreachable, or
 * stopped while the service runs, searches still answer 200 and /metrics counts the lost events.
 */
class AnalyticsStoreDownTest {
    @TempDir
    Path tmp;

    static double metric(TestService api, String name, String reason) {
        String text = api.get("/metrics").body();
        Matcher m = Pattern.compile("(?m)^" + name + "_total\\{reason=\"" + reason + "\"\\} (\\S+)$")
                .matcher(text);
        assertTrue(
                m.find(),
                name + " " + reason + " in\n"
                        + text.lines()
                                .filter(l -> l.startsWith("lcs_analytics"))
                                .toList());
        return Double.parseDouble(m.group(1));
    }

    static void searchAndReport(TestService api, int times) {
        for (int i = 0; i < times; i++) {
            var r = api.get("/api/search?q=riga");
            assertEquals(200, r.status());
            String id = r.json().get("queryId").asText();
            var e = api.post(
                    "/api/events",
                    "{\"type\":\"search\",\"queryId\":\"" + id + "\",\"q\":\"riga\",\"lang\":\"en\",\"total\":1}");
            assertEquals(202, e.status(), e.body());
        }
    }

    @Test
    void an_unreachable_sqlite_file_drops_events_and_searches_still_answer() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("plain-file"), "x");
        String url = "jdbc:sqlite:" + notAFolder.resolve("analytics.db");
        var api = TestService.serving("profiles-6.jsonl")
                .configured(c -> c.withAnalytics(true, url, null, List.of(), 0, 40));
        api.beforeAll(null);
        try {
            searchAndReport(api, 5);
            api.service().analytics().recorder().flush(Duration.ofSeconds(10));
            assertEquals(5.0, metric(api, "lcs_analytics_events_dropped", "write_failed"));
            assertEquals(200, api.get("/api/search?q=latvia").status());
        } finally {
            api.afterAll(null);
        }
    }

    @Test
    void a_postgres_server_stopped_while_serving_drops_events_and_searches_still_answer() throws Exception {
        assumeTrue(
                TemporaryPostgres.unavailable().isEmpty(),
                TemporaryPostgres.unavailable().orElse(""));
        try (var pg = TemporaryPostgres.start()) {
            var api = TestService.serving("profiles-6.jsonl")
                    .configured(c -> c.withAnalytics(true, pg.jdbcUrl(), null, List.of(), 0, 40));
            api.beforeAll(null);
            try {
                searchAndReport(api, 3);
                var recorder = api.service().analytics().recorder();
                recorder.flush(Duration.ofSeconds(10));
                assertEquals(3, recorder.written());
                pg.stop();
                searchAndReport(api, 4);
                recorder.flush(Duration.ofSeconds(20));
                assertEquals(4.0, metric(api, "lcs_analytics_events_dropped", "write_failed"));
                assertEquals(0.0, metric(api, "lcs_analytics_events_dropped", "queue_full"));
                assertEquals(200, api.get("/api/search?q=latvia").status());
            } finally {
                api.afterAll(null);
            }
        }
    }
}
