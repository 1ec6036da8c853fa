package lcs.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * CORS for the read-only API, so the widget can call it from other sites' pages. An allowed
 * origin gets {@code Access-Control-Allow-Origin}; any other origin simply gets no CORS headers
 * (the browser then withholds the answer) while the request itself is answered normally.
 */
final class Cors {
    private static final String ALLOWED_HEADERS = "If-None-Match, Content-Type, Accept";

    private final boolean anyOrigin;
    private final Set<String> origins;

    Cors(List<String> origins) {
        this.anyOrigin = origins.contains("*");
        this.origins = Set.copyOf(origins);
    }

    void addHeaders(Context ctx) {
        String origin = ctx.header("Origin");
        if (anyOrigin) {
            ctx.header("Access-Control-Allow-Origin", "*");
        } else {
            ctx.header("Vary", "Origin");
            if (origin == null || !origins.contains(origin)) {
                return;
            }
            ctx.header("Access-Control-Allow-Origin", origin);
        }
        ctx.header("Access-Control-Expose-Headers", "ETag, Retry-After"); // the widget waits a 503's Retry-After
    }

    void preflight(Context ctx) {
        addHeaders(ctx);
        ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
