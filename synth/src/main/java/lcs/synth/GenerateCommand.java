package lcs.synth;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lcs.command.Commands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lcs generate}: writes a deterministic synthetic corpus and a matching query mix. */
@Command(
        name = "generate",
        description = "Write a deterministic synthetic corpus (ids syn-...) and a matching query mix.")
public final class GenerateCommand implements Callable<Integer> {
    static final long MAX_DOCS = 50_000_000;

    @Spec
    CommandSpec spec;

    private long docs;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description = "any 64-bit whole number (default ${DEFAULT-VALUE}); the same seed writes the same bytes")
    long seed;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder for part-00000.jsonl, part-00001.jsonl, ... (100000 documents each) and "
                    + "queries.tsv (2000 queries); earlier part files in DIR are replaced")
    Path out;

    /** Validated as it is parsed, so a bad value is a usage error naming the flag. */
    @Option(names = "--docs", required = true, paramLabel = "N", description = "documents to write, 1 to 50000000")
    void docs(long n) {
        if (n < 1 || n > MAX_DOCS) {
            throw new ParameterException(
                    spec.commandLine(), "--docs must be between 1 and " + MAX_DOCS + " (got " + n + ")");
        }
        docs = n;
    }

    /**
     * Writes what {@code lcs generate --docs N --out DIR} writes (the default seed), for the tests and
     * benchmarks that need a generated corpus.
     *
     * @throws IllegalStateException holding the command's output, when it fails
     */
    public static void generate(long docs, Path out) {
        var log = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
        String[] args = {"--docs", String.valueOf(docs), "--out", out.toString()};
        if (Commands.execute(new GenerateCommand(), args, java.util.Map.of(), print, print) != 0) {
            throw new IllegalStateException(
                    "lcs generate failed: " + log.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "lcs generate: %d documents, seed %d, into %s%n", docs, seed, out);
        try {
            var s = new CorpusGenerator(seed).generate(docs, out, err);
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "generated %d documents (%.1f MB) and %d queries into %s in %.1f s%n",
                            s.documents(),
                            s.bytes() / 1e6,
                            s.queries(),
                            out,
                            s.millis() / 1000.0);
            return 0;
        } catch (FileAlreadyExistsException e) {
            err.println("lcs generate: not a folder: " + e.getFile());
            return Commands.FAILED;
        } catch (IOException e) {
            err.println("lcs generate: cannot write into " + out + ": " + e);
            return Commands.FAILED;
        }
    }
}
