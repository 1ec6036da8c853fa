package lcs.importer;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code lcs import} in-process and keeps what it printed. */
record Run(int exit, String out, String err) {
  static Run of(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cmd = new CommandLine(new ImportCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  long records() {
    return out.lines().filter(l -> !l.isBlank()).count();
  }
}
