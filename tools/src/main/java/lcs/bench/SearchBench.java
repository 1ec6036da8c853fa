package lcs.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import lcs.config.Config;
import lcs.http.Service;
import lcs.query.Aliases;
import lcs.query.SearchRequest;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lcs bench search}: closed-loop HTTP load on the real server (started in this JVM, or
 * already running at {@code --url}), then the same queries through {@link Searcher#search} in
 * process with as many threads, for each client count; then the server's memory.
 */
@Command(
        name = "search",
        description = {
            "Closed-loop HTTP load on the real server started here (--index), or on one already "
                    + "running on loopback (--url), then the same queries in process."
        })
final class SearchBench implements Callable<Integer> {
    /** The command line; the load it asks for is the immutable {@link Load} built from it. */
    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "index to serve here (or, with --url, to compare in process)")
    Path indexOption;

    @Option(names = "--url", paramLabel = "URL", description = "a server already running at http://127.0.0.1:PORT")
    String urlOption;

    @Option(names = "--pid", paramLabel = "PID", description = "that server's process id, for its CPU and memory")
    Long pidOption;

    @Option(
            names = "--queries",
            required = true,
            paramLabel = "FILE",
            description = "query mix (queries.tsv of lcs generate)")
    Path queriesOption;

    @Option(
            names = "--clients",
            paramLabel = "N,N",
            split = ",",
            defaultValue = "1,2,8,32",
            description = "client counts (default ${DEFAULT-VALUE})")
    List<Integer> clientsOption;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            defaultValue = "20",
            description = "measured seconds per step (default ${DEFAULT-VALUE})")
    long secondsOption;

    @Option(
            names = "--warmup",
            paramLabel = "S",
            defaultValue = "5",
            description = "warm-up seconds (default ${DEFAULT-VALUE})")
    long warmupOption;

    @Option(
            names = "--cache",
            paramLabel = "MODE",
            description = "off, on or both (default off; only for a server started here)")
    String cacheOption;

    @Option(
            names = "--max-requests",
            paramLabel = "N",
            defaultValue = "5000000",
            description = "per step (default ${DEFAULT-VALUE})")
    long maxRequestsOption;

    @Option(
            names = "--size",
            paramLabel = "N",
            defaultValue = "10",
            description = "hits per request (default ${DEFAULT-VALUE})")
    int sizeOption;

    @Option(
            names = "--peers",
            paramLabel = "CORPUS",
            description =
                    "then lcs, bare Lucene and Solr (if built with -P solr) side by side, in process, over CORPUS "
                            + "(the corpus --index was built from)")
    Path peersOption;

    @Option(
            names = "--peer-indexes",
            paramLabel = "DIR",
            description = "with --peers: keep the bare-Lucene and Solr indexes in DIR and reuse them on the next run "
                    + "(default: built in a temporary folder and removed), so a quiet window is spent measuring")
    Path peerIndexesOption;

    @Spec
    CommandSpec spec;

    private static final Map<String, String> CACHE_SPECS = Map.of("off", "off", "on", "maximumSize=10000");

    /** One row of the report: one cache setting and client count. */
    record Row(String cache, ClosedLoop.Outcome http, ClosedLoop.Outcome inProcess, long responseBytes, String load) {
        /** The HTTP figures in the order and units both its line and its table row begin with. */
        Object[] httpFigures() {
            return new Object[] {
                cache,
                http.clients(),
                http.throughput(),
                http.millis(50),
                http.millis(95),
                http.millis(99),
                http.millis(100),
                http.errors()
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        Path index = indexOption;
        String url = urlOption;
        if (index == null && url == null) {
            throw usage("give --index DIR (the server is started here) or --url of a running one");
        }
        if (url != null && cacheOption != null) {
            throw usage("--cache applies to the server started here; with --url the server's own setting holds");
        }
        if (url == null && pidOption != null) {
            throw usage("--pid goes with --url (the server started here is this process)");
        }
        String cache = cacheOption == null ? "off" : cacheOption;
        if (!Set.of("on", "off", "both").contains(cache)) {
            throw usage("--cache must be one of both, off, on (got \"" + cache + "\")");
        }
        if (sizeOption < 1
                || secondsOption < 1
                || warmupOption < 0
                || maxRequestsOption < 1
                || clientsOption.stream().anyMatch(n -> n < 1)) {
            throw usage("--size, --seconds, --max-requests and --clients must be 1 or more, --warmup 0 or more");
        }
        URI base;
        try {
            base = url == null ? null : loopback(url);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        var load = new Load(
                QueryMix.read(queriesOption),
                sizeOption,
                clientsOption,
                Duration.ofSeconds(warmupOption),
                Duration.ofSeconds(secondsOption),
                maxRequestsOption);
        long pid = pidOption == null ? -1 : pidOption;

        out.println("# lcs bench search");
        out.println(Machine.describe());
        out.printf(
                Locale.ROOT,
                "queries: %d from %s, size=%d; clients %s; warm-up %d s, measured %d s (at most %d requests)%n",
                load.mix().size(),
                queriesOption,
                load.size(),
                load.clientCounts(),
                load.warmup().toSeconds(),
                load.seconds().toSeconds(),
                load.maxRequests());
        var rows = new ArrayList<Row>();
        if (base != null) {
            Searcher local = index == null ? null : new Searcher(SnapshotManager.open(index), Aliases.bundled());
            out.println("server: " + base + (pid > 0 ? " (pid " + pid + ")" : "")
                    + (local == null ? "; no --index, so no in-process comparison" : "; in-process over " + index));
            LongSupplier serverCpu = pid > 0 ? () -> Machine.processCpuNanos(pid) : null;
            rows.addAll(pass(out, load, "as served", base, local, null, serverCpu));
            remoteMemory(out, base, pid);
            if (local != null) {
                local.snapshots().close();
            }
        } else {
            Map<Integer, ClosedLoop.Outcome> inProcess = null;
            BenchCommand.silenceAccessLog(System.getenv());
            for (String mode : cache.equals("both") ? List.of("off", "on") : List.of(cache)) {
                Path tmp = Files.createTempDirectory("lcs-bench-data");
                var cfg = Config.forIndex(
                        index,
                        tmp,
                        "--cache",
                        CACHE_SPECS.get(mode),
                        "--reload-seconds",
                        "60",
                        "--threads",
                        "64",
                        "--queue",
                        "1024");
                try (Service service = Service.start(cfg, SnapshotManager.open(index))) {
                    URI server = URI.create("http://127.0.0.1:" + service.port());
                    out.printf(
                            Locale.ROOT,
                            "server: in process at %s, cache %s, %d documents%n",
                            server,
                            cfg.cacheSpec(),
                            service.searcher().documents());
                    List<Row> pass = pass(
                            out,
                            load,
                            "cache " + mode,
                            server,
                            service.searcher(),
                            inProcess,
                            Machine::processCpuNanos);
                    rows.addAll(pass);
                    if (inProcess == null) {
                        inProcess = new java.util.HashMap<>();
                        for (Row r : pass) {
                            inProcess.put(r.http().clients(), r.inProcess());
                        }
                    }
                    out.printf(
                            Locale.ROOT,
                            "memory (server, load generator and in-process runs share this JVM): "
                                    + "heap after GC %s, %s, max heap %s%n",
                            Machine.mb(Machine.heapAfterGc()),
                            Machine.rssBreakdownSelf(),
                            Machine.mb(Runtime.getRuntime().maxMemory()));
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
        table(out, rows);
        // --peers CORPUS: lcs, bare Lucene and Solr side by side, in process, on the same mix.
        Path corpus = peersOption;
        List<Peers.Result> peers = List.of();
        if (corpus != null) {
            if (index == null) {
                throw usage("--peers CORPUS needs --index (the lcs index built from that corpus)");
            }
            out.println();
            out.println("## side by side (in process, one system after the other): corpus " + corpus);
            peers = Peers.run(out, corpus, index, queriesOption, load, peerIndexesOption);
            Peers.table(out, peers);
        }
        return rows.stream().anyMatch(r -> r.http().errors() > 0)
                        || peers.stream().anyMatch(p -> p.errors() > 0)
                ? 1
                : 0;
    }

    /** Every client count against one server: HTTP first, then in process unless already measured. */
    private static List<Row> pass(
            PrintWriter out,
            Load load,
            String label,
            URI server,
            Searcher searcher,
            Map<Integer, ClosedLoop.Outcome> inProcessDone,
            LongSupplier httpCpu)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<HttpRequest> requests = load.mix().entries().stream()
                .map(e -> HttpRequest.newBuilder(server.resolve(e.path(load.size())))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build())
                .toList();
        List<Map<String, List<String>>> params =
                load.mix().entries().stream().map(e -> e.params(load.size())).toList();
        var rows = new ArrayList<Row>();
        for (int clients : load.clientCounts()) {
            var bytes = new LongAdder();
            ClosedLoop.Outcome http = load.run(
                    clients,
                    (c, seq) -> {
                        HttpRequest req = requests.get(ClosedLoop.queryIndex(c, seq, requests.size()));
                        HttpResponse<byte[]> res = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (res.statusCode() != 200) {
                            throw new IllegalStateException("HTTP " + res.statusCode() + " for "
                                    + req.uri().getRawQuery());
                        }
                        bytes.add(res.body().length);
                    },
                    httpCpu);
            String loadAverage = Machine.loadAverage();
            ClosedLoop.Outcome local = inProcessDone != null ? inProcessDone.get(clients) : null;
            if (local == null && searcher != null) {
                local = load.run(
                        clients,
                        (c, seq) -> {
                            var p = params.get(ClosedLoop.queryIndex(c, seq, params.size()));
                            searcher.search(SearchRequest.from(p));
                        },
                        Machine::processCpuNanos);
            }
            var row =
                    new Row(label, http, local, http.requests() == 0 ? 0 : bytes.sum() / http.requests(), loadAverage);
            rows.add(row);
            out.println(describe(row));
            if (http.firstError() != null) {
                out.println("  first error: " + http.firstError());
            }
        }
        client.close();
        return rows;
    }

    /** RSS from /proc and heap from the server's /metrics after asking it for a GC with jcmd. */
    private static void remoteMemory(PrintWriter out, URI server, long pid) {
        if (pid > 0) {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            try {
                new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor();
            } catch (IOException | InterruptedException e) {
                out.println("jcmd GC.run failed: " + e.getMessage());
            }
        }
        long heap = -1;
        try (HttpClient client = HttpClient.newHttpClient()) {
            String metrics = client.send(
                            HttpRequest.newBuilder(server.resolve("/metrics")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            heap = heapFromMetrics(metrics);
        } catch (IOException | InterruptedException | RuntimeException e) {
            out.println("could not read " + server.resolve("/metrics") + ": " + e.getMessage());
        }
        out.printf(
                Locale.ROOT,
                "memory (server): heap %s%s, %s%n",
                Machine.mb(heap),
                pid > 0 ? " after GC" : " (no --pid, so not after a GC)",
                pid > 0 ? Machine.rssBreakdown(pid) : "RSS ? (give --pid)");
    }

    /** Sums {@code jvm_memory_used_bytes{area="heap",...}} of a Prometheus scrape; -1 if absent. */
    static long heapFromMetrics(String scrape) {
        double sum = 0;
        boolean found = false;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? (long) sum : -1;
    }

    private static String describe(Row r) {
        var o = r.http();
        String local = r.inProcess() == null
                ? "in-process -"
                : String.format(
                        Locale.ROOT,
                        "in-process %.0f q/s (p99 %.2f ms, CPU %s ms/q), HTTP/in-process %.2f",
                        r.inProcess().throughput(),
                        r.inProcess().millis(99),
                        cpu(r.inProcess()),
                        o.throughput() / r.inProcess().throughput());
        return String.format(
                        Locale.ROOT,
                        "%s, %2d clients: %.0f req/s, p50 %.2f p95 %.2f p99 %.2f max %.1f ms, %d errors",
                        r.httpFigures())
                + String.format(
                        Locale.ROOT,
                        " of %d, %d B/response, CPU %s ms/req; %s; load %s",
                        o.requests(),
                        r.responseBytes(),
                        cpu(o),
                        local,
                        r.load());
    }

    private static void table(PrintWriter out, List<Row> rows) {
        out.println();
        out.println("| server | clients | HTTP req/s | p50 ms | p95 ms | p99 ms | max ms | errors | CPU ms/req "
                + "| in-process q/s | in-process p99 ms | in-process CPU ms/q | HTTP / in-process | load avg |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Row r : rows) {
            var o = r.http();
            var l = r.inProcess();
            out.printf(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %d ", r.httpFigures());
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s |%n",
                    cpu(o),
                    l == null ? "-" : String.format(Locale.ROOT, "%.0f", l.throughput()),
                    l == null ? "-" : String.format(Locale.ROOT, "%.2f", l.millis(99)),
                    l == null ? "-" : cpu(l),
                    l == null ? "-" : String.format(Locale.ROOT, "%.2f", o.throughput() / l.throughput()),
                    r.load());
        }
        out.println("(CPU ms/req: the server process when it runs apart with --pid; with the server in process it "
                + "includes the load generator.)");
    }

    private static String cpu(ClosedLoop.Outcome o) {
        double ms = o.cpuMillisPerRequest();
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2f", ms);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The server URL, refused unless it is on this machine's loopback interface. */
    static URI loopback(String url) {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url is not a URL: " + url);
        }
        String host = uri.getHost();
        if (!"http".equals(uri.getScheme())
                || host == null
                || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
            throw new IllegalArgumentException(
                    "--url must be http://127.0.0.1:PORT (load is only generated on loopback; got " + url + ")");
        }
        return uri;
    }
}
