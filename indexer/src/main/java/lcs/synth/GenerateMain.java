package lcs.synth;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.util.List;
import java.util.Locale;

/** {@code lcs generate}: writes a deterministic synthetic corpus and a matching query mix. */
public final class GenerateMain {
  static final String USAGE = """
      usage: lcs generate --docs N [--seed S] --out DIR
        --docs N    documents to write, 1 to 50000000; ids syn-000000001, syn-000000002, ...
        --seed S    any 64-bit whole number (default 42); the same seed writes the same bytes
        --out DIR   folder for part-00000.jsonl, part-00001.jsonl, ... (100000 documents each)
                    and queries.tsv (2000 queries); earlier part files in DIR are replaced
      """;

  private GenerateMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit status (0 ok, 1 could not write, 2 bad usage). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
      out.print(USAGE);
      return 0;
    }
    GenerateOptions options;
    try {
      options = GenerateOptions.parse(args);
    } catch (GenerateOptions.UsageException e) {
      err.println("lcs generate: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    err.printf(Locale.ROOT, "lcs generate: %d documents, seed %d, into %s%n",
        options.docs(), options.seed(), options.out());
    try {
      var s = new CorpusGenerator(options.seed()).generate(options.docs(), options.out(), err);
      out.printf(Locale.ROOT, "generated %d documents (%.1f MB) and %d queries into %s in %.1f s%n",
          s.documents(), s.bytes() / 1e6, s.queries(), options.out(), s.millis() / 1000.0);
      return 0;
    } catch (FileAlreadyExistsException e) {
      err.println("lcs generate: not a folder: " + e.getFile());
      return 1;
    } catch (IOException e) {
      err.println("lcs generate: cannot write into " + options.out() + ": " + e);
      return 1;
    }
  }
}
