package lcs.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import lcs.config.Config;
import lcs.corpus.InvalidCorpusException;
import lcs.http.Service;
import lcs.index.IndexBuilder;
import lcs.search.SnapshotManager;

/** Small generated corpora for the reliability tests: n documents that all match "lantern". */
final class ReliabilityFixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReliabilityFixtures() {}

    static Path corpus(Path dir, String prefix, int n) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lines.add("{\"id\":\"" + prefix + "-" + i + "\",\"type\":\"news\",\"title\":\"Lantern evening " + i
                    + "\",\"country\":\"Latvia\",\"date\":\"2024-0" + (1 + i % 9) + "-1" + (i % 9)
                    + "\",\"language\":\"en\",\"body\":\"A paper lantern parade and a reading evening, number " + i
                    + ", with volunteers and a library.\",\"source\":\"synthetic test fixture\"}");
        }
        Path file = dir.resolve(prefix + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return dir;
    }

    /** Builds an index of {@code corpus} in {@code tmp/index} and serves it in this JVM on a free port. */
    static Service serve(Path tmp, Path corpus, String... flags) throws IOException, InvalidCorpusException {
        Path index = tmp.resolve("index");
        new IndexBuilder(false).build(corpus, index);
        return Service.start(Config.forIndex(index, tmp, flags), SnapshotManager.open(index));
    }

    /**
     * A served index rebuilt in place from one of two corpora told apart by their ids and totals:
     * {@code a-1..a-3} (3 documents, served first) and {@code b-1..b-7} (7), all matching "lantern".
     */
    record Swapping(Path small, Path large, Path index, Service service) implements AutoCloseable {
        static Swapping start(Path tmp, int reloadSeconds) throws IOException, InvalidCorpusException {
            Path small = corpus(tmp.resolve("c3"), "a", 3);
            Path large = corpus(tmp.resolve("c7"), "b", 7);
            Service service =
                    serve(tmp, small, "--cache", "maximumSize=1000", "--reload-seconds", String.valueOf(reloadSeconds));
            return new Swapping(small, large, tmp.resolve("index"), service);
        }

        /** Rebuilds the index from the 7-document corpus on even rounds, the 3-document one on odd. */
        void rebuild(int round) throws IOException, InvalidCorpusException {
            new IndexBuilder(false).build(round % 2 == 0 ? large : small, index);
        }

        /** Rebuilds as {@link #rebuild} does and has the service swap to the new index now. */
        void swap(int round) throws IOException, InvalidCorpusException {
            rebuild(round);
            service.reloadNow();
        }

        /** GET on the served index, with header name/value pairs. */
        HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + pathAndQuery));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            service.close();
        }
    }

    /** Client threads that each repeat a step until stopped; an exception a step throws is a failure. */
    static final class Load {
        /** One request of one client; {@code repeat} counts that client's steps from 0. */
        interface Step {
            void run(int client, int repeat) throws Exception;
        }

        private final AtomicBoolean stop = new AtomicBoolean();
        private final ExecutorService clients;

        private Load(int clients, List<String> failures, Step step) {
            this.clients = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                this.clients.submit(() -> {
                    for (int repeat = 0; !stop.get(); repeat++) {
                        try {
                            step.run(client, repeat);
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }
        }

        /** Starts {@code clients} threads repeating {@code step}, adding its exceptions to {@code failures}. */
        static Load start(int clients, List<String> failures, Step step) {
            return new Load(clients, failures, step);
        }

        /** Stops the clients after their current step; fails if one is still running 30 s later. */
        void stop() throws InterruptedException {
            stop.set(true);
            clients.shutdown();
            if (!clients.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new AssertionError("clients still running 30 s after the stop");
            }
        }
    }

    /**
     * The command that serves {@code args} from a child JVM on this class path, without the
     * per-client rate limit (load from one address would meet it, 429, on a quick machine) and
     * without analytics (which would write a database into the working folder).
     */
    static List<String> serveCommand(String... args) {
        var cmd = new ArrayList<String>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(List.of("lcs.http.ServeCommand", "--rate-limit", "off", "--analytics", "off"));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
