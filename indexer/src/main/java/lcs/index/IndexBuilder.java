package lcs.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import lcs.corpus.CorpusReader;
import lcs.corpus.CorpusRecord;
import lcs.corpus.Countries;
import lcs.corpus.InvalidCorpusException;
import lcs.corpus.LanguageGuesser;
import lcs.corpus.Problem;
import lcs.corpus.RecordParser;
import lcs.schema.PairWords;
import lcs.schema.Schema;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an index from a corpus in one streaming pass. Atomic: documents go to a new Lucene
 * commit that replaces the previous one only when the whole corpus is in; on any invalid record
 * (unless skipping), on an I/O error, or if the process dies, the previous commit stays the index
 * that readers see.
 */
public final class IndexBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);
    private static final int KEPT_PROBLEMS = 200;
    private static final long PROGRESS_EVERY_MS = 10_000;

    private final boolean skipInvalid;
    private final int threads;
    private final double ramBufferMb;
    private final boolean phrasePairs;

    private IndexBuilder(boolean skipInvalid, int threads, double ramBufferMb, boolean phrasePairs) {
        this.skipInvalid = skipInvalid;
        this.threads = threads;
        this.ramBufferMb = ramBufferMb;
        this.phrasePairs = phrasePairs;
    }

    public IndexBuilder(boolean skipInvalid, int threads, double ramBufferMb) {
        this(skipInvalid, threads, ramBufferMb, true);
    }

    /** Defaults: fail on the first invalid record, one indexing thread per core, 256 MB buffer. */
    public IndexBuilder(boolean skipInvalid) {
        this(skipInvalid, Runtime.getRuntime().availableProcessors(), 256);
    }

    /**
     * This builder, indexing the pairs of common words in the bodies ({@link PairWords}) if {@code
     * on} (the default): quoted phrases of common words are then counted from them, much faster
     * on a large index, for about 14 % more indexing time (20 % more CPU) at 1M documents
     * (docs/performance.md).
     */
    public IndexBuilder phrasePairs(boolean on) {
        return new IndexBuilder(skipInvalid, threads, ramBufferMb, on);
    }

    /**
     * Builds {@code indexDir} from {@code corpus}.
     *
     * @throws InvalidCorpusException if a record is invalid and not skipping, or nothing is valid;
     *     the index in place is then untouched
     * @throws IOException if the corpus cannot be read or the index written; the index in place is
     *     then untouched
     */
    public BuildReport build(Path corpus, Path indexDir) throws IOException, InvalidCorpusException {
        long start = System.nanoTime();
        CorpusReader.files(corpus); // fail fast on a missing corpus before touching the index
        Path created = firstMissing(indexDir.toAbsolutePath());
        Files.createDirectories(indexDir);

        var problems = new ArrayList<Problem>();
        var problemCount = new AtomicLong();
        Map<String, LongAdder> byType = new ConcurrentHashMap<>();
        Map<String, LongAdder> byLanguage = new ConcurrentHashMap<>();
        var count = new AtomicLong();

        var guesser = new LazyGuesser();
        var reader = new CorpusReader(new RecordParser(Countries.bundled(), guesser::get));
        var config = new IndexWriterConfig(Schema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramBufferMb)
                .setCommitOnClose(false);
        var pool = new IndexingPool(threads);
        boolean committed = false;
        try (Directory dir = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(dir, config)) {
            var progress = new Progress(count, start);
            // The first documents choose the words whose pairs are indexed; they wait to be indexed.
            var sample = new ArrayList<CorpusRecord>();
            var pairWords = new AtomicReference<>(phrasePairs ? null : PairWords.NONE);
            Consumer<CorpusRecord> index = record -> pool.submit(() -> {
                writer.addDocument(Schema.document(record, pairWords.get()));
                byType.computeIfAbsent(record.type(), k -> new LongAdder()).increment();
                byLanguage
                        .computeIfAbsent(record.language(), k -> new LongAdder())
                        .increment();
                count.incrementAndGet();
            });
            Runnable indexSample = () -> {
                pairWords.set(PairWords.sample(sample));
                sample.forEach(index);
                sample.clear();
            };
            CorpusReader.Scan scan = reader.read(corpus, new CorpusReader.Sink() {
                @Override
                public void accept(CorpusRecord record) {
                    if (pool.failed()) {
                        return;
                    }
                    if (pairWords.get() != null) {
                        index.accept(record);
                    } else {
                        sample.add(record);
                        if (sample.size() == PairWords.SAMPLE) {
                            indexSample.run();
                        }
                    }
                    progress.maybeLog();
                }

                @Override
                public void reject(Problem problem) {
                    synchronized (problems) {
                        if (problems.size() < KEPT_PROBLEMS) {
                            problems.add(problem);
                        }
                    }
                    problemCount.incrementAndGet();
                }
            });
            if (pairWords.get() == null) {
                indexSample.run();
            }
            pool.finish();
            if (problemCount.get() > 0 && !skipInvalid) {
                throw new InvalidCorpusException(problems, problemCount.get());
            }
            if (count.get() == 0) {
                var all = new ArrayList<>(problems);
                all.add(new Problem(
                        corpus,
                        0,
                        "(corpus)",
                        "no valid document in " + scan.files().size() + " *.jsonl file(s)"));
                throw new InvalidCorpusException(all, problemCount.get() + 1);
            }
            flushInParallel(writer);
            var manifest = new Manifest(Schema.VERSION, Instant.now(), count.get(), scan.checksum());
            var commitData = new TreeMap<>(manifest.toUserData());
            commitData.putAll(pairWords.get().toUserData());
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
            committed = true;
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new BuildReport(
                    manifest,
                    totals(byType),
                    totals(byLanguage),
                    problems,
                    problemCount.get(),
                    millis,
                    sizeOf(indexDir));
        } finally {
            pool.close();
            if (!committed && created != null) {
                deleteQuietly(created);
            }
        }
    }

    /**
     * Writes the buffered documents out with every thread: left to commit, the last buffers (up to
     * the RAM buffer size, a good part of a build) are written by one thread while the others wait.
     */
    private void flushInParallel(IndexWriter writer) throws IOException {
        var flushers = new ArrayList<Thread>();
        var failed = new AtomicReference<IOException>();
        for (int i = 0; i < threads; i++) {
            flushers.add(Thread.ofPlatform().name("flush-" + i).start(() -> {
                try {
                    while (writer.flushNextBuffer()) {
                        // one buffer per call; the other threads take the others
                    }
                } catch (IOException e) {
                    failed.compareAndSet(null, e);
                }
            }));
        }
        for (Thread t : flushers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the index", e);
            }
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    private static Map<String, Long> totals(Map<String, LongAdder> counts) {
        var m = new TreeMap<String, Long>();
        counts.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    /** The bytes of the files of an index folder (a Lucene index has no subfolders). */
    public static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    /** The outermost folder of {@code dir} that does not exist yet, or null if it exists. */
    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Removes a folder this build created, with what the failed build left in it. */
    private static void deleteQuietly(Path dir) {
        try {
            IOUtils.rm(dir);
        } catch (IOException e) {
            LOG.warn("could not remove the unfinished index folder {}: {}", dir, e.getMessage());
        }
    }

    /** Loads the language profiles only if some record lacks a language. */
    private static final class LazyGuesser {
        private volatile LanguageGuesser guesser;

        LanguageGuesser get() {
            LanguageGuesser g = guesser;
            if (g == null) {
                synchronized (this) {
                    if (guesser == null) {
                        guesser = new LanguageGuesser();
                    }
                    g = guesser;
                }
            }
            return g;
        }
    }

    /** Logs documents per second every few seconds on long builds. */
    private static final class Progress {
        private final AtomicLong count;
        private final long start;
        private long lastLog = System.currentTimeMillis();

        Progress(AtomicLong count, long start) {
            this.count = count;
            this.start = start;
        }

        void maybeLog() {
            long now = System.currentTimeMillis();
            if (now - lastLog >= PROGRESS_EVERY_MS) {
                lastLog = now;
                double secs = (System.nanoTime() - start) / 1e9;
                LOG.info("indexed {} documents ({} docs/s)", count.get(), Math.round(count.get() / secs));
            }
        }
    }
}
