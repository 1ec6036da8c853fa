package lcs.http;

import com.github.benmanes.caffeine.cache.Ticker;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import lcs.analytics.Analytics;
import lcs.analytics.InvalidEventException;
import lcs.config.Config;
import lcs.query.BadRequestException;
import lcs.search.NotFoundException;

/**
 * Routes of search analytics and per-client limits: {@code POST /api/events}, {@code GET
 * /api/popular}, the token-protected {@code GET /admin} and {@code GET /api/admin/analytics}, and
 * the per-client rate limit of the search, suggest and events routes. Nothing here writes a
 * client's address anywhere.
 */
final class AnalyticsRoutes {
    /** Wrong admin tokens a client may try: 5 a minute, 10 at once. */
    private static final double ADMIN_FAILURE_RATE = 5 / 60.0;

    private static final int ADMIN_FAILURE_BURST = 10;
    private static final int MAX_REPORT_DAYS = 400;

    private final Config cfg;
    private final Analytics analytics;
    private final ClientAddress clients;
    private final RateLimiter adminFailures =
            new RateLimiter(ADMIN_FAILURE_RATE, ADMIN_FAILURE_BURST, Ticker.systemTicker());
    private final byte[] adminDigest;

    private AnalyticsRoutes(Config cfg, Analytics analytics) {
        this.cfg = cfg;
        this.analytics = analytics;
        this.clients = new ClientAddress(cfg.trustedProxies());
        this.adminDigest =
                cfg.adminToken() == null ? null : sha256(cfg.adminToken().value());
    }

    /** Adds the routes that {@code cfg} turns on; {@code analytics} is null when analytics are off. */
    static void register(JavalinConfig config, Config cfg, Analytics analytics) {
        var routes = new AnalyticsRoutes(cfg, analytics);
        if (cfg.rateLimit() > 0) {
            var limiter = new RateLimiter(cfg.rateLimit(), cfg.rateBurst(), Ticker.systemTicker());
            Handler limit = ctx -> {
                long wait = limiter.acquire(routes.client(ctx));
                if (wait > 0) {
                    ctx.header("Retry-After", Long.toString(wait));
                    throw new HttpResponseException(
                            429, "too many requests from this client; try again in " + wait + " s");
                }
            };
            for (String path : new String[] {"/api/search", "/api/suggest", "/api/events"}) {
                config.routes.before(path, limit);
            }
        }
        // The admin page is served by its route only, never as a plain static file.
        config.routes.before("/admin.html", ctx -> {
            throw new NotFoundException("not found: " + ctx.path());
        });
        if (analytics == null) {
            return;
        }
        config.routes.post("/api/events", routes::event);
        config.routes.get("/api/popular", routes::popular);
        if (cfg.adminToken() != null) {
            config.routes.get("/admin", routes::adminPage);
            config.routes.get("/api/admin/analytics", routes::report);
        }
    }

    private String client(Context ctx) {
        return clients.of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    /** 202 when queued; 204 when deliberately not recorded (Do Not Track, Global Privacy Control, full queue). */
    void event(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        boolean optOut = "1".equals(ctx.header("DNT")) || "1".equals(ctx.header("Sec-GPC"));
        boolean queued;
        try {
            if (optOut) {
                ctx.status(204);
                return;
            }
            queued = analytics.record(body);
        } catch (InvalidEventException e) {
            throw new BadRequestException("body", e.getMessage());
        }
        ctx.header("Cache-Control", "no-store").status(queued ? 202 : 204);
    }

    void popular(Context ctx) {
        int size = Handlers.intParam(ctx, "size", 5, 1, 20);
        // Not cached: it changes as searches are recorded, and is asked only after a search found nothing.
        ctx.header("Cache-Control", "no-cache").json(Map.of("queries", analytics.popular(size)));
    }

    /** The admin page; without the right token it comes with 401 and asks for the token. */
    void adminPage(Context ctx) throws IOException {
        boolean ok = authorized(ctx, false);
        try (InputStream in = AnalyticsRoutes.class.getResourceAsStream("/web/admin.html")) {
            if (in == null) {
                throw new NotFoundException("the admin page is not bundled");
            }
            ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex");
            if (!ok) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"lcs admin\"").status(401);
            }
            ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
        }
    }

    void report(Context ctx) {
        if (!authorized(ctx, true)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"lcs admin\"");
            throw new HttpResponseException(401, "a valid admin token is needed (Authorization: Bearer …)");
        }
        LocalDate today = LocalDate.now(analytics.clock().withZone(ZoneOffset.UTC));
        LocalDate to = date(ctx, "to", today);
        LocalDate from = date(ctx, "from", to.minusDays(29));
        if (from.isAfter(to)) {
            throw new BadRequestException("from", "must not be after to (" + from + " > " + to + ")");
        }
        if (to.toEpochDay() - from.toEpochDay() >= MAX_REPORT_DAYS) {
            throw new BadRequestException("from", "the range must be at most " + MAX_REPORT_DAYS + " days");
        }
        int top = Handlers.intParam(ctx, "top", 20, 1, 100);
        try {
            ctx.header("Cache-Control", "no-store").json(analytics.report(from, to, top));
        } catch (java.sql.SQLException e) {
            ctx.header("Retry-After", "30");
            throw new HttpResponseException(503, "the analytics store is unavailable: " + e.getMessage());
        }
    }

    /**
     * Checks the bearer token in constant time (digests of equal length compared with
     * {@link MessageDigest#isEqual}); wrong tokens are limited per client, past which the answer is 429.
     */
    private boolean authorized(Context ctx, boolean limitFailures) {
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
        boolean ok = given != null && MessageDigest.isEqual(sha256(given), adminDigest);
        if (!ok && (given != null || limitFailures)) {
            long wait = adminFailures.acquire(client(ctx));
            if (wait > 0) {
                ctx.header("Retry-After", Long.toString(wait));
                throw new HttpResponseException(429, "too many failed admin attempts; try again in " + wait + " s");
            }
        }
        return ok;
    }

    private static LocalDate date(Context ctx, String name, LocalDate fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    name,
                    "must be a date such as 2026-01-31 (got \"" + (v.length() > 20 ? v.substring(0, 20) + "…" : v)
                            + "\")");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
