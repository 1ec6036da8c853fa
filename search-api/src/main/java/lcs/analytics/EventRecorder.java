package lcs.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes events from request threads without ever blocking them: a bounded queue, drained by one
 * writer thread in batches. A full queue drops the event; a batch the database refuses (down,
 * read-only, full) is dropped too. Both are counted, and a failing database is logged at most
 * once a minute. The writer also rolls up complete days and applies retention, once an hour.
 * Thread-safe.
 */
public final class EventRecorder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);
    static final int BATCH = 500;
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);
    private static final Duration MAINTAIN_EVERY = Duration.ofHours(1);

    private final AnalyticsStore store;
    private final BlockingQueue<Event> queue;
    private final Duration retention;
    private final Clock clock;
    private final Thread writer;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong droppedFull = new AtomicLong();
    private final AtomicLong droppedFailed = new AtomicLong();
    private volatile boolean running = true;
    private Instant lastFailureLog = Instant.MIN;
    private Instant nextMaintenance = Instant.MIN;

    public EventRecorder(AnalyticsStore store, int capacity, Duration retention, Clock clock) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.retention = retention;
        this.clock = clock;
        this.writer = new Thread(this::run, "analytics-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues an event; false (and counted) if the queue is full. Never blocks. */
    public boolean offer(Event e) {
        if (queue.offer(e)) {
            accepted.incrementAndGet();
            return true;
        }
        droppedFull.incrementAndGet();
        return false;
    }

    public long accepted() {
        return accepted.get();
    }

    public long written() {
        return written.get();
    }

    public long droppedQueueFull() {
        return droppedFull.get();
    }

    public long droppedWriteFailed() {
        return droppedFailed.get();
    }

    public int queued() {
        return queue.size();
    }

    public AnalyticsStore store() {
        return store;
    }

    /** Waits until everything queued so far is written or dropped (tests, shutdown). */
    public void flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while ((!queue.isEmpty() || accepted.get() > written.get() + droppedFailed.get())
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private void run() {
        var batch = new ArrayList<Event>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Event first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    write(batch);
                    batch.clear();
                }
                maintainIfDue();
            } catch (InterruptedException e) {
                running = false;
            }
        }
    }

    private void write(List<Event> batch) {
        try {
            store.write(batch);
            written.addAndGet(batch.size());
        } catch (Exception e) {
            droppedFailed.addAndGet(batch.size());
            failed("writing " + batch.size() + " analytics events failed, dropped", e);
        }
    }

    private void maintainIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextMaintenance)) {
            return;
        }
        nextMaintenance = now.plus(MAINTAIN_EVERY);
        try {
            store.maintain(now, retention);
        } catch (Exception e) {
            nextMaintenance = now.plus(LOG_EVERY); // try again soon
            failed("analytics roll-up and retention failed", e);
        }
    }

    private void failed(String what, Exception e) {
        Instant now = clock.instant();
        if (now.isAfter(lastFailureLog.plus(LOG_EVERY))) {
            lastFailureLog = now;
            LOG.warn(
                    "{} ({}); the search API is unaffected; further failures within a minute are only counted",
                    what,
                    e.getMessage());
        }
    }

    /** Writes what is queued (for up to five seconds) and stops the writer. */
    @Override
    public void close() {
        running = false;
        try {
            writer.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.interrupt();
        store.close();
    }
}
