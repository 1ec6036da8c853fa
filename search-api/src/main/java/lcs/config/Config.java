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
    int exactCounts) {

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
                             beyond from a sample (default 100000)             env LCS_EXACT_COUNTS
      Environment: LCS_INDEX, LCS_CORPUS, LCS_DATA as the flags --index, --corpus, --data.
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
      Map.entry("--exact-counts", "LCS_EXACT_COUNTS"));

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
  }

  /** Defaults for a given project root (the folder holding corpus/ and data/). */
  public static Config defaults(Path root) {
    return new Config(null, root.resolve("corpus"), root.resolve("data"), "127.0.0.1", 7070,
        "maximumSize=10000", List.of("*"), 2, null, 32, 256, "*", Searcher.DEFAULT_EXACT_COUNTS);
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
        integer(values, "--exact-counts", d.exactCounts()));
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
