package lcs.synth;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Writes a synthetic corpus folder: {@code part-00000.jsonl}, {@code part-00001.jsonl}, ... with
 * {@link #DOCS_PER_PART} documents each, and {@code queries.tsv}. Streams every document straight
 * to its file, so memory use does not grow with the corpus. Parts are written in parallel; the
 * bytes do not depend on the number of threads. Each call is independent; not meant for
 * concurrent calls on the same folder.
 */
final class CorpusGenerator {
    static final int DOCS_PER_PART = 100_000;
    static final int QUERIES = 2_000;
    static final long PROGRESS_EVERY = 100_000;
    static final String QUERIES_FILE = "queries.tsv";

    private static final Pattern PART = Pattern.compile("part-\\d{5}\\.jsonl");
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** What a run wrote. */
    record Summary(long documents, int parts, long bytes, int queries, long millis) {}

    private final long seed;
    private final int docsPerPart;
    private final int threads;

    CorpusGenerator(long seed) {
        this(seed, DOCS_PER_PART, Runtime.getRuntime().availableProcessors());
    }

    /** With a smaller part size or a fixed thread count, for tests. */
    CorpusGenerator(long seed, int docsPerPart, int threads) {
        if (docsPerPart < 1 || threads < 1) {
            throw new IllegalArgumentException("docsPerPart and threads must be positive");
        }
        this.seed = seed;
        this.docsPerPart = docsPerPart;
        this.threads = threads;
    }

    static String partName(int part) {
        return String.format(Locale.ROOT, "part-%05d.jsonl", part);
    }

    /**
     * Writes {@code docs} documents and the query mix into {@code dir}, creating it if needed and
     * first deleting the part files of an earlier run, so no stale part outlives a smaller run.
     * Progress lines go to {@code progress}.
     *
     * @throws IOException if a file cannot be written; parts written so far stay behind
     */
    Summary generate(long docs, Path dir, PrintWriter progress) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(dir);
        deleteOldParts(dir);
        var places = Places.create(seed);
        int parts = (int) ((docs + docsPerPart - 1) / docsPerPart);
        var done = new AtomicLong();

        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, parts), r -> {
            var t = new Thread(r, "lcs-generate");
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new ArrayList<Future<?>>(parts);
            for (int p = 0; p < parts; p++) {
                long first = (long) p * docsPerPart + 1;
                long last = Math.min(docs, first + docsPerPart - 1);
                Path file = dir.resolve(partName(p));
                futures.add(pool.submit(() -> {
                    writePart(file, first, last, places, () -> {
                        long d = done.incrementAndGet();
                        if (d % PROGRESS_EVERY == 0) {
                            progress.printf(
                                    Locale.ROOT,
                                    "generated %d of %d documents (%.1f s)%n",
                                    d,
                                    docs,
                                    (System.nanoTime() - started) / 1e9);
                        }
                    });
                    return null;
                }));
            }
            await(futures);
        } finally {
            pool.shutdownNow();
        }

        try (var out = Files.newBufferedWriter(dir.resolve(QUERIES_FILE), StandardCharsets.UTF_8)) {
            new QueryGenerator(seed, places).write(out, QUERIES);
        }
        long bytes = 0;
        for (int p = 0; p < parts; p++) {
            bytes += Files.size(dir.resolve(partName(p)));
        }
        return new Summary(docs, parts, bytes, QUERIES, (System.nanoTime() - started) / 1_000_000);
    }

    private void writePart(Path file, long first, long last, Places places, Runnable onDocument) throws IOException {
        var docs = new DocumentGenerator(seed, places);
        // Jackson's UTF-8 generator encodes straight into the byte buffer: no Writer in between.
        try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
                JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            for (long n = first; n <= last; n++) {
                docs.write(n, json);
                json.writeRaw('\n');
                onDocument.run();
            }
        }
    }

    private static void await(List<Future<?>> futures) throws IOException {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while generating", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static void deleteOldParts(Path dir) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "part-*.jsonl")) {
            for (Path p : old) {
                if (PART.matcher(p.getFileName().toString()).matches()) {
                    Files.delete(p);
                }
            }
        }
    }
}
