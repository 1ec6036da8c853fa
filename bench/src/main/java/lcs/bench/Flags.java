package lcs.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code --name value} (or {@code --name=value}) options of one bench command. */
final class Flags {
  /** A bad command line; the message names the flag or value. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  private final Map<String, String> values;

  private Flags(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses {@code args}, accepting only the flags in {@code known} (names without dashes).
   *
   * @throws UsageException naming an unknown flag or one without a value
   */
  static Flags parse(String[] args, Set<String> known) {
    var values = new HashMap<String, String>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument " + arg);
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (!known.contains(name)) {
        throw new UsageException("unknown option --" + name);
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException("--" + name + " needs a value");
        }
        value = args[++i];
      }
      values.put(name, value);
    }
    return new Flags(values);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  Path path(String name) {
    String v = values.get(name);
    return v == null ? null : Path.of(v);
  }

  Path requiredPath(String name) {
    Path p = path(name);
    if (p == null) {
      throw new UsageException("--" + name + " is required");
    }
    return p;
  }

  long number(String name, long fallback, long min) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.strip());
      if (n < min) {
        throw new UsageException("--" + name + " must be " + min + " or more (got " + n + ")");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number (got \"" + v + "\")");
    }
  }

  /** A comma-separated list of positive whole numbers, such as {@code 1,2,8,32}. */
  List<Integer> numbers(String name, List<Integer> fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    var out = new ArrayList<Integer>();
    for (String part : v.split(",")) {
      try {
        int n = Integer.parseInt(part.strip());
        if (n < 1) {
          throw new NumberFormatException();
        }
        out.add(n);
      } catch (NumberFormatException e) {
        throw new UsageException("--" + name + " must be positive whole numbers separated by commas (got \"" + v + "\")");
      }
    }
    return List.copyOf(out);
  }

  String choice(String name, String fallback, Set<String> allowed) {
    String v = string(name, fallback);
    if (!allowed.contains(v)) {
      throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
          + " (got \"" + v + "\")");
    }
    return v;
  }
}
