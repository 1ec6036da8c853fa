package lcs.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lcs.search.Searcher;

/**
 * The search service's configuration. Flags beat environment variables, which beat defaults;
 * every value is validated here, naming the bad one.
 *
 * @param indexDir the index to serve; null means "index the bundled corpus into {@code dataDir}"
 * @param corpusDir the corpus indexed when {@code indexDir} is null
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

  public static final String USAGE = """
      usage: lcs serve [--index DIR] [--port N] [--host H] [options]
        --index DIR          serve this index (default: index the bundled corpus into data/index)
        --corpus DIR         corpus to index when --index is not given (default: corpus)
        --port N             port, 0 for any free one (default 7070)          env LCS_PORT
        --host H             interface to listen on (default 127.0.0.1)       env LCS_HOST
        --cache SPEC         response cache, Caffeine spec or off (default maximumSize=10000)  env LCS_CACHE
        --cors ORIGINS       comma-separated allowed origins, * for any (default *)  env LCS_CORS_ORIGINS
        --reload-seconds N   how often to look for a rebuilt index (default 2)  env LCS_RELOAD_SECONDS
        --aliases FILE       alias table (default: the bundled corpus/aliases.txt)  env LCS_ALIASES
        --threads N          request threads (default 32)                      env LCS_THREADS
        --queue N            requests waiting for a thread before 503 (default 256)  env LCS_QUEUE
        --frame-ancestors S  CSP frame-ancestors of the pages (default *)      env LCS_FRAME_ANCESTORS
        --exact-counts N     count totals and facets exactly up to N matches, estimate
                             beyond from a sample (default 10000)             env LCS_EXACT_COUNTS
        --analytics on|off   record search analytics (default on)              env LCS_ANALYTICS
        --analytics-db URL   jdbc:sqlite:FILE or jdbc:postgresql://… (default SQLite in data/analytics.db)
                                                                               env LCS_ANALYTICS_DB
        --analytics-retention-days N  keep daily analytics N days (default 396, 13 months)
                                                                               env LCS_ANALYTICS_RETENTION_DAYS
        --admin-token-file F file holding the admin view's bearer token; without it
                             or LCS_ADMIN_TOKEN, /admin does not exist          env LCS_ADMIN_TOKEN_FILE
        --trusted-proxies L  comma-separated proxy addresses or CIDRs whose
                             X-Forwarded-For is believed (default none)       env LCS_TRUSTED_PROXIES
        --rate-limit N       requests per second per client to search, suggest
                             and events, or off (default 20)                  env LCS_RATE_LIMIT
        --rate-burst N       burst above the rate (default 40)                env LCS_RATE_BURST
      Environment: LCS_INDEX, LCS_CORPUS, LCS_DATA as the flags --index, --corpus, --data;
      LCS_ADMIN_TOKEN (the admin token itself), LCS_ANALYTICS_KEY (queryId signing key, 32+ characters).
      """;

  private static final Map<String, String> FLAG_TO_ENV = Map.ofEntries(
      Map.entry("--index", "LCS_INDEX"),
      Map.entry("--corpus", "LCS_CORPUS"),
      Map.entry("--data", "LCS_DATA"),
      Map.entry("--host", "LCS_HOST"),
      Map.entry("--port", "LCS_PORT"),
      Map.entry("--cache", "LCS_CACHE"),
      Map.entry("--cors", "LCS_CORS_ORIGINS"),
      Map.entry("--reload-seconds", "LCS_RELOAD_SECONDS"),
      Map.entry("--aliases", "LCS_ALIASES"),
      Map.entry("--threads", "LCS_THREADS"),
      Map.entry("--queue", "LCS_QUEUE"),
      Map.entry("--frame-ancestors", "LCS_FRAME_ANCESTORS"),
      Map.entry("--exact-counts", "LCS_EXACT_COUNTS"),
      Map.entry("--analytics", "LCS_ANALYTICS"),
      Map.entry("--analytics-db", "LCS_ANALYTICS_DB"),
      Map.entry("--analytics-retention-days", "LCS_ANALYTICS_RETENTION_DAYS"),
      Map.entry("--admin-token-file", "LCS_ADMIN_TOKEN_FILE"),
      Map.entry("--trusted-proxies", "LCS_TRUSTED_PROXIES"),
      Map.entry("--rate-limit", "LCS_RATE_LIMIT"),
      Map.entry("--rate-burst", "LCS_RATE_BURST"));

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
        throw new ConfigException("cache must be a Caffeine spec such as maximumSize=10000, or off (got \"" + cacheSpec + "\")");
      }
    }
    corsOrigins = List.copyOf(corsOrigins);
    if (analyticsDb != null && !analyticsDb.startsWith("jdbc:sqlite:") && !analyticsDb.startsWith("jdbc:postgresql:")) {
      // The URL is not echoed: it may hold a password.
      throw new ConfigException("analytics-db must be a jdbc:sqlite:FILE or jdbc:postgresql://… URL");
    }
    if (analyticsKey != null && analyticsKey.value().length() < 32) {
      throw new ConfigException("LCS_ANALYTICS_KEY must be at least 32 characters");
    }
    if (analyticsRetentionDays < 1) {
      throw new ConfigException("analytics-retention-days must be 1 or more (got " + analyticsRetentionDays + ")");
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
      throw new ConfigException("rate-limit must be a number of requests per second, or off (got " + rateLimit + ")");
    }
    if (rateBurst < 1) {
      throw new ConfigException("rate-burst must be 1 or more (got " + rateBurst + ")");
    }
  }

  /**
   * A configuration without analytics, per-client limits or admin view, as tests and benchmarks
   * that predate them build it.
   */
  public Config(Path indexDir, Path corpusDir, Path dataDir, String host, int port, String cacheSpec,
      List<String> corsOrigins, int reloadSeconds, Path aliasesFile, int maxThreads, int queueSize,
      String frameAncestors, int exactCounts) {
    this(indexDir, corpusDir, dataDir, host, port, cacheSpec, corsOrigins, reloadSeconds, aliasesFile, maxThreads,
        queueSize, frameAncestors, exactCounts, false, null, null, DEFAULT_RETENTION_DAYS, null, List.of(), 0, DEFAULT_BURST);
  }

  public static final int DEFAULT_RETENTION_DAYS = 396;
  public static final double DEFAULT_RATE = 20;
  public static final int DEFAULT_BURST = 40;

  /** The same configuration with analytics, limits and admin token as given (tests). */
  public Config withAnalytics(boolean on, String db, Secret admin, List<String> proxies, double rate, int burst) {
    return new Config(indexDir, corpusDir, dataDir, host, port, cacheSpec, corsOrigins, reloadSeconds, aliasesFile,
        maxThreads, queueSize, frameAncestors, exactCounts, on, db, analyticsKey, analyticsRetentionDays, admin, proxies,
        rate, burst);
  }

  /** The JDBC URL of the analytics store. */
  public String analyticsUrl() {
    return analyticsDb != null ? analyticsDb : "jdbc:sqlite:" + dataDir.resolve("analytics.db").toAbsolutePath();
  }

  /** Defaults for a given project root (the folder holding corpus/ and data/). */
  public static Config defaults(Path root) {
    return new Config(null, root.resolve("corpus"), root.resolve("data"), "127.0.0.1", 7070,
        "maximumSize=10000", List.of("*"), 2, null, 32, 256, "*", Searcher.DEFAULT_EXACT_COUNTS,
        true, null, null, DEFAULT_RETENTION_DAYS, null, List.of(), DEFAULT_RATE, DEFAULT_BURST);
  }

  /**
   * Reads flags and environment over the defaults.
   *
   * @throws ConfigException naming an unknown flag or a bad value
   */
  public static Config from(String[] args, Map<String, String> env, Path root) {
    var values = new HashMap<String, String>();
    FLAG_TO_ENV.forEach((flag, var) -> {
      String v = env.get(var);
      if (v != null && !v.isBlank()) {
        values.put(flag, v.strip());
      }
    });
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      String value = null;
      int eq = flag.indexOf('=');
      if (flag.startsWith("--") && eq > 0) {
        value = flag.substring(eq + 1);
        flag = flag.substring(0, eq);
      }
      if (!FLAG_TO_ENV.containsKey(flag)) {
        throw new ConfigException("unknown option " + args[i]);
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new ConfigException(flag + " needs a value");
        }
        value = args[++i];
      }
      values.put(flag, value);
    }
    Config d = defaults(root);
    return new Config(
        path(values.get("--index"), d.indexDir()),
        path(values.get("--corpus"), d.corpusDir()),
        path(values.get("--data"), d.dataDir()),
        values.getOrDefault("--host", d.host()),
        integer(values, "--port", d.port()),
        values.getOrDefault("--cache", d.cacheSpec()),
        values.containsKey("--cors")
            ? Arrays.stream(values.get("--cors").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
            : d.corsOrigins(),
        integer(values, "--reload-seconds", d.reloadSeconds()),
        path(values.get("--aliases"), d.aliasesFile()),
        integer(values, "--threads", d.maxThreads()),
        integer(values, "--queue", d.queueSize()),
        values.getOrDefault("--frame-ancestors", d.frameAncestors()),
        integer(values, "--exact-counts", d.exactCounts()),
        onOff(values, "--analytics", d.analytics()),
        values.getOrDefault("--analytics-db", d.analyticsDb()),
        secret(env.get("LCS_ANALYTICS_KEY")),
        integer(values, "--analytics-retention-days", d.analyticsRetentionDays()),
        adminToken(env.get("LCS_ADMIN_TOKEN"), values.get("--admin-token-file")),
        values.containsKey("--trusted-proxies")
            ? Arrays.stream(values.get("--trusted-proxies").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
            : d.trustedProxies(),
        rate(values.get("--rate-limit"), d.rateLimit()),
        integer(values, "--rate-burst", d.rateBurst()));
  }

  private static boolean onOff(Map<String, String> values, String flag, boolean fallback) {
    String v = values.get(flag);
    if (v == null) {
      return fallback;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "on", "true", "yes" -> true;
      case "off", "false", "no" -> false;
      default -> throw new ConfigException(flag.substring(2) + " must be on or off (got \"" + v + "\")");
    };
  }

  private static double rate(String v, double fallback) {
    if (v == null) {
      return fallback;
    }
    if (v.strip().equalsIgnoreCase("off")) {
      return 0;
    }
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException("rate-limit must be a number of requests per second, or off (got \"" + v + "\")");
    }
  }

  private static Secret secret(String v) {
    return v == null || v.isBlank() ? null : new Secret(v);
  }

  /** The admin token: LCS_ADMIN_TOKEN, else the first line of the token file. */
  private static Secret adminToken(String fromEnv, String file) {
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Secret(fromEnv);
    }
    if (file == null) {
      return null;
    }
    try {
      String text = java.nio.file.Files.readString(Path.of(file)).strip();
      if (text.isEmpty()) {
        throw new ConfigException("admin-token-file " + file + " is empty");
      }
      return new Secret(text.lines().findFirst().orElseThrow());
    } catch (java.io.IOException e) {
      throw new ConfigException("admin-token-file " + file + " cannot be read: " + e.getMessage());
    }
  }

  /** Path of the index actually served. */
  public Path servedIndex() {
    return indexDir != null ? indexDir : dataDir.resolve("index");
  }

  public boolean cacheEnabled() {
    return !"off".equalsIgnoreCase(cacheSpec);
  }

  private static Path path(String value, Path fallback) {
    return value == null ? fallback : Path.of(value);
  }

  private static int integer(Map<String, String> values, String flag, int fallback) {
    String v = values.get(flag);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException(flag.substring(2) + " must be a whole number (got \"" + v + "\")");
    }
  }
}
