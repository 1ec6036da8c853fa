package lcs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import lcs.config.Config;
import lcs.http.Service;
import lcs.index.IndexBuilder;
import lcs.search.SnapshotManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding the served index under load: no failed request, no request seeing two versions. */
class HotReindexTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tmp;

    @Test
    void three_rebuilds_under_load_fail_no_request_and_mix_no_versions() throws Exception {
        Path small = ReliabilityFixtures.corpus(tmp.resolve("c3"), "a", 3);
        Path large = ReliabilityFixtures.corpus(tmp.resolve("c7"), "b", 7);
        Path index = tmp.resolve("index");
        new IndexBuilder(false).build(small, index);
        var cfg = Config.forIndex(index, tmp, "--cache", "maximumSize=1000", "--reload-seconds", "1");
        try (Service service = Service.start(cfg, SnapshotManager.open(index))) {
            String url = "http://127.0.0.1:" + service.port() + "/api/search?q=lantern&size=20";
            var failures = new CopyOnWriteArrayList<String>();
            Map<String, Long> totalByVersion = new ConcurrentHashMap<>();
            var stop = new AtomicBoolean();
            var answered = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(6);
            for (int c = 0; c < 6; c++) {
                clients.submit(() -> {
                    while (!stop.get()) {
                        try {
                            HttpResponse<String> res = CLIENT.send(
                                    HttpRequest.newBuilder(URI.create(url)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            JsonNode body = JSON.readTree(res.body());
                            if (res.statusCode() != 200) {
                                failures.add(res.statusCode() + " " + res.body());
                                continue;
                            }
                            long total = body.get("total").asLong();
                            long hits = body.get("hits").size();
                            Long previous = totalByVersion.putIfAbsent(
                                    body.get("indexVersion").asText(), total);
                            if (total != hits || (previous != null && previous != total)) {
                                failures.add("mixed answer: total " + total + ", hits " + hits + ", version "
                                        + body.get("indexVersion"));
                            }
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }
            for (int round = 0; round < 3; round++) {
                Thread.sleep(300);
                new IndexBuilder(false).build(round % 2 == 0 ? large : small, index);
                service.reloadNow();
            }
            Thread.sleep(300);
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));

            assertEquals(List.of(), failures);
            assertTrue(answered.get() > 20, "only " + answered.get() + " answers");
            assertEquals(4, totalByVersion.size(), "versions seen: " + totalByVersion);
            assertEquals(java.util.Set.of(3L, 7L), java.util.Set.copyOf(totalByVersion.values()));
            JsonNode health = JSON.readTree(CLIENT.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            assertEquals(7, health.get("documents").asInt());
        }
    }

    @Test
    void a_corrupt_new_commit_is_refused_and_the_old_index_kept() throws Exception {
        Path small = ReliabilityFixtures.corpus(tmp.resolve("c3"), "a", 3);
        Path large = ReliabilityFixtures.corpus(tmp.resolve("c7"), "b", 7);
        Path index = tmp.resolve("index");
        new IndexBuilder(false).build(small, index);
        var cfg = Config.forIndex(index, tmp, "--cache", "maximumSize=1000", "--reload-seconds", "60");
        try (Service service = Service.start(cfg, SnapshotManager.open(index))) {
            String before = service.searcher().version();
            new IndexBuilder(false).build(large, index);
            // Flip bytes in the middle of the new commit's compound files, as a torn copy would.
            try (Stream<Path> files = Files.list(index)) {
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
            String url = "http://127.0.0.1:" + service.port() + "/api/search?q=lantern";
            HttpResponse<String> res =
                    CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, res.statusCode());
            assertEquals(3, JSON.readTree(res.body()).get("total").asInt());
        }
    }
}
