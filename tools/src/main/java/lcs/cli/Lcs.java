package lcs.cli;

import lcs.bench.BenchCommand;
import lcs.command.Commands;
import lcs.eval.EvalCommand;
import lcs.http.ServeCommand;
import lcs.index.IndexCommand;
import lcs.synth.GenerateCommand;
import picocli.CommandLine.Command;

/**
 * {@code ./lcs}: every Java command of Learning City Search. {@code ./lcs help} prints this command's
 * usage, so the list of commands has one source; {@code test} and {@code build} belong to the
 * launcher script itself (they run Maven) and are listed in the footer.
 */
@Command(name = "lcs", mixinStandardHelpOptions = true,
    description = "Learning City Search: full-text search over the UNESCO Global Network of Learning Cities.",
    subcommands = {
        ServeCommand.class,
        IndexCommand.class,
        EvalCommand.class,
        GenerateCommand.class,
        BenchCommand.class,
    },
    footer = {
        "",
        "Launcher commands (no Java needed):",
        "  test    run every test (unit, HTTP, browser); prints 'tests: N passed, N failed, N skipped'",
        "  build   compile and package without running tests",
        "",
        "'./lcs COMMAND --help' lists a command's options with their environment variables and defaults.",
        "Environment: JAVA_HOME (a JDK 21+, found by itself otherwise), LCS_HEAP (e.g. 1g)."})
public final class Lcs implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    Commands.main(new Lcs(), args);
  }

  /** {@code ./lcs} alone prints the usage, like {@code ./lcs help}. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
