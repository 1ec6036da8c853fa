package lcs.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import lcs.search.InvalidIndexException;

/** {@code lcs bench}: indexing, search load and startup benchmarks (see bench/README.md). */
public final class BenchMain {
  static final String USAGE = """
      usage: lcs bench COMMAND [OPTIONS]          (bench/README.md explains each figure)
        index   --corpus DIR [--out DIR] [--threads N] [--ram-mb M] [--only both|full|baseline]
                time IndexBuilder and a bare Lucene baseline over the same corpus
        search  --index DIR --queries FILE [--clients 1,2,8,32] [--seconds 20] [--warmup 5]
                [--cache off|on|both] [--max-requests N] [--size 10] [--peers CORPUS]
                start the server here and load it over HTTP, then the same queries in process;
                --peers: then lcs, bare Lucene and Solr (if built) side by side over CORPUS
        search  --url http://127.0.0.1:PORT [--pid PID] [--index DIR] --queries FILE [...]
                load a server already running on loopback (--index adds the in-process run)
        startup --index DIR [--runs 5] [--q WORDS] [--java-options 'OPTS']
                time from launching the server to its first search answer
        profile --jfr FILE [--top 25] [--package lcs.]
                CPU samples of a JFR recording: hottest frames, time inside the project's methods
      """;

  private BenchMain() {}

  public static void main(String[] args) {
    // The per-request access log would flood the report; LCS_ACCESS_LOG=INFO brings it back.
    if (System.getenv("LCS_ACCESS_LOG") == null) {
      System.setProperty("LCS_ACCESS_LOG", "OFF");
    }
    lcs.index.Logging.bridgeJul();
    System.exit(run(args, System.out, System.err));
  }

  /** Runs a bench command; returns the exit status (0 done, 1 failed or saw errors, 2 bad usage). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
      (args.length == 0 ? err : out).print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String command = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (List.of(rest).contains("-h") || List.of(rest).contains("--help")) {
      out.print(USAGE);
      return 0;
    }
    try {
      return switch (command) {
        case "index" -> IndexBench.run(Flags.parse(rest, IndexBench.FLAGS), out);
        case "search" -> SearchBench.run(Flags.parse(rest, SearchBench.FLAGS), out);
        case "startup" -> StartupBench.run(Flags.parse(rest, StartupBench.FLAGS), out);
        case "profile" -> Profile.run(Flags.parse(rest, Profile.FLAGS), out);
        default -> throw new Flags.UsageException("unknown command '" + command + "'");
      };
    } catch (Flags.UsageException e) {
      err.println("lcs bench: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (InvalidIndexException e) {
      err.println("lcs bench: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("lcs bench: " + e);
      return 1;
    } catch (Exception e) {
      err.println("lcs bench: failed: " + e);
      e.printStackTrace(err);
      return 1;
    }
  }
}
