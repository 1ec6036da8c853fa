package lcs.http;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import lcs.cache.ResultCache;

/** Prometheus metrics: requests by route and status with a latency histogram, cache, index, JVM. */
final class Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Listens to the JVM's collectors until closed; each stopped service must let go of them. */
    private final JvmGcMetrics gc = new JvmGcMetrics();

    <T> Metrics(ResultCache cache, T index, ToDoubleFunction<T> documents) {
        CaffeineCacheMetrics.monitor(registry, cache.caffeine(), "search");
        Gauge.builder("lcs_index_documents", index, documents)
                .description("documents in the served index")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Analytics events: accepted, written, dropped (queue full or write failed), waiting. */
    void analytics(lcs.analytics.EventRecorder recorder) {
        FunctionCounter.builder("lcs_analytics_events_accepted", recorder, r -> r.accepted())
                .description("analytics events queued")
                .register(registry);
        FunctionCounter.builder("lcs_analytics_events_written", recorder, r -> r.written())
                .description("analytics events stored")
                .register(registry);
        FunctionCounter.builder("lcs_analytics_events_dropped", recorder, r -> r.droppedQueueFull())
                .description("analytics events dropped")
                .tag("reason", "queue_full")
                .register(registry);
        FunctionCounter.builder("lcs_analytics_events_dropped", recorder, r -> r.droppedWriteFailed())
                .description("analytics events dropped")
                .tag("reason", "write_failed")
                .register(registry);
        Gauge.builder("lcs_analytics_events_queued", recorder, r -> r.queued())
                .description("analytics events waiting to be written")
                .register(registry);
    }

    void request(String method, String route, int status, float millis) {
        Timer.builder("http_server_requests")
                .description("HTTP requests by route and status")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
    }

    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
