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
   * flags: for tests and tools, which then keep working as options are added.
   */
  public static Config forIndex(Path index, Path data, String... flags) {
    var args = new java.util.ArrayList<>(java.util.List.of(
        "--index", index.toString(), "--data", data.toString(), "--port", "0"));
    args.addAll(java.util.List.of(flags));
    return from(args.toArray(String[]::new), Map.of(), data);
  }

  /** Path of the index actually served. */
  public Path servedIndex() {
    return indexDir != null ? indexDir : dataDir.resolve("index");
  }
}
