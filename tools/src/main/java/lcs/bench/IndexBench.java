package lcs.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lcs.corpus.CorpusReader;
import lcs.index.BuildReport;
import lcs.index.IndexBuilder;
import org.apache.lucene.util.IOUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lcs bench index}: the real {@link IndexBuilder} and the {@link BaselineIndexer} over the
 * same corpus in one run, each with the same threads and RAM buffer: documents per second, time,
 * index size, peak heap, and the ratio of the two times.
 */
@Command(name = "index", description = "Time IndexBuilder and a bare Lucene baseline over the same corpus.")
final class IndexBench implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "corpus folder of *.jsonl files")
    Path corpus;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "keep the indexes here (default: a temporary folder, removed)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "indexing threads (default: the cores)")
    Integer threads;

    @Option(
            names = "--ram-mb",
            paramLabel = "M",
            defaultValue = "256",
            description = "RAM buffer (default ${DEFAULT-VALUE})")
    int ramMb;

    @Option(
            names = "--phrase-pairs",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "index the pairs of common words (default; as lcs index --[no-]phrase-pairs)")
    boolean phrasePairs;

    @Option(names = "--only", paramLabel = "WHICH", defaultValue = "both", description = "both, full or baseline")
    Only only;

    enum Only {
        both,
        full,
        baseline
    }

    @Spec
    CommandSpec spec;

    /** One build: which, documents, time, index bytes, peak heap in use, GC time. */
    record Run(
            String name,
            long docs,
            double seconds,
            double cpuSeconds,
            long indexBytes,
            long peakHeap,
            long gcMillis,
            String load) {
        double docsPerSecond() {
            return docs / seconds;
        }

        /** The figures of a run in the order and units both its line and its table row show them. */
        Object[] figures() {
            return new Object[] {
                name,
                docs,
                seconds,
                docsPerSecond(),
                cpuSeconds,
                indexBytes / 1048576.0,
                peakHeap / 1048576.0,
                gcMillis / 1000.0,
                load
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        if (ramMb < 16 || (threads != null && threads < 1)) {
            throw new ParameterException(spec.commandLine(), "--ram-mb must be 16 or more and --threads 1 or more");
        }
        return run(spec.commandLine().getOut());
    }

    private int run(PrintWriter out) throws Exception {
        int threads = this.threads != null ? this.threads : Runtime.getRuntime().availableProcessors();
        double ramMb = this.ramMb;
        String only = this.only.name();
        boolean keep = this.out != null;
        Path outDir = keep ? this.out : Files.createTempDirectory("lcs-bench-index");

        List<Path> files = CorpusReader.files(corpus);
        out.println("# lcs bench index");
        out.println(Machine.describe());
        long corpusBytes = warmFileCache(files);
        out.printf(
                Locale.ROOT,
                "corpus: %s, %d file(s), %.1f MB (read once first, so both builds find it in the page cache)%n",
                corpus,
                files.size(),
                corpusBytes / 1e6);
        out.printf(Locale.ROOT, "threads %d, RAM buffer %.0f MB, indexes under %s%n", threads, ramMb, outDir);

        var runs = new ArrayList<Run>();
        try {
            if (!only.equals("baseline")) {
                Path dir = outDir.resolve("full");
                runs.add(measure("full schema (IndexBuilder)", dir, () -> {
                    BuildReport r = new IndexBuilder(false, threads, ramMb)
                            .phrasePairs(phrasePairs)
                            .build(corpus, dir);
                    return r.manifest().documents();
                }));
                out.println(describe(runs.get(runs.size() - 1)));
            }
            if (!only.equals("full")) {
                Path dir = outDir.resolve("baseline");
                runs.add(measure(
                        "baseline (bare Lucene)", dir, () -> new BaselineIndexer(threads, ramMb).build(corpus, dir)));
                out.println(describe(runs.get(runs.size() - 1)));
            }
        } finally {
            if (!keep) {
                IOUtils.rm(outDir);
            }
        }
        out.println();
        out.println("| build | documents | seconds | docs/s | CPU s | index MB | peak heap MB | GC s | load avg |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Run r : runs) {
            out.printf(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.1f | %.0f | %.0f | %.1f | %s |%n", r.figures());
        }
        if (runs.size() == 2) {
            // CPU time is the fairer ratio on a shared machine: it does not count time spent waiting for a core.
            out.printf(
                    Locale.ROOT,
                    "%nfull / baseline: time %.2f×, CPU %.2f× (target ≤ 1.5×); index size %.2f×%n",
                    runs.get(0).seconds() / runs.get(1).seconds(),
                    runs.get(0).cpuSeconds() / runs.get(1).cpuSeconds(),
                    (double) runs.get(0).indexBytes() / runs.get(1).indexBytes());
        }
        return 0;
    }

    private static Run measure(String name, Path dir, Callable<Long> build) throws Exception {
        System.gc();
        var sampler = new HeapSampler();
        long gcBefore = gcMillis();
        long cpuBefore = Machine.processCpuNanos();
        long start = System.nanoTime();
        long docs;
        try {
            sampler.start();
            docs = build.call();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (Machine.processCpuNanos() - cpuBefore) / 1e9;
        return new Run(
                name,
                docs,
                seconds,
                cpu,
                IndexBuilder.sizeOf(dir),
                sampler.peak,
                gcMillis() - gcBefore,
                Machine.loadAverage());
    }

    private static String describe(Run r) {
        return String.format(
                Locale.ROOT,
                "%s: %d documents in %.1f s = %.0f docs/s (CPU %.1f s); index %.0f MB; peak heap %.0f MB; GC %.1f s; load %s",
                r.figures());
    }

    /** Heap in use (live and garbage), sampled every 50 ms; its maximum is the build's footprint. */
    private static final class HeapSampler extends Thread {
        volatile long peak;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime()))
                .sum();
    }

    private static long warmFileCache(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                bytes += in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return bytes;
    }
}
