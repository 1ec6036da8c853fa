package lcs.index;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The threads that add documents to an {@code IndexWriter} while one thread reads the corpus. The
 * queue is bounded and, when it is full, the reading thread indexes the document itself: reading
 * never runs far ahead of indexing, so memory stays bounded, and no document is rejected. The first
 * failure of any document is kept and reported by {@link #finish}. The benchmark's baseline indexer
 * uses the same pool, so that the two builds differ only in what they index.
 *
 * <p>{@link #submit} and {@link #failed} may be called from the reading thread while workers run.
 */
public final class IndexingPool implements AutoCloseable {
    /** The work of one document; anything it throws fails the build. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private final ThreadPoolExecutor pool;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    public IndexingPool(int threads) {
        pool = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 64),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Runs {@code task} on a worker, or on the calling thread while the queue is full. */
    public void submit(Task task) {
        pool.execute(() -> {
            try {
                task.run();
            } catch (Throwable t) { // an Error too: the build must fail, not hang or lose the cause
                failure.compareAndSet(null, t);
            }
        });
    }

    /** Whether a task has failed already: the reader stops feeding the pool then. */
    public boolean failed() {
        return failure.get() != null;
    }

    /**
     * Waits for every submitted task; no task may be submitted after.
     *
     * @throws IOException naming the first task's failure, or if interrupted while waiting
     */
    public void finish() throws IOException {
        pool.shutdown();
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        }
        Throwable t = failure.get();
        if (t != null) {
            throw new IOException("indexing failed: " + t.getMessage(), t);
        }
    }

    /** Stops the workers; queued tasks of a failed build are dropped. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
