package lcs.reliability;

import static lcs.reliability.ReliabilityFixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12: no stale or mixed answer across index swaps. Clients search through six rebuilds
 * with the response cache on, repeating a few requests (so the cache answers most of them) and
 * sending back the ETag they last saw; on every response the ETag, the {@code indexVersion} and
 * the body must belong to one version, and a version's answers never change.
 */
class SwapConsistencyTest {
    private static final List<String> QUERIES =
            List.of("q=lantern&size=20", "q=lantern+evening&size=20", "q=lantern&country=Latvia&size=20", "q=&size=20");

    @TempDir
    Path tmp;

    @Test
    void every_response_through_six_swaps_belongs_to_one_version() throws Exception {
        // Two corpora told apart by their ids ("a-1".."a-3" and "b-1".."b-7") and totals.
        try (var served = ReliabilityFixtures.Swapping.start(tmp, 60)) {
            String base = "/api/search?";
            var failures = new CopyOnWriteArrayList<String>();
            Map<String, String> bodyByVersionAndQuery = new ConcurrentHashMap<>();
            Map<String, String> prefixByVersion = new ConcurrentHashMap<>();
            Map<String, String> etagByVersionAndQuery = new ConcurrentHashMap<>();
            var answered = new AtomicInteger();
            var notModified = new AtomicInteger();
            String[] lastEtag = new String[6]; // by client
            var load = ReliabilityFixtures.Load.start(6, failures, (client, repeat) -> {
                String query = QUERIES.get((client + repeat) % QUERIES.size());
                HttpResponse<String> res = lastEtag[client] != null && repeat % 3 == 0
                        ? served.get(base + query, "If-None-Match", lastEtag[client])
                        : served.get(base + query);
                String etag = res.headers().firstValue("ETag").orElse(null);
                if (res.statusCode() == 304) {
                    notModified.incrementAndGet();
                    return;
                }
                if (res.statusCode() != 200 || etag == null) {
                    failures.add(res.statusCode() + " " + etag + " " + res.body());
                    return;
                }
                JsonNode body = JSON.readTree(res.body());
                String version = body.get("indexVersion").asText();
                if (!etag.startsWith("\"" + version + "-")) {
                    failures.add("ETag " + etag + " with indexVersion " + version);
                }
                // The hits of one version all come from one corpus, and the same one every time.
                String prefix = body.get("hits").get(0).get("id").asText().substring(0, 2);
                for (JsonNode hit : body.get("hits")) {
                    if (!hit.get("id").asText().startsWith(prefix)) {
                        failures.add("hits of two corpora in one answer: " + body.get("hits"));
                    }
                }
                String seen = prefixByVersion.putIfAbsent(version, prefix);
                if (seen != null && !seen.equals(prefix)) {
                    failures.add("version " + version + " answered from corpus " + seen + " and " + prefix);
                }
                long expectedTotal = prefix.equals("a-") ? 3 : 7;
                if (body.get("total").asLong() != expectedTotal
                        || body.get("hits").size() != expectedTotal) {
                    failures.add("version " + version + " (" + prefix + "): total " + body.get("total"));
                }
                // Apart from its timing, an answer of one version to one request never changes.
                ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("tookMs");
                String old = bodyByVersionAndQuery.putIfAbsent(version + " " + query, body.toString());
                if (old != null && !old.equals(body.toString())) {
                    failures.add("two answers of version " + version + " to " + query);
                }
                etagByVersionAndQuery.put(version + " " + query, etag);
                lastEtag[client] = etag;
                answered.incrementAndGet();
            });
            for (int round = 0; round <= 6; round++) {
                // Each version answers a few dozen requests (whatever the machine's load) before the next swap.
                int before = answered.get();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (answered.get() < before + 30 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                if (round < 6) {
                    served.swap(round);
                }
            }
            load.stop();

            assertEquals(List.of(), failures);
            assertTrue(answered.get() > 50, "only " + answered.get() + " answers");
            assertEquals(7, prefixByVersion.size(), "versions seen: " + prefixByVersion);
            assertEquals(Set.of("a-", "b-"), Set.copyOf(prefixByVersion.values()));

            // An ETag of a replaced version is never answered "not modified".
            String current = served.service().searcher().version();
            String stale = etagByVersionAndQuery.entrySet().stream()
                    .filter(e -> e.getKey().endsWith(" " + QUERIES.get(0))
                            && !e.getKey().startsWith(current + " "))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow();
            HttpResponse<String> res = served.get(base + QUERIES.get(0), "If-None-Match", stale);
            assertEquals(200, res.statusCode());
            assertEquals(current, JSON.readTree(res.body()).get("indexVersion").asText());
        }
    }
}
