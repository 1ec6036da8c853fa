package lcs.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import lcs.command.Commands;
import lcs.command.Env;
import lcs.search.Searcher;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code lcs serve}, each declared once with its flag, environment variable and
 * default; {@link #toConfig} turns them into the validated {@link Config}. A picocli mixin, so the
 * serve command and the tools that start a server (bench) share one definition.
 */
public final class ServeOptions {
    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "serve this index (default: index the bundled corpus into data/index) (env LCS_INDEX)")
    @Env("LCS_INDEX")
    Path index;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "corpus folder of *.jsonl to index when --index is not given (default: the bundled "
                    + "corpus, imported from corpus/pages) (env LCS_CORPUS)")
    @Env("LCS_CORPUS")
    Path corpus;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "folder for the bundled corpus's index (default: data) (env LCS_DATA)")
    @Env("LCS_DATA")
    Path data;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "7070",
            description = "port, 0 for any free one (default ${DEFAULT-VALUE}) (env LCS_PORT)")
    @Env("LCS_PORT")
    int port;

    @Option(
            names = "--host",
            paramLabel = "H",
            defaultValue = "127.0.0.1",
            description = "interface to listen on (default ${DEFAULT-VALUE}) (env LCS_HOST)")
    @Env("LCS_HOST")
    String host;

    @Option(
            names = "--cache",
            paramLabel = "SPEC",
            defaultValue = "maximumSize=10000",
            description = "response cache: a Caffeine spec, or off (default ${DEFAULT-VALUE}) (env LCS_CACHE)")
    @Env("LCS_CACHE")
    String cache;

    @Option(
            names = "--cors",
            paramLabel = "ORIGINS",
            defaultValue = "*",
            description = "comma-separated origins allowed to call the API from browsers, * for any "
                    + "(default ${DEFAULT-VALUE}) (env LCS_CORS_ORIGINS)")
    @Env("LCS_CORS_ORIGINS")
    String cors;

    @Option(
            names = "--reload-seconds",
            paramLabel = "N",
            defaultValue = "2",
            description = "how often to look for a rebuilt index (default ${DEFAULT-VALUE}) (env LCS_RELOAD_SECONDS)")
    @Env("LCS_RELOAD_SECONDS")
    int reloadSeconds;

    @Option(
            names = "--aliases",
            paramLabel = "FILE",
            description = "alias table (default: the bundled corpus/aliases.txt) (env LCS_ALIASES)")
    @Env("LCS_ALIASES")
    Path aliases;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "32",
            description = "request threads (default ${DEFAULT-VALUE}) (env LCS_THREADS)")
    @Env("LCS_THREADS")
    int threads;

    @Option(
            names = "--queue",
            paramLabel = "N",
            defaultValue = "256",
            description = "requests waiting for a thread before 503 (default ${DEFAULT-VALUE}) (env LCS_QUEUE)")
    @Env("LCS_QUEUE")
    int queue;

    @Option(
            names = "--frame-ancestors",
            paramLabel = "S",
            defaultValue = "*",
            description = "CSP frame-ancestors of the pages (default ${DEFAULT-VALUE}) (env LCS_FRAME_ANCESTORS)")
    @Env("LCS_FRAME_ANCESTORS")
    String frameAncestors;

    @Option(
            names = "--exact-counts",
            paramLabel = "N",
            defaultValue = "" + Searcher.DEFAULT_EXACT_COUNTS,
            description = "totals and facet counts are exact up to N matches, estimated from a sample beyond "
                    + "(default ${DEFAULT-VALUE}) (env LCS_EXACT_COUNTS)")
    @Env("LCS_EXACT_COUNTS")
    int exactCounts;

    @Option(
            names = "--analytics",
            paramLabel = "on|off",
            defaultValue = "on",
            description = "record search analytics: queryIds in search answers, /api/events, /admin "
                    + "(default ${DEFAULT-VALUE}) (env LCS_ANALYTICS)")
    @Env("LCS_ANALYTICS")
    String analytics;

    @Option(
            names = "--analytics-db",
            paramLabel = "URL",
            description = "analytics store: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (default: SQLite in "
                    + "data/analytics.db) (env LCS_ANALYTICS_DB)")
    @Env("LCS_ANALYTICS_DB")
    String analyticsDb;

    @Option(
            names = "--analytics-key",
            hidden = true,
            description = "HMAC key signing queryIds, 32+ characters; set it in the environment, not on the "
                    + "command line (default: generated into data/analytics.key) (env LCS_ANALYTICS_KEY)")
    @Env("LCS_ANALYTICS_KEY")
    String analyticsKey;

    @Option(
            names = "--analytics-retention-days",
            paramLabel = "N",
            defaultValue = "396",
            description =
                    "keep daily analytics N days (default ${DEFAULT-VALUE}, 13 months) (env LCS_ANALYTICS_RETENTION_DAYS)")
    @Env("LCS_ANALYTICS_RETENTION_DAYS")
    int analyticsRetentionDays;

    @Option(
            names = "--admin-token",
            hidden = true,
            description =
                    "bearer token of /admin; set it in the environment, not on the command line (env LCS_ADMIN_TOKEN)")
    @Env("LCS_ADMIN_TOKEN")
    String adminToken;

    @Option(
            names = "--admin-token-file",
            paramLabel = "FILE",
            description = "file holding the admin view's bearer token (16+ characters); without it or "
                    + "LCS_ADMIN_TOKEN, /admin does not exist (env LCS_ADMIN_TOKEN_FILE)")
    @Env("LCS_ADMIN_TOKEN_FILE")
    Path adminTokenFile;

    @Option(
            names = "--trusted-proxies",
            paramLabel = "LIST",
            defaultValue = "",
            description = "comma-separated addresses or CIDR ranges of proxies whose X-Forwarded-For is "
                    + "believed (default: none) (env LCS_TRUSTED_PROXIES)")
    @Env("LCS_TRUSTED_PROXIES")
    String trustedProxies;

    @Option(
            names = "--rate-limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "requests per second per client to search, suggest and events, or off "
                    + "(default ${DEFAULT-VALUE}) (env LCS_RATE_LIMIT)")
    @Env("LCS_RATE_LIMIT")
    String rateLimit;

    @Option(
            names = "--rate-burst",
            paramLabel = "N",
            defaultValue = "40",
            description =
                    "requests a client may send at once above the rate (default ${DEFAULT-VALUE}) (env LCS_RATE_BURST)")
    @Env("LCS_RATE_BURST")
    int rateBurst;

    /** The validated configuration; {@code root} is the folder holding corpus/ and data/. */
    public Config toConfig(Path root) {
        return new Config(
                index,
                corpus,
                data != null ? data : root.resolve("data"),
                host,
                port,
                cache,
                Arrays.stream(cors.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                reloadSeconds,
                aliases,
                threads,
                queue,
                frameAncestors,
                exactCounts,
                onOff("analytics", analytics),
                analyticsDb == null || analyticsDb.isBlank() ? null : analyticsDb.strip(),
                analyticsKey == null || analyticsKey.isBlank() ? null : new Secret(analyticsKey),
                analyticsRetentionDays,
                adminToken(),
                Arrays.stream(trustedProxies.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                rate(rateLimit),
                rateBurst);
    }

    private static boolean onOff(String name, String v) {
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new ConfigException(name + " must be on or off (got \"" + v + "\")");
        };
    }

    private static double rate(String v) {
        if (v.strip().equalsIgnoreCase("off")) {
            return 0;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException("rate-limit must be a number of requests per second, or off (got \"" + v + "\")");
        }
    }

    /** LCS_ADMIN_TOKEN, else the first line of the token file, else none. */
    private Secret adminToken() {
        if (adminToken != null && !adminToken.isBlank()) {
            return new Secret(adminToken);
        }
        if (adminTokenFile == null) {
            return null;
        }
        try {
            String text = java.nio.file.Files.readString(adminTokenFile).strip();
            if (text.isEmpty()) {
                throw new ConfigException("admin-token-file " + adminTokenFile + " is empty");
            }
            return new Secret(text.lines().findFirst().orElseThrow());
        } catch (java.io.IOException e) {
            throw new ConfigException("admin-token-file " + adminTokenFile + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Parses serve flags over {@code env}; for tools and tests that need a {@link Config} without a
     * command.
     *
     * @throws ConfigException naming an unknown flag or a bad value
     */
    public static Config parse(String[] args, Map<String, String> env, Path root) {
        var holder = new Holder();
        var cl = Commands.commandLine(holder, env, System.out, System.err);
        try {
            cl.parseArgs(args);
        } catch (ParameterException e) {
            throw new ConfigException(e.getMessage());
        }
        return holder.options.toConfig(root);
    }

    /** A bare command to parse the options with. */
    @CommandLine.Command(name = "serve")
    private static final class Holder {
        @CommandLine.Mixin
        ServeOptions options;
    }
}
