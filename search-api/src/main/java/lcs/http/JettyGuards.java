package lcs.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty-level protections that Javalin leaves to the server: bounded concurrency (a fixed number
 * of requests at once and a bounded wait queue; past it 503 with Retry-After, instead of
 * unbounded latency or memory), graceful shutdown (in-flight requests finish), and JSON instead
 * of Jetty's HTML for errors raised before Javalin sees the request (bad URI, huge headers). These
 * answers to {@code /api/} requests carry the API's CORS headers: without them a widget on another
 * site could not read a 503's status and would say "could not be reached" instead of "busy".
 */
final class JettyGuards {
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cors cors;

    JettyGuards(Cors cors) {
        this.cors = cors;
    }

    /** Limits concurrent requests to {@code running}, with up to {@code queued} waiting. */
    QoSHandler concurrencyLimit(int running, int queued) {
        var qos = new QoSHandler() {
            @Override
            protected void reject(Request request, Response response, Callback callback, int status) {
                writeJson(request, response, callback, 503, "server busy, try again shortly");
            }

            // A request that waited in the queue longer than MAX_WAIT.
            @Override
            protected void failSuspended(
                    Request request, Response response, Callback callback, int status, Throwable failure) {
                writeJson(request, response, callback, status, "server busy, try again shortly");
            }
        };
        qos.setMaxRequestCount(running);
        qos.setMaxSuspendedRequestCount(queued);
        qos.setMaxSuspend(MAX_WAIT);
        return qos;
    }

    /**
     * Refuses, with a 400 JSON error, a URL whose path or query holds a malformed percent-escape
     * ({@code %u00e9}, {@code %4}, {@code %zz}) or escapes that do not decode to UTF-8. Left alone,
     * the path's decoding fails deep inside a handler (a 500 and a stack trace) and the query's is
     * silently dropped, so the request would be answered as if the bad part were not there.
     */
    Handler.Wrapper percentEscapes() {
        return new Handler.Wrapper() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                var uri = request.getHttpURI();
                String bad = malformed(uri.getPath()) ? "path" : malformed(uri.getQuery()) ? "query string" : null;
                if (bad != null) {
                    writeJson(
                            request,
                            response,
                            callback,
                            400,
                            "malformed percent-escape in the URL's " + bad
                                    + " (each % must start %XX, and the bytes must be UTF-8)");
                    return true;
                }
                return super.handle(request, response, callback);
            }
        };
    }

    /** True if {@code raw} has a % not followed by two hex digits, or escapes that are not UTF-8. */
    static boolean malformed(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return false;
        }
        var bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()
                        || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return true;
                }
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return false;
        } catch (java.nio.charset.CharacterCodingException e) {
            return true;
        }
    }

    /** Waits for in-flight requests on stop, and answers server-level errors in JSON. */
    void configure(Server server) {
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        server.insertHandler(new GracefulHandler());
        server.setErrorHandler(new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                Object s = request.getAttribute(ERROR_STATUS);
                int status = s instanceof Integer i ? i : response.getStatus() >= 400 ? response.getStatus() : 500;
                Object m = request.getAttribute(ERROR_MESSAGE);
                String message =
                        m instanceof String str && !str.isBlank() ? str : status == 503 ? "server busy" : "bad request";
                writeJson(request, response, callback, status, message);
                return true;
            }
        });
    }

    private void writeJson(Request request, Response response, Callback callback, int status, String message) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(ErrorMapper.error(status, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body of two plain fields always serialises", e);
        }
        response.setStatus(status);
        if (status == 503) {
            // Every "busy" answer says when to come back, also one failed by the queue's wait limit.
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = request.getHttpURI().getPath();
        if (path != null && path.startsWith("/api/")) {
            cors.headers(request.getHeaders().get(HttpHeader.ORIGIN)).forEach(response.getHeaders()::put);
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
