package lcs.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import lcs.analytics.Analytics;
import lcs.cache.ResultCache;
import lcs.config.Config;
import lcs.query.Aliases;
import lcs.query.RankingSwitches;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;
import org.apache.lucene.search.ReferenceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running search service: the HTTP server over a snapshot manager, and the background task that
 * picks up a rebuilt index and empties the response cache when it does. Close to stop both.
 */
public final class Service implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);

    private final Javalin app;
    private final SnapshotManager snapshots;
    private final ScheduledExecutorService reloader;
    private final Searcher searcher;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Analytics analytics;

    private Service(
            Javalin app,
            SnapshotManager snapshots,
            ScheduledExecutorService reloader,
            Searcher searcher,
            Analytics analytics) {
        this.app = app;
        this.analytics = analytics;
        this.snapshots = snapshots;
        this.reloader = reloader;
        this.searcher = searcher;
    }

    /** Starts serving the index held by {@code snapshots}, which the service then owns. */
    public static Service start(Config cfg, SnapshotManager snapshots) throws IOException {
        Aliases aliases = cfg.aliasesFile() == null ? Aliases.bundled() : Aliases.load(cfg.aliasesFile());
        var searcher = new Searcher(snapshots, aliases, RankingSwitches.ALL, cfg.exactCounts());
        var cache = new ResultCache(cfg.cacheSpec());
        cache.versionServed(searcher.version());
        snapshots.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {}

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (didRefresh) {
                    cache.versionServed(searcher.version());
                    LOG.info("serving new index version {} ({} documents)", searcher.version(), searcher.documents());
                }
            }
        });
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-reloader");
            t.setDaemon(true);
            return t;
        });
        reloader.scheduleWithFixedDelay(
                () -> {
                    try {
                        snapshots.maybeRefresh();
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("looking for a new index failed: {}", e.toString());
                    }
                },
                cfg.reloadSeconds(),
                cfg.reloadSeconds(),
                TimeUnit.SECONDS);
        warmUp(searcher);
        Analytics analytics = null;
        if (cfg.analytics()) {
            analytics = Analytics.start(
                    cfg.analyticsUrl(),
                    cfg.analyticsKey() == null ? null : cfg.analyticsKey().value(),
                    cfg.dataDir().resolve("analytics.key"),
                    Duration.ofDays(cfg.analyticsRetentionDays()),
                    Clock.systemUTC());
        }
        Javalin app = App.create(cfg, searcher, cache, analytics);
        app.start();
        return new Service(app, snapshots, reloader, searcher, analytics);
    }

    /**
     * Runs one search through every analyzer and the highlighter before the port opens: loading
     * ICU and Chinese dictionaries takes a second or two that no visitor should wait for.
     */
    private static void warmUp(Searcher searcher) {
        try {
            searcher.search(lcs.query.SearchRequest.from(java.util.Map.of("q", java.util.List.of("learning city 学习"))));
        } catch (RuntimeException e) {
            LOG.warn("warm-up search failed: {}", e.toString());
        }
    }

    public int port() {
        return app.port();
    }

    public Searcher searcher() {
        return searcher;
    }

    /** Search analytics, or null when they are off. */
    public Analytics analytics() {
        return analytics;
    }

    /** Looks for a new index now instead of waiting for the next poll. */
    public void reloadNow() throws IOException {
        snapshots.maybeRefreshBlocking();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        reloader.shutdownNow();
        app.stop();
        if (analytics != null) {
            analytics.close(); // writes what is queued
        }
        try {
            snapshots.close();
        } catch (IOException e) {
            LOG.warn("closing the index failed: {}", e.toString());
        }
        LOG.info("stopped");
    }
}
