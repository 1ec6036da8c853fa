package lcs.index;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import lcs.command.Commands;
import lcs.command.Env;
import lcs.corpus.InvalidCorpusException;
import lcs.corpus.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lcs index}: builds an index from a corpus folder and prints what it did. */
@Command(
        name = "index",
        description = "Build an index from a corpus folder of *.jsonl files; the index is replaced atomically "
                + "when the whole corpus is valid (exit 1 and the old index untouched otherwise).")
public final class IndexCommand implements Callable<Integer> {
    @Option(
            names = "--corpus",
            required = true,
            paramLabel = "DIR",
            description = "folder of *.jsonl files (searched recursively), or one .jsonl file (env LCS_CORPUS)")
    @Env("LCS_CORPUS")
    Path corpus;

    @Option(
            names = "--index",
            required = true,
            paramLabel = "DIR",
            description = "index folder to build (env LCS_INDEX)")
    @Env("LCS_INDEX")
    Path index;

    @Option(
            names = "--skip-invalid",
            description = "index the valid records and list the invalid ones, instead of failing")
    boolean skipInvalid;

    @Option(
            names = "--phrase-pairs",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "index the pairs of common words (the default), so that quoted phrases count faster on a"
                    + " large index; --no-phrase-pairs builds about 12 %% faster at 1M documents"
                    + " (env LCS_PHRASE_PAIRS)")
    @Env("LCS_PHRASE_PAIRS")
    boolean phrasePairs;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        Commands.main(new IndexCommand(), args);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            BuildReport report =
                    new IndexBuilder(skipInvalid).phrasePairs(phrasePairs).build(corpus, index);
            print(report, out, err);
            return 0;
        } catch (InvalidCorpusException e) {
            e.problems().forEach(err::println);
            if (e.problemCount() > e.problems().size()) {
                err.println("... and " + (e.problemCount() - e.problems().size()) + " more");
            }
            err.println("lcs index: " + e.getMessage() + " (" + index + ")");
            return Commands.FAILED;
        } catch (NoSuchFileException e) {
            err.println("lcs index: no such file or folder: " + e.getFile());
            return Commands.FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("lcs index: build failed, the index in " + index + " was not changed: " + e);
            return Commands.FAILED;
        }
    }

    private void print(BuildReport r, PrintWriter out, PrintWriter err) {
        for (Problem p : r.skipped()) {
            err.println("skipped " + p);
        }
        if (r.skippedCount() > r.skipped().size()) {
            err.println("... and " + (r.skippedCount() - r.skipped().size()) + " more skipped");
        }
        double secs = r.millis() / 1000.0;
        out.printf(
                Locale.ROOT,
                "indexed %d documents into %s in %.1f s (%.0f docs/s), %.1f MB%n",
                r.manifest().documents(),
                index,
                secs,
                r.manifest().documents() / Math.max(secs, 0.001),
                r.indexBytes() / 1e6);
        out.println("  by type:     " + line(r.byType()));
        out.println("  by language: " + line(r.byLanguage()));
        if (r.skippedCount() > 0) {
            out.println("  skipped:     " + r.skippedCount() + " invalid record(s)");
        }
    }

    private static String line(Map<String, Long> counts) {
        var sb = new StringBuilder();
        counts.forEach((k, v) ->
                sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
