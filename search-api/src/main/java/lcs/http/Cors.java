package lcs.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CORS for the read-only API, so the widget can call it from other sites' pages. An allowed
 * origin gets {@code Access-Control-Allow-Origin}; any other origin simply gets no CORS headers
 * (the browser then withholds the answer) while the request itself is answered normally. The same
 * headers go on answers Jetty writes before Javalin sees the request ({@link JettyGuards}: 503 busy,
 * bad URIs), so a widget on another site can read their status and {@code Retry-After}.
 */
final class Cors {
    private static final String ALLOWED_HEADERS = "If-None-Match, Content-Type, Accept";

    private final boolean anyOrigin;
    private final Set<String> origins;

    Cors(List<String> origins) {
        this.anyOrigin = origins.contains("*");
        this.origins = Set.copyOf(origins);
    }

    /** The CORS headers of an answer to a request with this {@code Origin} header (null: none). */
    Map<String, String> headers(String origin) {
        var headers = new LinkedHashMap<String, String>();
        if (anyOrigin) {
            headers.put("Access-Control-Allow-Origin", "*");
        } else {
            headers.put("Vary", "Origin");
            if (origin == null || !origins.contains(origin)) {
                return headers;
            }
            headers.put("Access-Control-Allow-Origin", origin);
        }
        headers.put("Access-Control-Expose-Headers", "ETag, Retry-After"); // the widget waits a 503's Retry-After
        return headers;
    }

    void addHeaders(Context ctx) {
        headers(ctx.header("Origin")).forEach(ctx::header);
    }

    void preflight(Context ctx) {
        addHeaders(ctx);
        ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
