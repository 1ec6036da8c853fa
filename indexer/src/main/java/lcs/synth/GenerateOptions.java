package lcs.synth;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The validated flags of {@code lcs generate}.
 *
 * @param docs how many documents to write, 1 to {@link #MAX_DOCS}
 * @param seed the seed every random choice derives from; the same seed gives the same bytes
 * @param out the folder to write the part files and {@code queries.tsv} into
 */
record GenerateOptions(long docs, long seed, Path out) {
  static final long MAX_DOCS = 50_000_000;
  static final long DEFAULT_SEED = 42;

  GenerateOptions {
    if (docs < 1 || docs > MAX_DOCS) {
      throw new IllegalArgumentException("docs must be between 1 and " + MAX_DOCS + ": " + docs);
    }
  }

  /** A flag or value the command cannot use; the message names it. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Parses {@code --docs N [--seed S] --out DIR}.
   *
   * @throws UsageException naming the unknown flag, the missing one or the bad value
   */
  static GenerateOptions parse(String[] args) throws UsageException {
    Long docs = null;
    long seed = DEFAULT_SEED;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      switch (flag) {
        case "--docs" -> docs = docs(value(args, ++i, flag));
        case "--seed" -> seed = seed(value(args, ++i, flag));
        case "--out" -> out = out(value(args, ++i, flag));
        default -> throw new UsageException("unknown option " + flag);
      }
    }
    if (docs == null) {
      throw new UsageException("--docs is required");
    }
    if (out == null) {
      throw new UsageException("--out is required");
    }
    return new GenerateOptions(docs, seed, out);
  }

  private static String value(String[] args, int i, String flag) throws UsageException {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(flag + " needs a value");
    }
    return args[i];
  }

  private static long docs(String v) throws UsageException {
    long n;
    try {
      n = Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new UsageException("--docs must be a positive whole number (got \"" + v + "\")");
    }
    if (n < 1 || n > MAX_DOCS) {
      throw new UsageException("--docs must be between 1 and " + MAX_DOCS + " (got " + v.strip() + ")");
    }
    return n;
  }

  private static long seed(String v) throws UsageException {
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new UsageException("--seed must be a whole number that fits in 64 bits (got \"" + v + "\")");
    }
  }

  private static Path out(String v) throws UsageException {
    if (v.isBlank()) {
      throw new UsageException("--out must name a folder (got \"\")");
    }
    try {
      return Path.of(v);
    } catch (InvalidPathException e) {
      throw new UsageException("--out is not a usable path (got \"" + v + "\"): " + e.getReason());
    }
  }
}
