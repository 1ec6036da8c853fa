package lcs.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import lcs.query.BadRequestException;
import lcs.search.IndexUnavailableException;
import lcs.search.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps typed exceptions to the API's error body {@code {"error":{"status":…,"message":…}}}. User
 * errors are answered without a stack trace; anything unexpected is logged with its cause and
 * becomes a 500.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {}

    static void register(JavalinConfig config) {
        config.routes.exception(BadRequestException.class, (e, ctx) -> {
            var body = error(400, e.getMessage());
            body.get("error").put("parameter", e.parameter());
            ctx.status(400).json(body);
        });
        config.routes.exception(
                NotFoundException.class, (e, ctx) -> ctx.status(404).json(error(404, e.getMessage())));
        config.routes.exception(IndexUnavailableException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "5").status(503).json(error(503, e.getMessage()));
        });
        config.routes.exception(
                HttpResponseException.class,
                (e, ctx) -> ctx.status(e.getStatus()).json(error(e.getStatus(), e.getMessage())));
        // A client that stops sending before its Content-Length (a closed tab mid-upload) is the
        // client's error, not the server's: a 400 and one line, no stack trace.
        config.routes.exception(java.io.EOFException.class, (e, ctx) -> {
            LOG.info("{} {}: the request body ended early ({})", ctx.method(), ctx.path(), e.getMessage());
            ctx.status(400).json(error(400, "the request body ended before its Content-Length"));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(error(500, "internal server error"));
        });
        config.routes.error(404, ctx -> {
            if (isEmpty(ctx)) {
                ctx.json(error(404, "not found: " + ctx.path()));
            }
        });
        config.routes.error(405, ctx -> {
            if (isEmpty(ctx)) {
                ctx.json(error(405, "method not allowed: " + ctx.method()));
            }
        });
    }

    static Map<String, Map<String, Object>> error(int status, String message) {
        var inner = new LinkedHashMap<String, Object>();
        inner.put("status", status);
        inner.put("message", message);
        return Map.of("error", inner);
    }

    private static boolean isEmpty(Context ctx) {
        String r = ctx.result();
        return r == null
                || r.isEmpty()
                || r.equalsIgnoreCase("Not Found")
                || r.equalsIgnoreCase("Endpoint GET " + ctx.path() + " not found");
    }
}
