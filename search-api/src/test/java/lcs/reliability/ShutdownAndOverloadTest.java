package lcs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lcs.http.Service;
import lcs.index.IndexBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM during load drains and exits 0; past the request limit the server answers 503. */
class ShutdownAndOverloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The site of a widget that searches this server cross-origin. */
    private static final String ORIGIN = "https://city.example";

    private static final Pattern READY = Pattern.compile("ready at http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void sigterm_during_load_answers_every_accepted_request_in_full_and_exits_0() throws Exception {
        Path index = tmp.resolve("index");
        new IndexBuilder(false).build(ReliabilityFixtures.corpus(tmp.resolve("c"), "s", 40), index);
        Process server = new ProcessBuilder(
                        ReliabilityFixtures.serveCommand("--index", index.toString(), "--port", "0"))
                .redirectErrorStream(true)
                .start();
        var out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        int port = -1;
        for (String line; port < 0 && (line = out.readLine()) != null; ) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
        }
        assertTrue(port > 0, "server never said it was ready");
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();

        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/search?q=lantern+library&size=40");
        var stop = new AtomicBoolean();
        var complete = new AtomicInteger();
        var truncated = new CopyOnWriteArrayList<String>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                while (!stop.get()) {
                    HttpResponse<String> res;
                    try {
                        res = client.send(
                                HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(15))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        continue; // refused or closed before an answer began: not an accepted request
                    }
                    try {
                        JsonNode body = JSON.readTree(res.body());
                        if (res.statusCode() == 200 && body.get("hits").size() != 40) {
                            truncated.add("partial hits: " + body.get("hits").size());
                        } else if (res.statusCode() == 200) {
                            complete.incrementAndGet();
                        } else if (res.statusCode() != 503) {
                            truncated.add("status " + res.statusCode());
                        }
                    } catch (Exception e) {
                        truncated.add("body not complete JSON: " + e);
                    }
                }
            });
        }
        // Under load from a busy machine the first answers can take seconds: stop once the load is real.
        long loadDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (complete.get() <= 10 && System.nanoTime() < loadDeadline) {
            Thread.sleep(100);
        }
        long sent = System.nanoTime();
        server.destroy(); // SIGTERM
        boolean exited = server.waitFor(10, TimeUnit.SECONDS);
        long stopMs = (System.nanoTime() - sent) / 1_000_000;
        stop.set(true);
        clients.shutdown();
        clients.awaitTermination(20, TimeUnit.SECONDS);
        if (!exited) {
            server.destroyForcibly();
        }
        assertTrue(exited, "still running 10 s after SIGTERM");
        assertEquals(0, server.exitValue(), "exit status after SIGTERM (" + stopMs + " ms)");
        assertEquals(List.of(), truncated);
        assertTrue(complete.get() > 10, "only " + complete.get() + " complete answers before the stop");
    }

    @Test
    void past_the_request_limit_the_server_answers_503_with_retry_after_cors_and_json() throws Exception {
        // A widget on another site must read the 503 (and its Retry-After) to say "busy" and retry.
        try (Service service = serveWithFourSlots("o", 60, "--cache", "off", "--reload-seconds", "60")) {
            HttpClient client = HttpClient.newBuilder().build();
            int busy = 0;
            var others = new ArrayList<String>();
            for (int round = 0; round < 5 && busy == 0; round++) {
                var start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(64);
                var futures = new ArrayList<Future<HttpResponse<String>>>();
                for (int i = 0; i < 64; i++) {
                    String q = "lantern library volunteers parade evening " + round + "_" + i;
                    URI uri = URI.create("http://127.0.0.1:" + service.port() + "/api/search?size=60&explain=true&q="
                            + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
                    futures.add(pool.submit(() -> {
                        start.await();
                        return client.send(
                                HttpRequest.newBuilder(uri)
                                        .header("Origin", ORIGIN)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                    }));
                }
                start.countDown();
                for (var f : futures) {
                    HttpResponse<String> res = f.get(60, TimeUnit.SECONDS);
                    if (res.statusCode() == 503) {
                        busy++;
                        assertBusyAnswer(res);
                        assertTrue(
                                res.headers()
                                        .firstValue("Access-Control-Expose-Headers")
                                        .orElse("")
                                        .contains("Retry-After"),
                                res.headers().toString());
                    } else if (res.statusCode() != 200) {
                        others.add(res.statusCode() + " " + res.body());
                    }
                }
                pool.shutdown();
            }
            assertEquals(List.of(), others);
            assertTrue(busy > 0, "64 simultaneous requests against 4 slots and a queue of 1 never got a 503");
        }
    }

    @Test
    void a_request_that_waited_in_the_queue_past_its_limit_gets_503_with_retry_after_and_cors() throws Exception {
        var stalled = new ArrayList<java.net.Socket>();
        // Analytics on: an event upload is a request whose handler waits for its body.
        try (Service service = serveWithFourSlots("q", 10, "--analytics", "on")) {
            try {
                // Four uploads that announce 1,000 bytes and send one hold the four slots.
                for (int i = 0; i < 4; i++) {
                    var socket = new java.net.Socket("127.0.0.1", service.port());
                    socket.getOutputStream()
                            .write(("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                                            + "Content-Length: 1000\r\n\r\n{")
                                    .getBytes(StandardCharsets.US_ASCII));
                    stalled.add(socket);
                }
                Thread.sleep(500);
                long start = System.nanoTime();
                HttpResponse<String> res = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(
                                                "http://127.0.0.1:" + service.port() + "/api/search?q=lantern"))
                                        .header("Origin", ORIGIN)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                long waitedMs = (System.nanoTime() - start) / 1_000_000;
                assertBusyAnswer(res);
                assertTrue(waitedMs >= 4000, "answered after " + waitedMs + " ms: not the queue's time limit");
            } finally {
                // Before the service stops, which would wait for them.
                for (var socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    /**
     * Serves {@code documents} generated documents with four request slots and a queue of one, a
     * limit a test can reach, to {@link #ORIGIN} cross-origin; {@code flags} add to that.
     */
    private Service serveWithFourSlots(String idPrefix, int documents, String... flags) throws Exception {
        var all = new ArrayList<>(List.of("--threads", "4", "--queue", "1", "--cors", ORIGIN));
        all.addAll(List.of(flags));
        return ReliabilityFixtures.serve(
                tmp, ReliabilityFixtures.corpus(tmp.resolve("c"), idPrefix, documents), all.toArray(String[]::new));
    }

    /** The busy answer a widget on {@link #ORIGIN} can read: 503, Retry-After 1, CORS, a JSON error. */
    private static void assertBusyAnswer(HttpResponse<String> res) throws java.io.IOException {
        assertEquals(503, res.statusCode(), res.body());
        assertEquals("1", res.headers().firstValue("Retry-After").orElse(null));
        assertEquals(
                ORIGIN,
                res.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                res.headers().toString());
        assertEquals(503, JSON.readTree(res.body()).get("error").get("status").asInt());
    }
}
