package lcs.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import lcs.analytics.AnalyticsCommand;
import lcs.bench.BenchCommand;
import lcs.command.Commands;
import lcs.eval.EvalCommand;
import lcs.http.ServeCommand;
import lcs.importer.ImportCommand;
import lcs.index.IndexCommand;
import lcs.synth.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./lcs}: every Java command of Learning City Search. {@code ./lcs help} prints this command's
 * usage, so the list of commands has one source; {@code test} and {@code build} belong to the
 * launcher script itself (they run Maven) and are listed in the footer.
 */
@Command(
        name = "lcs",
        description = "Learning City Search: full-text search over the UNESCO Global Network of Learning Cities.",
        footer = {
            "",
            "Launcher commands (no Java needed):",
            "  test    run every test (unit, HTTP, browser); prints 'tests: N passed, N failed, N skipped'",
            "  build   compile and package without running tests",
            "",
            "'./lcs COMMAND --help' lists a command's options with their environment variables and defaults.",
            "Environment: JAVA_HOME (a JDK 21+, found by itself otherwise), LCS_HEAP (e.g. 1g)."
        })
public final class Lcs implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        lcs.index.Logging.bridgeJul();
        System.exit(commandLine(System.getenv(), System.out, System.err).execute(args));
    }

    /** The whole command line, in the order the README gives the commands. */
    static CommandLine commandLine(Map<String, String> env, PrintStream out, PrintStream err) {
        var cl = new CommandLine(new Lcs());
        // serve imports the bundled pages when it is given neither --index nor --corpus.
        cl.addSubcommand(new ServeCommand(
                cfg -> BundledCorpus.of(projectRoot(), cfg.dataDir()).prepare()));
        cl.addSubcommand(new IndexCommand());
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new EvalCommand());
        cl.addSubcommand(new GenerateCommand());
        cl.addSubcommand(new AnalyticsCommand());
        cl.addSubcommand(new BenchCommand());
        return Commands.configure(cl, env, out, err);
    }

    /** The folder holding corpus/ and data/, set by the launcher. */
    static Path projectRoot() {
        return Path.of(System.getProperty("lcs.root", "."));
    }

    /** {@code ./lcs} alone prints the usage, like {@code ./lcs help}. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
