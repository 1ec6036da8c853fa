package lcs.reliability;

import static lcs.reliability.ReliabilityFixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import lcs.http.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding the served index under load: no failed request, no request seeing two versions. */
class HotReindexTest {
    @TempDir
    Path tmp;

    @Test
    void three_rebuilds_under_load_fail_no_request_and_mix_no_versions() throws Exception {
        try (var served = ReliabilityFixtures.Swapping.start(tmp, 1)) {
            var failures = new CopyOnWriteArrayList<String>();
            Map<String, Long> totalByVersion = new ConcurrentHashMap<>();
            var answered = new AtomicInteger();
            var load = ReliabilityFixtures.Load.start(6, failures, (client, repeat) -> {
                HttpResponse<String> res = served.get("/api/search?q=lantern&size=20");
                JsonNode body = JSON.readTree(res.body());
                if (res.statusCode() != 200) {
                    failures.add(res.statusCode() + " " + res.body());
                    return;
                }
                long total = body.get("total").asLong();
                long hits = body.get("hits").size();
                Long previous =
                        totalByVersion.putIfAbsent(body.get("indexVersion").asText(), total);
                if (total != hits || (previous != null && previous != total)) {
                    failures.add("mixed answer: total " + total + ", hits " + hits + ", version "
                            + body.get("indexVersion"));
                }
                answered.incrementAndGet();
            });
            for (int round = 0; round < 3; round++) {
                Thread.sleep(300);
                served.swap(round);
            }
            Thread.sleep(300);
            load.stop();

            assertEquals(List.of(), failures);
            assertTrue(answered.get() > 20, "only " + answered.get() + " answers");
            assertEquals(4, totalByVersion.size(), "versions seen: " + totalByVersion);
            assertEquals(java.util.Set.of(3L, 7L), java.util.Set.copyOf(totalByVersion.values()));
            JsonNode health = JSON.readTree(served.get("/api/health").body());
            assertEquals(7, health.get("documents").asInt());
        }
    }

    @Test
    void a_corrupt_new_commit_is_refused_and_the_old_index_kept() throws Exception {
        try (var served = ReliabilityFixtures.Swapping.start(tmp, 60)) {
            Service service = served.service();
            String before = service.searcher().version();
            served.rebuild(0); // the 7 documents
            // Flip bytes in the middle of the new commit's compound files, as a torn copy would.
            try (Stream<Path> files = Files.list(served.index())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".cfs")).toList()) {
                    try (var ch = Files.newByteChannel(f, StandardOpenOption.WRITE)) {
                        ch.position(Files.size(f) / 2);
                        ch.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
                    }
                }
            }
            service.reloadNow();
            assertEquals(before, service.searcher().version());
            assertEquals(3, service.searcher().documents());
            HttpResponse<String> res = served.get("/api/search?q=lantern");
            assertEquals(200, res.statusCode());
            assertEquals(3, JSON.readTree(res.body()).get("total").asInt());
        }
    }
}
