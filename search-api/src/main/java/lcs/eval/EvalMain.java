package lcs.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import lcs.corpus.InvalidCorpusException;
import lcs.index.IndexBuilder;
import lcs.query.Aliases;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;

/** {@code lcs eval}: indexes a corpus into a temporary folder and scores a judged query file. */
public final class EvalMain {
  static final String USAGE = """
      usage: lcs eval --queries FILE [--corpus DIR] [--verbose]
        --queries FILE   judged queries: query<TAB>filters<TAB>id:grade ...<TAB>category
        --corpus DIR     corpus to index (default: the bundled corpus/)
        --verbose        also print each query's nDCG@10 and top three ids
      """;

  private EvalMain() {}

  public static void main(String[] args) {
    lcs.index.Logging.bridgeJul();
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path queries = null;
    Path corpus = Path.of(System.getProperty("lcs.root", ".")).resolve("corpus");
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--queries" -> queries = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--corpus" -> corpus = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--verbose", "-v" -> verbose = true;
        case "-h", "--help" -> {
          out.print(USAGE);
          return 0;
        }
        default -> {
          err.println("lcs eval: unknown option " + args[i]);
          err.print(USAGE);
          return 2;
        }
      }
    }
    if (queries == null || corpus == null) {
      err.println("lcs eval: --queries FILE is required");
      err.print(USAGE);
      return 2;
    }
    Path tmp = null;
    try {
      Judgments judgments = Judgments.read(queries);
      tmp = Files.createTempDirectory("lcs-eval");
      Path index = tmp.resolve("index");
      new IndexBuilder(false).build(corpus, index);
      try (SnapshotManager snapshots = SnapshotManager.open(index)) {
        var report = Evaluation.run(new Searcher(snapshots, Aliases.bundled()), judgments);
        Evaluation.print(report, out, verbose);
      }
      return 0;
    } catch (InvalidCorpusException e) {
      e.problems().forEach(err::println);
      err.println("lcs eval: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("lcs eval: " + e.getMessage());
      return 1;
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // temporary files; the OS cleans them eventually
    }
  }
}
