package lcs.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import lcs.corpus.InvalidCorpusException;
import lcs.corpus.Problem;

/** {@code lcs index}: builds an index from a corpus folder and prints what it did. */
public final class IndexMain {
  static final String USAGE = """
      usage: lcs index --corpus DIR --index DIR [--skip-invalid]
        --corpus DIR     folder of *.jsonl files (searched recursively), or one .jsonl file
        --index DIR      index folder to build; replaced atomically when the build succeeds
        --skip-invalid   index the valid records and list the invalid ones, instead of failing
      """;

  private IndexMain() {}

  public static void main(String[] args) {
    Logging.bridgeJul();
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit status (0 ok, 1 build failed, 2 bad usage). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path corpus = null;
    Path index = null;
    boolean skipInvalid = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--index" -> index = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--skip-invalid" -> skipInvalid = true;
        case "-h", "--help" -> {
          out.print(USAGE);
          return 0;
        }
        default -> {
          err.println("lcs index: unknown option " + args[i]);
          err.print(USAGE);
          return 2;
        }
      }
    }
    if (corpus == null || index == null) {
      err.println("lcs index: --corpus and --index are both required");
      err.print(USAGE);
      return 2;
    }
    try {
      BuildReport report = new IndexBuilder(skipInvalid).build(corpus, index);
      print(report, index, out, err);
      return 0;
    } catch (InvalidCorpusException e) {
      e.problems().forEach(err::println);
      if (e.problemCount() > e.problems().size()) {
        err.println("... and " + (e.problemCount() - e.problems().size()) + " more");
      }
      err.println("lcs index: " + e.getMessage() + " (" + index + ")");
      return 1;
    } catch (NoSuchFileException e) {
      err.println("lcs index: no such file or folder: " + e.getFile());
      return 1;
    } catch (IOException | RuntimeException e) {
      err.println("lcs index: build failed, the index in " + index + " was not changed: " + e);
      return 1;
    }
  }

  private static void print(BuildReport r, Path index, PrintStream out, PrintStream err) {
    for (Problem p : r.skipped()) {
      err.println("skipped " + p);
    }
    if (r.skippedCount() > r.skipped().size()) {
      err.println("... and " + (r.skippedCount() - r.skipped().size()) + " more skipped");
    }
    double secs = r.millis() / 1000.0;
    out.printf(Locale.ROOT, "indexed %d documents into %s in %.1f s (%.0f docs/s), %.1f MB%n",
        r.manifest().documents(), index, secs, r.manifest().documents() / Math.max(secs, 0.001),
        r.indexBytes() / 1e6);
    out.println("  by type:     " + line(r.byType()));
    out.println("  by language: " + line(r.byLanguage()));
    if (r.skippedCount() > 0) {
      out.println("  skipped:     " + r.skippedCount() + " invalid record(s)");
    }
  }

  private static String line(Map<String, Long> counts) {
    var sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
    return sb.toString();
  }
}
