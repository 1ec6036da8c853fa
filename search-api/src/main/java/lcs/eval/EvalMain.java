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
import lcs.query.RankingSwitches;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;

/** {@code lcs eval}: indexes a corpus into a temporary folder and scores a judged query file. */
public final class EvalMain {
  static final String USAGE = """
      usage: lcs eval --queries FILE [--corpus DIR] [--verbose]
        --queries FILE   judged queries: query<TAB>filters<TAB>id:grade ...<TAB>category
        --corpus DIR     corpus to index (default: the bundled corpus/)
        --verbose        also print each query's nDCG@10 and top three ids
        --ablation       also score with each ranking technique switched off in turn
                         (stemming, fuzzy, prefix, coordination, proximity, aliases)
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
    boolean ablation = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--queries" -> queries = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--corpus" -> corpus = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--verbose", "-v" -> verbose = true;
        case "--ablation" -> ablation = true;
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
        if (ablation) {
          out.printf("%n%-26s %7s %7s %7s%n", "ranking", "nDCG@10", "MRR@10", "S@1");
          line(out, RankingSwitches.ALL, report);
          for (String technique : RankingSwitches.TECHNIQUES) {
            RankingSwitches without = RankingSwitches.ALL.without(technique);
            line(out, without, Evaluation.run(new Searcher(snapshots, Aliases.bundled(), without, Searcher.DEFAULT_EXACT_COUNTS), judgments));
          }
        }
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

  private static void line(PrintStream out, RankingSwitches ranking, Evaluation.Report r) {
    out.printf(java.util.Locale.ROOT, "%-26s %7.3f %7.3f %7.3f%n", ranking, r.overall().ndcg(), r.overall().mrr(),
        r.overall().success1());
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
