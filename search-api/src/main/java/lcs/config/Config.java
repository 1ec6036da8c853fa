package lcs.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The search service's configuration, validated here naming any bad value. {@link ServeOptions}
 * declares the flags, their environment variables and defaults (flags beat the environment).
 *
 * @param indexDir the index to serve; null means "index the bundled corpus into {@code dataDir}"
 * @param corpusDir the corpus indexed when {@code indexDir} is null; null means the bundled corpus
 * @param dataDir where the bundled corpus's index is kept
 * @param cacheSpec Caffeine spec for the response cache, e.g. {@code maximumSize=10000}; "off" disables it
 * @param corsOrigins origins allowed to call the API from browsers; {@code *} for any
 * @param reloadSeconds how often to look for a new index commit
 * @param aliasesFile alias table; null means the bundled {@code corpus/aliases.txt}
 * @param maxThreads request threads; requests beyond these and {@code queueSize} get 503
 * @param frameAncestors CSP frame-ancestors for the web pages
 * @param exactCounts up to how many matches totals and facet counts are exact; larger result sets
 *     are counted in a sample of the index
 * @param analytics whether search analytics are recorded ({@code /api/events}) and queryIds issued
 * @param analyticsDb JDBC URL of the analytics store; null means SQLite in {@code dataDir/analytics.db}
 * @param analyticsKey HMAC key signing queryIds, shared by replicas; null means the key in
 *     {@code dataDir/analytics.key}, generated on first start
 * @param analyticsRetentionDays how long daily analytics are kept
 * @param adminToken bearer token of {@code /admin} and {@code /api/admin/*}; null: those routes do not exist
 * @param trustedProxies addresses or CIDR ranges of proxies whose X-Forwarded-For is believed
 * @param rateLimit requests per second per client on the search, suggest and events routes; 0 is no limit
 * @param rateBurst requests a client may send at once above the rate
 */
public record Config(
        Path indexDir,
        Path corpusDir,
        Path dataDir,
        String host,
        int port,
        String cacheSpec,
        List<String> corsOrigins,
        int reloadSeconds,
        Path aliasesFile,
        int maxThreads,
        int queueSize,
        String frameAncestors,
        int exactCounts,
        boolean analytics,
        String analyticsDb,
        Secret analyticsKey,
        int analyticsRetentionDays,
        Secret adminToken,
        List<String> trustedProxies,
        double rateLimit,
        int rateBurst) {

    public Config {
        if (port < 0 || port > 65535) {
            throw new ConfigException("port must be between 0 and 65535 (got " + port + ")");
        }
        if (host == null || host.isBlank()) {
            throw new ConfigException("host must not be empty");
        }
        if (reloadSeconds < 1) {
            throw new ConfigException("reload-seconds must be 1 or more (got " + reloadSeconds + ")");
        }
        if (maxThreads < 4) {
            throw new ConfigException("threads must be 4 or more (got " + maxThreads + ")");
        }
        if (queueSize < 1) {
            throw new ConfigException("queue must be 1 or more (got " + queueSize + ")");
        }
        if (exactCounts < 0) {
            throw new ConfigException("exact-counts must be 0 or more (got " + exactCounts + ")");
        }
        if (cacheSpec == null || !cacheSpec.equalsIgnoreCase("off")) {
            try {
                com.github.benmanes.caffeine.cache.CaffeineSpec.parse(cacheSpec);
            } catch (RuntimeException e) {
                throw new ConfigException(
                        "cache must be a Caffeine spec such as maximumSize=10000, or off (got \"" + cacheSpec + "\")");
            }
        }
        corsOrigins = List.copyOf(corsOrigins);
        if (analyticsDb != null
                && !analyticsDb.startsWith("jdbc:sqlite:")
                && !analyticsDb.startsWith("jdbc:postgresql:")) {
            // The URL is not echoed: it may hold a password.
            throw new ConfigException("analytics-db must be a jdbc:sqlite:FILE or jdbc:postgresql://… URL");
        }
        if (analyticsKey != null && analyticsKey.value().length() < 32) {
            throw new ConfigException("LCS_ANALYTICS_KEY must be at least 32 characters");
        }
        if (analyticsRetentionDays < 1) {
            throw new ConfigException(
                    "analytics-retention-days must be 1 or more (got " + analyticsRetentionDays + ")");
        }
        if (adminToken != null && adminToken.value().length() < 16) {
            throw new ConfigException("the admin token must be at least 16 characters");
        }
        trustedProxies = List.copyOf(trustedProxies);
        for (String p : trustedProxies) {
            if (!p.matches("[0-9A-Fa-f:.]+(/\\d{1,3})?")) {
                throw new ConfigException("trusted-proxies must be IP addresses or CIDR ranges (got \"" + p + "\")");
            }
        }
        if (!(rateLimit >= 0) || Double.isInfinite(rateLimit)) {
            throw new ConfigException(
                    "rate-limit must be a number of requests per second, or off (got " + rateLimit + ")");
        }
        if (rateBurst < 1) {
            throw new ConfigException("rate-burst must be 1 or more (got " + rateBurst + ")");
        }
    }

    /** The same configuration with analytics, limits and admin token as given (tests). */
    public Config withAnalytics(boolean on, String db, Secret admin, List<String> proxies, double rate, int burst) {
        return new Config(
                indexDir,
                corpusDir,
                dataDir,
                host,
                port,
                cacheSpec,
                corsOrigins,
                reloadSeconds,
                aliasesFile,
                maxThreads,
                queueSize,
                frameAncestors,
                exactCounts,
                on,
                db,
                analyticsKey,
                analyticsRetentionDays,
                admin,
                proxies,
                rate,
                burst);
    }

    /** The JDBC URL of the analytics store. */
    public String analyticsUrl() {
        return analyticsDb != null
                ? analyticsDb
                : "jdbc:sqlite:" + dataDir.resolve("analytics.db").toAbsolutePath();
    }

    /** Defaults for a given project root (the folder holding corpus/ and data/). */
    public static Config defaults(Path root) {
        return from(new String[0], Map.of(), root);
    }

    /**
     * Reads flags and environment over the defaults, as {@code lcs serve} does ({@link ServeOptions}).
     *
     * @throws ConfigException naming an unknown flag or a bad value
     */
    public static Config from(String[] args, Map<String, String> env, Path root) {
        return ServeOptions.parse(args, env, root);
    }

    /**
     * Serves {@code index} on a free port with {@code data} as the data folder, plus any other serve
     * flags: for tests and tools, which then keep working as options are added. Analytics and
     * per-client limits are off unless the flags turn them on: a benchmark or a test firing
     * thousands of requests from one address is not a visitor.
     */
    public static Config forIndex(Path index, Path data, String... flags) {
        var args = new java.util.ArrayList<>(
                java.util.List.of("--index", index.toString(), "--data", data.toString(), "--port", "0"));
        var given = java.util.List.of(flags);
        if (given.stream().noneMatch(f -> f.startsWith("--analytics"))) {
            args.addAll(java.util.List.of("--analytics", "off"));
        }
        if (given.stream().noneMatch(f -> f.startsWith("--rate-limit"))) {
            args.addAll(java.util.List.of("--rate-limit", "off"));
        }
        args.addAll(given);
        return from(args.toArray(String[]::new), Map.of(), data);
    }

    /** Path of the index actually served. */
    public Path servedIndex() {
        return indexDir != null ? indexDir : dataDir.resolve("index");
    }
}
