package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import lcs.analytics.QueryIds;
import lcs.config.Secret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Recording events over HTTP, and the admin report over what was recorded. */
class AnalyticsApiTest {
    static final String TOKEN = "test-admin-token-0123456789";

    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl")
            .configured(c -> c.withAnalytics(true, null, new Secret(TOKEN), List.of(), 0, 40));

    static final String AUTH = "Bearer " + TOKEN;

    @BeforeEach
    void emptyStore() throws Exception {
        lcs.analytics.StoredEvents.empty(api.service().analytics().recorder());
    }

    static void flush() throws InterruptedException {
        api.service().analytics().recorder().flush(Duration.ofSeconds(10));
    }

    static String queryId(String q) {
        return api.search("q=" + TestService.enc(q)).get("queryId").asText();
    }

    static TestService.Response send(String json, String... headers) {
        return api.post("/api/events", json, headers);
    }

    static String searchEvent(String id, String q, long total, String filters) {
        return "{\"type\":\"search\",\"queryId\":\"" + id + "\",\"q\":\"" + q + "\",\"filters\":" + filters
                + ",\"lang\":\"en\",\"total\":" + total + "}";
    }

    static String clickEvent(String id, int position, String doc) {
        return "{\"type\":\"click\",\"queryId\":\"" + id + "\",\"position\":" + position + ",\"docId\":\"" + doc
                + "\"}";
    }

    static JsonNode report() {
        var r = api.get("/api/admin/analytics", "Authorization", AUTH);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    // ---- queryId

    @Test
    void every_search_answer_carries_its_own_query_id_even_from_the_cache() {
        String a = queryId("kindergarten");
        String b = queryId("kindergarten");
        assertNotNull(a);
        assertNotEquals(a, b);
        var r = api.get("/api/search?q=kindergarten");
        assertEquals("private, max-age=60", r.header("Cache-Control"));
        assertEquals(2, r.json().get("total").asLong(), "the answer itself is unchanged");
        var again = api.get("/api/search?q=kindergarten", "If-None-Match", r.header("ETag"));
        assertEquals(304, again.status());
        assertEquals("private, max-age=60", again.header("Cache-Control"), "a revalidation does not make it shareable");
    }

    // ---- recording

    @Test
    void a_search_and_its_clicks_are_recorded_and_reported() throws Exception {
        String id = queryId("Ljubljana");
        assertEquals(
                202,
                send(searchEvent(id, "  Ljubljana ", 1, "{\"country\":[\"slovenia\"]}"))
                        .status());
        assertEquals(202, send(clickEvent(id, 1, "fx-ljubljana")).status());
        String none = queryId("atlantis");
        assertEquals(202, send(searchEvent(none, "atlantis", 0, "{}")).status());
        flush();
        JsonNode r = report();
        assertEquals(2, r.get("searches").asLong());
        assertEquals(1, r.get("zeroResultSearches").asLong());
        assertEquals(0.5, r.get("clickThroughRate").asDouble(), 1e-9);
        assertEquals(1.0, r.get("averageClickPosition").asDouble(), 1e-9);
        assertEquals("atlantis", r.get("topSearches").get(0).get("query").asText(), "ties in alphabetical order");
        assertEquals("ljubljana", r.get("topSearches").get(1).get("query").asText(), "normalised");
        assertEquals(
                "atlantis", r.get("topZeroResultSearches").get(0).get("query").asText());
        assertEquals("Slovenia", r.get("topFilters").get(0).get("value").asText(), "canonical country name");
        assertEquals("fx-ljubljana", r.get("topDocuments").get(0).get("docId").asText());
        assertEquals("en", r.get("languages").get(0).get("lang").asText());
    }

    @Test
    void do_not_track_and_global_privacy_control_are_not_recorded() throws Exception {
        String id = queryId("riga");
        assertEquals(204, send(searchEvent(id, "riga", 1, "{}"), "DNT", "1").status());
        assertEquals(204, send(searchEvent(id, "riga", 1, "{}"), "Sec-GPC", "1").status());
        flush();
        assertEquals(0, report().get("searches").asLong());
    }

    @Test
    void refused_bodies_get_400_json_and_nothing_is_stored() throws Exception {
        String id = queryId("riga");
        String old =
                new QueryIds(key(), Clock.fixed(Instant.now().minus(Duration.ofMinutes(61)), ZoneOffset.UTC)).issue();
        String otherKey = new QueryIds(new byte[32], Clock.systemUTC()).issue();
        List<String> bad = List.of(
                "",
                "not json",
                "[]",
                "{\"type\":\"view\",\"queryId\":\"" + id + "\"}",
                searchEvent(id, "riga", 1, "{}")
                        .replace("}", ",\"ip\":\"1.2.3.4\"}")
                        .replaceFirst(",\"ip\":\"1.2.3.4\"}$", "}"),
                "{\"type\":\"search\",\"queryId\":\"" + id
                        + "\",\"q\":\"x\",\"lang\":\"en\",\"total\":1,\"userAgent\":\"x\"}",
                searchEvent("forged.id", "riga", 1, "{}"),
                searchEvent(old, "riga", 1, "{}"),
                searchEvent(otherKey, "riga", 1, "{}"),
                searchEvent(id, "riga", -1, "{}"),
                searchEvent(id, "riga", 1, "{\"colour\":[\"red\"]}"),
                searchEvent(id, "riga", 1, "{\"year\":[\"last year\"]}"),
                searchEvent(id, "riga", 1, "{\"country\":\"Latvia\"}"),
                searchEvent(id, "riga", 1, "{}").replace("\"en\"", "\"xx\""),
                searchEvent(id, "x".repeat(2100), 1, "{}"),
                clickEvent(id, 0, "fx-riga"),
                clickEvent(id, 101, "fx-riga"),
                clickEvent(id, 1, "../etc/passwd"),
                "{\"type\":\"click\",\"queryId\":\"" + id + "\",\"position\":1.5,\"docId\":\"fx-riga\"}");
        for (String body : bad) {
            var r = send(body);
            assertTrue(r.status() == 400 || r.status() == 413, body + " -> " + r.status() + " " + r.body());
            assertTrue(r.isJson(), body + " -> " + r.body());
        }
        flush();
        assertEquals(0, report().get("searches").asLong());
        assertEquals(0, report().get("clicks").asLong());
    }

    @Test
    void fuzzed_event_bodies_never_get_a_5xx() throws Exception {
        String id = queryId("riga");
        String valid = searchEvent(id, "riga", 1, "{\"country\":[\"Latvia\"]}");
        String click = clickEvent(id, 2, "fx-riga");
        var rnd = new Random(14);
        String alphabet = "{}[]\":,0123456789-.e \\u00ffabcdefghijklmnopqrstuvwxyz\u00e9\u4e2d\ud83d\ude00";
        int accepted = 0;
        for (int i = 0; i < 1500; i++) {
            var sb = new StringBuilder(rnd.nextBoolean() ? valid : click);
            int edits = 1 + rnd.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(sb.length() + 1);
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 1 -> {
                        if (at < sb.length()) {
                            sb.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < sb.length()) {
                            sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                        }
                    }
                }
            }
            var r = send(sb.toString());
            assertTrue(r.status() < 500, sb + " -> " + r.status() + " " + r.body());
            assertTrue(r.status() == 202 || r.status() == 400, sb + " -> " + r.status());
            assertTrue(r.isJson() || r.status() == 202, sb + " -> " + r.body());
            if (r.status() == 202) {
                accepted++;
            }
        }
        flush();
        JsonNode report = report();
        assertTrue(report.get("searches").asLong() <= 1 + accepted);
    }

    // ---- admin

    @Test
    void a_body_cut_short_by_the_client_is_a_400_not_a_500() throws Exception {
        // Content-Length promises 1,000 bytes; the client sends 10 and stops sending (as a browser
        // closed mid-upload does). Nothing is recorded and the answer is a JSON 400.
        try (var socket = new java.net.Socket("127.0.0.1", api.service().port())) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\nConnection: close\r\n\r\n{\"type\":\"")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("\"status\":400"), answer);
        }
        flush();
        assertEquals(0, report().get("searches").asLong());
    }

    @Test
    void the_admin_api_needs_the_token() {
        var none = api.get("/api/admin/analytics");
        assertEquals(401, none.status());
        assertTrue(none.isJson());
        assertEquals(
                401,
                api.get("/api/admin/analytics", "Authorization", "Bearer wrong-token-of-some-length")
                        .status());
        assertEquals(
                401, api.get("/api/admin/analytics", "Authorization", TOKEN).status(), "not a bearer header");
        assertEquals(200, api.get("/api/admin/analytics", "Authorization", AUTH).status());
    }

    @Test
    void the_admin_page_is_401_without_the_token_and_200_with_it() {
        var none = api.get("/admin");
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(200, api.get("/admin", "Authorization", AUTH).status());
        assertEquals(404, api.get("/admin.html").status(), "never as a plain static file");
    }

    @Test
    void the_report_checks_its_parameters() {
        for (String qs : new String[] {
            "from=yesterday",
            "to=2026-13-01",
            "from=2026-02-02&to=2026-02-01",
            "top=0",
            "top=x",
            "from=2020-01-01&to=2026-01-01"
        }) {
            var r = api.get("/api/admin/analytics?" + qs, "Authorization", AUTH);
            assertEquals(400, r.status(), qs);
            assertTrue(r.isJson(), qs);
        }
        var r = api.get("/api/admin/analytics?from=2026-01-01&to=2026-01-03&top=5", "Authorization", AUTH);
        assertEquals(200, r.status());
        assertEquals(3, r.json().get("perDay").size());
    }

    @Test
    void popular_queries_are_those_found_often_enough() throws Exception {
        for (int i = 0; i < 3; i++) {
            send(searchEvent(queryId("ljubljana"), "ljubljana", 1, "{}"));
            send(searchEvent(queryId("atlantis"), "atlantis", 0, "{}"));
        }
        send(searchEvent(queryId("riga"), "riga", 1, "{}"));
        flush();
        var r = api.get("/api/popular?size=5");
        assertEquals(200, r.status());
        assertEquals("[\"ljubljana\"]", r.json().get("queries").toString());
        assertEquals(400, api.get("/api/popular?size=0").status());
    }

    @Test
    void the_store_holds_no_client_address() throws Exception {
        String id = queryId("riga");
        send(searchEvent(id, "riga", 1, "{}"), "X-Forwarded-For", "203.0.113.9", "User-Agent", "TestAgent/1.0");
        send(clickEvent(id, 1, "fx-riga"), "X-Forwarded-For", "203.0.113.9");
        flush();
        api.service().analytics().recorder().store().close(); // checkpoint: the WAL goes into the file
        java.nio.file.Path dir = api.service().analytics() == null ? null : dataDir();
        try (var files = Files.list(dir)) {
            for (var f : files.filter(p -> p.getFileName().toString().startsWith("analytics.db"))
                    .toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains("127.0.0.1"), f.toString());
                assertFalse(bytes.contains("203.0.113.9"), f.toString());
                assertFalse(bytes.contains("TestAgent"), f.toString());
            }
        }
        assertTrue(
                new String(Files.readAllBytes(dataDir().resolve("analytics.db")), StandardCharsets.ISO_8859_1)
                        .contains("riga"),
                "the grep looks at the right file");
    }

    static java.nio.file.Path dataDir() {
        return api.index().getParent();
    }

    static byte[] key() throws Exception {
        return QueryIds.loadKey(null, dataDir().resolve("analytics.key"));
    }
}
