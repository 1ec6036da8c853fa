package lcs.analytics;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search analytics as the service runs them: signs queryIds, parses and queues reported events,
 * answers reports. One per service; close it to write what is queued. Thread-safe.
 */
public final class Analytics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Analytics.class);
    /** Events waiting for the writer; beyond this they are dropped (and counted). */
    public static final int QUEUE_CAPACITY = 10_000;
    /** A query suggested to others must have found results this many times. */
    static final int POPULAR_MIN_SEARCHES = 3;

    private final QueryIds queryIds;
    private final EventParser parser;
    private final EventRecorder recorder;
    private final Clock clock;

    private Analytics(QueryIds queryIds, EventRecorder recorder, Clock clock) {
        this.queryIds = queryIds;
        this.parser = new EventParser(queryIds, clock);
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Starts analytics over the store at {@code url}. The key is {@code key} if given, else the one
     * in {@code keyFile} (generated on first start). A store that cannot be opened now is logged and
     * retried by the writer: searching never waits for it.
     */
    public static Analytics start(String url, String key, Path keyFile, Duration retention, Clock clock)
            throws IOException {
        var ids = new QueryIds(QueryIds.loadKey(key, keyFile), clock);
        var store = new AnalyticsStore(url);
        try {
            store.migrate();
        } catch (Exception e) {
            LOG.warn(
                    "the analytics store cannot be opened now ({}); events will be dropped until it can",
                    e.getMessage());
        }
        LOG.info("search analytics on: {}", redact(url));
        return new Analytics(ids, new EventRecorder(store, QUEUE_CAPACITY, retention, clock), clock);
    }

    /** A fresh signed id for a search answer. */
    public String issueQueryId() {
        return queryIds.issue();
    }

    /**
     * Parses and queues one reported event.
     *
     * @return false if the queue was full and the event dropped
     * @throws InvalidEventException if the body is refused
     */
    public boolean record(byte[] body) {
        return recorder.offer(parser.parse(body));
    }

    public Report report(LocalDate from, LocalDate to, int top) throws java.sql.SQLException {
        return recorder.store().report(from, to, top);
    }

    /** Up to {@code n} queries searched often in the last 30 days that found results; empty if the store fails. */
    public List<String> popular(int n) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try {
            return recorder.store().popularWithResults(today.minusDays(29), today, n, POPULAR_MIN_SEARCHES);
        } catch (Exception e) {
            LOG.debug("popular queries unavailable: {}", e.getMessage());
            return List.of();
        }
    }

    public EventRecorder recorder() {
        return recorder;
    }

    public Clock clock() {
        return clock;
    }

    /** The URL without its query string, where a password may be. */
    public static String redact(String url) {
        return Optional.of(url.indexOf('?'))
                .filter(i -> i >= 0)
                .map(i -> url.substring(0, i) + "?…")
                .orElse(url);
    }

    @Override
    public void close() {
        recorder.close();
    }
}
