package lcs.importer.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small web site on 127.0.0.1, port 0, served by the JDK's HttpServer, that logs every request it
 * receives (path, arrival time, the headers a polite crawler sends). Pages are set by the test. A
 * JUnit extension that stops the site after each test ({@code @RegisterExtension final TestSite site
 * = TestSite.perTest();}) or after the class ({@code static final ... = TestSite.perClass();}).
 */
final class TestSite implements AutoCloseable, AfterEachCallback, AfterAllCallback {
    private static boolean clientWarm;

    /** One request as the server saw it. */
    record Request(String path, long nanos, String userAgent, String ifNoneMatch, String ifModifiedSince) {}

    /** Answers one request. */
    interface Route {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** A validator a page sends, and the request header a conditional request sends it back in. */
    enum Validator {
        ETAG("ETag", "If-None-Match"),
        LAST_MODIFIED("Last-Modified", "If-Modified-Since");

        final String header;
        final String condition;

        Validator(String header, String condition) {
            this.header = header;
            this.condition = condition;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> log = new CopyOnWriteArrayList<>();
    private final boolean perClass;

    private TestSite(boolean perClass) {
        this.perClass = perClass;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** A site for one test, stopped after it. */
    static TestSite perTest() {
        warmUpHttpClient();
        return new TestSite(false);
    }

    /** A site for the tests of one class, stopped after them. */
    static TestSite perClass() {
        warmUpHttpClient();
        return new TestSite(true);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    URI uri(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> log() {
        return List.copyOf(log);
    }

    List<String> paths() {
        return log.stream().map(Request::path).toList();
    }

    /** The gaps between consecutive requests' arrivals, in milliseconds, in order. */
    List<Long> gapsMillis() {
        List<Request> requests = log();
        List<Long> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            gaps.add((requests.get(i).nanos() - requests.get(i - 1).nanos()) / 1_000_000);
        }
        return gaps;
    }

    /** The shortest gap between consecutive requests' arrivals, in nanoseconds. */
    long shortestGapNanos() {
        List<Request> requests = log();
        long shortest = Long.MAX_VALUE;
        for (int i = 1; i < requests.size(); i++) {
            shortest = Math.min(
                    shortest, requests.get(i).nanos() - requests.get(i - 1).nanos());
        }
        return shortest;
    }

    /** The median of {@link #gapsMillis()}. */
    long medianGapMillis() {
        List<Long> gaps = gapsMillis().stream().sorted().toList();
        return gaps.get(gaps.size() / 2);
    }

    TestSite route(String pathAndQuery, Route route) {
        routes.put(pathAndQuery, route);
        return this;
    }

    TestSite page(String pathAndQuery, String contentType, String body) {
        return route(pathAndQuery, ex -> send(ex, 200, contentType, body));
    }

    TestSite html(String pathAndQuery, String body) {
        return page(pathAndQuery, "text/html; charset=utf-8", body);
    }

    /**
     * A page with a validator: 304 Not Modified to a request that sends the current {@code value} back,
     * else the page with its validator. Value and body are read at each request, so a test can change the
     * page between crawls.
     */
    TestSite conditional(
            String path, Validator validator, Supplier<String> value, String contentType, Supplier<String> body) {
        return route(path, ex -> {
            String current = value.get();
            if (current.equals(ex.getRequestHeaders().getFirst(validator.condition))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().set(validator.header, current);
                send(ex, 200, contentType, body.get());
            }
        });
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    private void dispatch(HttpExchange ex) throws IOException {
        URI uri = ex.getRequestURI();
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        var headers = ex.getRequestHeaders();
        log.add(new Request(
                path,
                System.nanoTime(),
                headers.getFirst("User-Agent"),
                headers.getFirst("If-None-Match"),
                headers.getFirst("If-Modified-Since")));
        Route route = routes.get(path);
        try {
            if (route == null) {
                send(ex, 404, "text/html", "<h1>Not found</h1>");
            } else {
                route.handle(ex);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away (a timeout or a body cut off): nothing to answer.
        } finally {
            ex.close();
        }
    }

    /**
     * Loads and JIT-warms the JDK's HTTP client, once per JVM, with requests to a throwaway site:
     * its first request can take seconds on a busy machine, far above the short timeouts the tests use.
     */
    private static synchronized void warmUpHttpClient() {
        if (clientWarm) {
            return;
        }
        try (TestSite warm = new TestSite(false);
                Fetcher fetcher = new Fetcher(WebSettings.defaults(null))) {
            warm.html("/", "<p>warm</p>");
            for (int i = 0; i < 3; i++) {
                fetcher.get(warm.uri("/"), Fetcher.Validators.NONE, type -> true);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not warm up the HTTP client", e);
        }
        clientWarm = true;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
