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
  @Option(names = "--index", paramLabel = "DIR",
      description = "serve this index (default: index the bundled corpus into data/index) (env LCS_INDEX)")
  @Env("LCS_INDEX")
  Path index;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "corpus folder of *.jsonl to index when --index is not given (default: the bundled "
          + "corpus, imported from corpus/pages) (env LCS_CORPUS)")
  @Env("LCS_CORPUS")
  Path corpus;

  @Option(names = "--data", paramLabel = "DIR",
      description = "folder for the bundled corpus's index (default: data) (env LCS_DATA)")
  @Env("LCS_DATA")
  Path data;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
      description = "port, 0 for any free one (default ${DEFAULT-VALUE}) (env LCS_PORT)")
  @Env("LCS_PORT")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
      description = "interface to listen on (default ${DEFAULT-VALUE}) (env LCS_HOST)")
  @Env("LCS_HOST")
  String host;

  @Option(names = "--cache", paramLabel = "SPEC", defaultValue = "maximumSize=10000",
      description = "response cache: a Caffeine spec, or off (default ${DEFAULT-VALUE}) (env LCS_CACHE)")
  @Env("LCS_CACHE")
  String cache;

  @Option(names = "--cors", paramLabel = "ORIGINS", defaultValue = "*",
      description = "comma-separated origins allowed to call the API from browsers, * for any "
          + "(default ${DEFAULT-VALUE}) (env LCS_CORS_ORIGINS)")
  @Env("LCS_CORS_ORIGINS")
  String cors;

  @Option(names = "--reload-seconds", paramLabel = "N", defaultValue = "2",
      description = "how often to look for a rebuilt index (default ${DEFAULT-VALUE}) (env LCS_RELOAD_SECONDS)")
  @Env("LCS_RELOAD_SECONDS")
  int reloadSeconds;

  @Option(names = "--aliases", paramLabel = "FILE",
      description = "alias table (default: the bundled corpus/aliases.txt) (env LCS_ALIASES)")
  @Env("LCS_ALIASES")
  Path aliases;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "32",
      description = "request threads (default ${DEFAULT-VALUE}) (env LCS_THREADS)")
  @Env("LCS_THREADS")
  int threads;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "256",
      description = "requests waiting for a thread before 503 (default ${DEFAULT-VALUE}) (env LCS_QUEUE)")
  @Env("LCS_QUEUE")
  int queue;

  @Option(names = "--frame-ancestors", paramLabel = "S", defaultValue = "*",
      description = "CSP frame-ancestors of the pages (default ${DEFAULT-VALUE}) (env LCS_FRAME_ANCESTORS)")
  @Env("LCS_FRAME_ANCESTORS")
  String frameAncestors;

  @Option(names = "--exact-counts", paramLabel = "N", defaultValue = "" + Searcher.DEFAULT_EXACT_COUNTS,
      description = "totals and facet counts are exact up to N matches, estimated from a sample beyond "
          + "(default ${DEFAULT-VALUE}) (env LCS_EXACT_COUNTS)")
  @Env("LCS_EXACT_COUNTS")
  int exactCounts;

  /** The validated configuration; {@code root} is the folder holding corpus/ and data/. */
  public Config toConfig(Path root) {
    return new Config(
        index,
        corpus,
        data != null ? data : root.resolve("data"),
        host,
        port,
        cache,
        Arrays.stream(cors.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
        reloadSeconds,
        aliases,
        threads,
        queue,
        frameAncestors,
        exactCounts);
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
    @CommandLine.Mixin ServeOptions options;
  }
}
