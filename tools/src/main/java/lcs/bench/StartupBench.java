package lcs.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lcs bench startup}: launches the server as {@code ./lcs serve --index DIR} does (the same
 * JVM flags and class path, without the launcher's shell and build check) and times the first
 * successful search answer, several times over.
 */
@Command(name = "startup", description = "Time from launching the server to its first search answer.")
final class StartupBench implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "index to serve")
    Path indexOption;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "launches (default ${DEFAULT-VALUE})")
    int runs;

    @Option(
            names = "--q",
            paramLabel = "WORDS",
            defaultValue = "learning city",
            description = "the first query (default ${DEFAULT-VALUE})")
    String q;

    @Option(
            names = "--java-options",
            paramLabel = "OPTS",
            defaultValue = "",
            description = "extra JVM options for the server")
    String javaOptionsOption;

    @Spec
    CommandSpec spec;

    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    /** One launch: time to the "ready" log line and to the first 200 answer to a search. */
    record Launch(double readySeconds, double answerSeconds) {}

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be 1 or more (got " + runs + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path index = indexOption.toAbsolutePath();
        Path root = Path.of(System.getProperty("lcs.root", ".")).toAbsolutePath();
        String classPath = root.resolve("tools/target/classes") + ":" + root.resolve("tools/target/lib") + "/*";
        String extra = javaOptionsOption.strip();
        List<String> javaOptions = extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));

        out.println("# lcs bench startup");
        out.println(Machine.describe());
        out.println("index: " + index + "; first query: " + q
                + (javaOptions.isEmpty() ? "" : "; extra JVM options: " + extra));
        var launches = new ArrayList<Launch>();
        for (int i = 1; i <= runs; i++) {
            Launch l = launch(root, classPath, javaOptions, index, q);
            launches.add(l);
            out.printf(
                    Locale.ROOT,
                    "run %d: ready logged after %.2f s, first answer after %.2f s (load %s)%n",
                    i,
                    l.readySeconds(),
                    l.answerSeconds(),
                    Machine.loadAverage());
        }
        double[] answers =
                launches.stream().mapToDouble(Launch::answerSeconds).sorted().toArray();
        out.printf(
                Locale.ROOT,
                "first answer: median %.2f s, min %.2f s, max %.2f s over %d runs (target ≤ 3 s)%n",
                answers[answers.length / 2],
                answers[0],
                answers[answers.length - 1],
                runs);
        return 0;
    }

    private static Launch launch(Path root, String classPath, List<String> javaOptions, Path index, String q)
            throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("lcs-bench-startup", ".log");
        var command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String heap = System.getenv("LCS_HEAP");
        if (heap != null && !heap.isBlank()) {
            command.add("-Xmx" + heap.strip());
        }
        command.addAll(javaOptions);
        command.addAll(List.of(
                "-XX:+UseParallelGC",
                "--enable-native-access=ALL-UNNAMED",
                "-Dlcs.root=" + root,
                "-cp",
                classPath,
                "lcs.http.ServeCommand",
                "--index",
                index.toString(),
                "--port",
                Integer.toString(port),
                "--cache",
                "off"));
        URI uri = URI.create(
                "http://127.0.0.1:" + port + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        double ready = Double.NaN;
        try {
            while (true) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (Double.isNaN(ready) && Files.readString(log).contains(" ready at ")) {
                    ready = elapsed;
                }
                if (!p.isAlive()) {
                    throw new IOException("the server exited with " + p.exitValue() + ":\n" + Files.readString(log));
                }
                if (elapsed > GIVE_UP.toSeconds()) {
                    throw new IOException("no answer after " + GIVE_UP.toSeconds() + " s:\n" + Files.readString(log));
                }
                try {
                    var res = client.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (res.statusCode() == 200) {
                        double answered = (System.nanoTime() - start) / 1e9;
                        if (Double.isNaN(ready) && Files.readString(log).contains(" ready at ")) {
                            ready = answered;
                        }
                        return new Launch(ready, answered);
                    }
                } catch (ConnectException | HttpTimeoutException e) {
                    // not listening yet
                } catch (IOException e) {
                    if (!(e.getCause() instanceof ConnectException)) {
                        throw e;
                    }
                }
                Thread.sleep(5);
            }
        } finally {
            p.destroy(); // SIGTERM: the server drains and exits 0
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            client.close();
            Files.deleteIfExists(log);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
