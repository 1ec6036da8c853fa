package lcs.importer.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lcs.command.Commands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lcs eval import}: per-field accuracy and body token F1 of the import on the fixture pages. */
@Command(
        name = "import",
        description =
                "Import quality on fixture pages: exact accuracy of title, date, city, country, region, type, language; body token F1.")
public final class ImportEvalCommand implements Callable<Integer> {
    /** Every metadata field must reach this accuracy. */
    public static final double METADATA_TARGET = 0.95;
    /** Mean body token F1 must reach this. */
    public static final double BODY_TARGET = 0.93;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--fixtures",
            paramLabel = "DIR",
            defaultValue = "importer/target/eval-import",
            description =
                    "folder with expected.jsonl and the pages it names (default ${DEFAULT-VALUE}, written by the build"
                            + " from eval/import) (env LCS_EVAL_IMPORT_FIXTURES)")
    @lcs.command.Env("LCS_EVAL_IMPORT_FIXTURES")
    Path fixtures;

    @Option(names = "--verbose", description = "list every wrong field and every body below the target")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(fixtures.resolve("expected.jsonl"))) {
            // The default fixtures are build output: a clean tree has none until the build ran.
            err.println("lcs eval import: " + fixtures.resolve("expected.jsonl")
                    + ": no such file (a build that runs the tests writes the default fixtures from eval/import,"
                    + " with python3: ./lcs test, or mvn -pl importer -am test-compile)");
            return Commands.FAILED;
        }
        var result = ImportEval.run(fixtures);
        out.printf(
                Locale.ROOT, "lcs eval import: %d pages (%s)%n", result.pages().size(), fixtures);
        out.printf(Locale.ROOT, "  %-9s %s%n", "field", "accuracy");
        result.accuracy().forEach((f, a) -> out.printf(Locale.ROOT, "  %-9s %.3f%n", f, a));
        out.printf(Locale.ROOT, "  %-9s %.3f (mean token F1)%n", "body", result.bodyF1());
        out.printf(
                Locale.ROOT,
                "targets (metadata >= %.2f, body F1 >= %.2f): %s%n",
                METADATA_TARGET,
                BODY_TARGET,
                result.meetsTargets(METADATA_TARGET, BODY_TARGET) ? "met" : "NOT met");
        if (verbose) {
            for (var p : result.pages()) {
                if (p.error() != null) {
                    out.printf(Locale.ROOT, "  %s: %s%n", p.page(), p.error());
                }
                p.fields().forEach((f, v) -> {
                    if (!p.correct(f)) {
                        out.printf(Locale.ROOT, "  %s: %s: expected %s, got %s%n", p.page(), f, v[0], v[1]);
                    }
                });
                if (p.bodyF1() < BODY_TARGET) {
                    out.printf(Locale.ROOT, "  %s: body F1 %.3f%n", p.page(), p.bodyF1());
                }
            }
        }
        out.flush();
        return 0;
    }
}
