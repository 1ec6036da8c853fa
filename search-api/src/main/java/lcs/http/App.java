package lcs.http;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import lcs.analytics.Analytics;
import lcs.cache.ResultCache;
import lcs.config.Config;
import lcs.search.Searcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin application: routes, CORS, security headers, errors, access log and metrics. */
final class App {
    private static final Logger ACCESS = LoggerFactory.getLogger("lcs.access");

    private App() {}

    static Javalin create(Config cfg, Searcher searcher, ResultCache cache, Analytics analytics) {
        var handlers = new Handlers(searcher, cache, analytics == null ? null : analytics::issueQueryId);
        var metrics = new Metrics(cache, searcher, s -> s.documents());
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var countries = new CountryTable(lcs.corpus.Countries.bundled());
        var pages = new PageRenderer(
                PageRenderer.bundledPage(),
                json,
                UiStrings.bundled(json),
                countries,
                new lcs.search.Documents(searcher),
                req -> {
                    try (var pinned = searcher.pin()) {
                        return cache.get(pinned.version(), req, pinned::search);
                    }
                },
                analytics == null ? null : analytics::issueQueryId);
        if (analytics != null) {
            metrics.analytics(analytics.recorder());
        }
        String csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors " + cfg.frameAncestors();
        var cors = new Cors(cfg.corsOrigins());
        var guards = new JettyGuards(cors);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.events.serverStopped(metrics::close);
            config.jetty.host = cfg.host();
            config.jetty.port = cfg.port();
            config.http.maxRequestSize = 16 * 1024;
            config.jetty.modifyServer(guards::configure);
            config.jetty.modifyServletContextHandler(context -> {
                context.insertHandler(guards.concurrencyLimit(cfg.maxThreads(), cfg.queueSize()));
                context.insertHandler(guards.percentEscapes());
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            // Request URIs may carry a 1,000-character query of percent-encoded CJK (9 bytes a character).
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(16 * 1024));
            config.requestLogger.http((ctx, ms) -> {
                String route = ctx.endpoints().lastHttpEndpoint() == null
                        ? "other"
                        : ctx.endpoints().lastHttpEndpoint().path;
                metrics.request(ctx.method().name(), route, ctx.statusCode(), ms);
                ACCESS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
            });
            ErrorMapper.register(config);

            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
                if (!ctx.path().startsWith("/api/")) {
                    ctx.header("Content-Security-Policy", csp);
                }
            });
            config.routes.before("/api/*", cors::addHeaders);
            // The embed snippet loads widget.js with Subresource Integrity, which needs CORS on the script.
            config.routes.before("/widget.js", ctx -> ctx.header("Access-Control-Allow-Origin", "*"));
            // <lcs-search map> imports the map module, its strings, stylesheet and shapes from another site.
            for (String mapFile : new String[] {
                "/js/map.js",
                "/js/i18n.js",
                "/js/strings.json",
                "/js/languages.json",
                "/js/common.js",
                "/css/map.css",
                "/map/*"
            }) {
                config.routes.before(mapFile, cors::addHeaders);
            }
            config.routes.options("/api/*", cors::preflight);
            config.routes.get("/api/search", handlers::search);
            config.routes.get("/api/suggest", handlers::suggest);
            config.routes.get("/api/documents/{id}", handlers::document);
            config.routes.get("/api/documents/{id}/related", handlers::related);
            config.routes.get("/api/health", handlers::health);
            config.routes.get("/api/countries", countries::handle);
            AnalyticsRoutes.register(config, cfg, analytics);
            config.routes.get(
                    "/metrics",
                    ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                            .result(metrics.scrape()));
            config.routes.get("/", pages::search);
            config.routes.get("/doc/{id}", pages::document);
        });
    }
}
