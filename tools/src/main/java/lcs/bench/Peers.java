package lcs.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lcs.query.Aliases;
import lcs.query.SearchRequest;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;
import org.apache.lucene.util.IOUtils;

/**
 * lcs, bare Lucene and Solr side by side on one query mix: each in process (no HTTP), one after
 * the other, with the same clients, warm-up and measured time. lcs is {@link Searcher#search}
 * with exact counts (the server's default); bare Lucene is {@link BareLuceneSearch} over an index
 * built here from the same corpus; Solr 9 is {@code lcs.solr.SolrPeer} (module {@code bench-solr},
 * built only with {@code mvn -P solr}), run in its own JVM because Solr 9 ships an older Lucene.
 */
final class Peers {
    /** Where {@code mvn -P solr package} puts the Solr peer, relative to the repository root. */
    static final Path SOLR_MODULE = Path.of("bench-solr");

    /** One system at one client count. */
    record Result(
            String system,
            int clients,
            double throughput,
            double p50,
            double p95,
            double p99,
            long errors,
            long requests,
            String load) {
        /** The figures in the order and units both its line and its table row begin with. */
        Object[] figures() {
            return new Object[] {system, clients, throughput, p50, p95, p99, errors};
        }
    }

    /** Marks a kept peer index as complete (an interrupted build is not reused). */
    private static final String BUILT = "lcs-peer-built";

    private Peers() {}

    static List<Result> run(PrintWriter out, Path corpus, Path lcsIndex, Path queries, Load load, Path keep)
            throws Exception {
        var results = new ArrayList<Result>();
        QueryMix mix = load.mix();
        var params = mix.entries().stream().map(e -> e.params(load.size())).toList();
        try (var snapshots = SnapshotManager.open(lcsIndex)) {
            var searcher = new Searcher(snapshots, Aliases.bundled());
            for (int clients : load.clientCounts()) {
                results.add(result(
                        out,
                        "lcs",
                        load.run(
                                clients,
                                (c, seq) -> searcher.search(
                                        SearchRequest.from(params.get(ClosedLoop.queryIndex(c, seq, params.size())))),
                                null)));
                out.println(describe(results.getLast()));
            }
        }
        Path bareIndex = keep == null ? Files.createTempDirectory("lcs-bench-bare") : keep.resolve("bare");
        try {
            if (keep != null && Files.exists(bareIndex.resolve(BUILT))) {
                out.println("bare Lucene: reusing the index in " + bareIndex);
            } else {
                long t0 = System.nanoTime();
                long docs = BareLuceneSearch.build(corpus, bareIndex);
                out.printf(
                        Locale.ROOT,
                        "bare Lucene: %d documents indexed in %.1f s%n",
                        docs,
                        (System.nanoTime() - t0) / 1e9);
                Files.writeString(bareIndex.resolve(BUILT), corpus.toAbsolutePath() + "\n");
            }
            try (var bare = new BareLuceneSearch(bareIndex)) {
                for (int clients : load.clientCounts()) {
                    results.add(result(
                            out,
                            "bare Lucene",
                            load.run(
                                    clients,
                                    (c, seq) -> {
                                        var e = mix.entries().get(ClosedLoop.queryIndex(c, seq, mix.size()));
                                        bare.search(e.q(), e.filters(), load.size());
                                    },
                                    null)));
                    out.println(describe(results.getLast()));
                }
            }
        } finally {
            if (keep == null) {
                IOUtils.rm(bareIndex);
            }
        }
        Path solrHome = keep == null ? null : keep.resolve("solr");
        results.addAll(solr(out, corpus, queries, load, solrHome));
        return results;
    }

    /** Runs the Solr peer in a child JVM if it was built; its result lines are read back. */
    private static List<Result> solr(PrintWriter out, Path corpus, Path queries, Load load, Path home)
            throws IOException, InterruptedException {
        Path classes = SOLR_MODULE.resolve("target/classes");
        Path lib = SOLR_MODULE.resolve("target/lib");
        if (!Files.isDirectory(classes) || !Files.isDirectory(lib)) {
            out.println("Solr: not built (mvn -B -P solr -pl bench-solr -am package -DskipTests), so not measured");
            return List.of();
        }
        var cmd = new ArrayList<String>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String heap = System.getenv("LCS_HEAP");
        if (heap != null && !heap.isBlank()) {
            cmd.add("-Xmx" + heap);
        }
        cmd.addAll(List.of(
                "-cp",
                classes + java.io.File.pathSeparator + lib + "/*",
                "lcs.solr.SolrPeer",
                "--corpus",
                corpus.toString(),
                "--queries",
                queries.toString(),
                "--size",
                Integer.toString(load.size()),
                "--clients",
                String.join(
                        ",", load.clientCounts().stream().map(String::valueOf).toList()),
                "--warmup",
                Long.toString(load.warmup().toSeconds()),
                "--seconds",
                Long.toString(load.seconds().toSeconds()),
                "--max-requests",
                Long.toString(load.maxRequests())));
        if (home != null) {
            cmd.addAll(List.of("--home", home.toAbsolutePath().toString()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        var results = new ArrayList<Result>();
        try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    String[] f = line.split(" ");
                    results.add(new Result(
                            "Solr",
                            Integer.parseInt(f[1]),
                            Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]),
                            Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]),
                            Long.parseLong(f[6]),
                            Long.parseLong(f[7]),
                            Machine.loadAverage()));
                    out.println(describe(results.getLast()));
                } else if (line.startsWith("solr: ")) {
                    out.println(line);
                }
            }
        }
        int status = p.waitFor();
        if (status != 0) {
            out.println("Solr peer exited with status " + status);
        }
        return results;
    }

    private static Result result(PrintWriter out, String system, ClosedLoop.Outcome o) {
        if (o.firstError() != null) {
            out.println(system + ": first error: " + o.firstError());
        }
        return new Result(
                system,
                o.clients(),
                o.throughput(),
                o.millis(50),
                o.millis(95),
                o.millis(99),
                o.errors(),
                o.requests(),
                Machine.loadAverage());
    }

    static String describe(Result r) {
        return String.format(
                        Locale.ROOT, "%s, %d clients: %.0f q/s, p50 %.2f p95 %.2f p99 %.2f ms, %d errors", r.figures())
                + String.format(Locale.ROOT, " of %d; load %s", r.requests(), r.load());
    }

    /** The side-by-side table, with each system's throughput as a share of bare Lucene's at the same clients. */
    static void table(PrintWriter out, List<Result> results) {
        out.println();
        out.println(
                "| system (in process) | clients | q/s | p50 ms | p95 ms | p99 ms | errors | × bare Lucene q/s | load avg |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Result r : results) {
            double bare = results.stream()
                    .filter(b -> b.system().equals("bare Lucene") && b.clients() == r.clients())
                    .mapToDouble(Result::throughput)
                    .findFirst()
                    .orElse(Double.NaN);
            out.printf(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %d ", r.figures());
            out.printf(Locale.ROOT, "| %.2f | %s |%n", r.throughput() / bare, r.load());
        }
    }
}
