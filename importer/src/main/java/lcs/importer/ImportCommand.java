package lcs.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lcs.command.Commands;
import lcs.command.Env;
import lcs.corpus.Countries;
import lcs.corpus.LanguageGuesser;
import lcs.corpus.RecordParser;
import lcs.importer.extract.Extractor;
import lcs.importer.rules.InvalidRulesException;
import lcs.importer.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lcs import}: files, folders, URLs and sitemaps into corpus records. Exit 0 when at least one
 * record was written, 1 with a one-line reason when none was (or a re-import would lose more than
 * 10% of the previous {@code --out}), 2 on a usage error.
 */
@Command(
        name = "import",
        description =
                "Turn HTML, text, Markdown and PDF files, folders, URLs and sitemaps into corpus records (JSONL).")
public final class ImportCommand implements Callable<Integer> {
    /** A re-import may lose at most this share of the previous output's records. */
    static final double MAX_SHRINK = 0.10;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "extraction rules, JSON (docs/import.md) (env LCS_IMPORT_RULES)")
    @Env("LCS_IMPORT_RULES")
    Path rules;

    @Option(
            names = "--out",
            paramLabel = "FILE.jsonl",
            description =
                    "write records here, replaced only when the import succeeds; default standard output (env LCS_IMPORT_OUT)")
    @Env("LCS_IMPORT_OUT")
    Path out;

    @Option(
            names = "--crawl",
            description = "follow links on fetched pages within the same host (env LCS_IMPORT_CRAWL)")
    @Env("LCS_IMPORT_CRAWL")
    boolean crawl;

    @Option(
            names = "--max-pages",
            paramLabel = "N",
            defaultValue = "1000",
            description = "fetch at most N pages (default ${DEFAULT-VALUE}) (env LCS_IMPORT_MAX_PAGES)")
    @Env("LCS_IMPORT_MAX_PAGES")
    int maxPages;

    @Option(
            names = "--delay-ms",
            paramLabel = "N",
            defaultValue = "1000",
            description =
                    "pause between requests to one host, unless robots.txt asks more (default ${DEFAULT-VALUE}) (env LCS_IMPORT_DELAY_MS)")
    @Env("LCS_IMPORT_DELAY_MS")
    long delayMs;

    @Option(
            names = "--allow-shrink",
            description =
                    "replace --out even when it would lose more than 10% of its records (env LCS_IMPORT_ALLOW_SHRINK)")
    @Env("LCS_IMPORT_ALLOW_SHRINK")
    boolean allowShrink;

    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description =
                    "file, folder (recursive: .html .htm .txt .md .pdf), http(s) URL of a page, or URL of a sitemap.xml")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CrawlOptions options;
        try {
            options = new CrawlOptions(crawl, maxPages, delayMs, out);
        } catch (IllegalArgumentException e) {
            err.println("lcs import: " + e.getMessage());
            return Commands.USAGE;
        }
        var local = new ArrayList<String>();
        var urls = new ArrayList<URI>();
        for (String input : inputs) {
            if (input.matches("(?i)https?://.+")) {
                try {
                    urls.add(URI.create(input));
                } catch (IllegalArgumentException e) {
                    err.println("lcs import: " + input + ": not a valid URL (" + e.getMessage() + ")");
                    return Commands.USAGE;
                }
            } else {
                local.add(input);
            }
        }
        var sources = new ArrayList<PageSource>();
        if (!local.isEmpty()) {
            sources.add(new LocalFiles(local));
        }
        if (!urls.isEmpty()) {
            var factory = WebSources.factory();
            if (factory.isEmpty()) {
                err.println(
                        "lcs import: URL inputs need the web source, which this build does not have: " + urls.get(0));
                return Commands.USAGE;
            }
            sources.add(factory.get().open(urls, options));
        }
        Rules ruleSet;
        try {
            ruleSet = rules == null ? Rules.none() : Rules.read(rules);
        } catch (InvalidRulesException e) {
            err.println("lcs import: " + e.getMessage());
            return Commands.FAILED;
        }
        try {
            return run(ruleSet, sources, err);
        } catch (IOException | UncheckedIOException e) {
            err.println("lcs import: " + (out == null ? "" : out + ": ") + e.getMessage());
            return Commands.FAILED;
        }
    }

    private int run(Rules ruleSet, List<PageSource> sources, PrintWriter err) throws IOException {
        var report = new Report();
        var progress = new Progress(err, Progress.onTerminal());
        var guesser = Guesser.INSTANCE;
        var parser = new RecordParser(Countries.bundled(), () -> guesser);
        var extractor = new Extractor(ruleSet, guesser);
        Path temp = null;
        Writer writer;
        if (out != null) {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".import-", ".jsonl.tmp");
            writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        } else {
            writer = spec.commandLine().getOut();
        }
        try {
            // A re-crawl keeps the records of pages that did not change (web sources only).
            var previous = out != null && sources.stream().anyMatch(s -> !(s instanceof LocalFiles))
                    ? PreviousOutput.read(out)
                    : PreviousOutput.none();
            var importer = new Importer(extractor, parser, writer, report, progress, previous);
            for (PageSource source : sources) {
                try (source) {
                    source.forEach(importer);
                } catch (IOException e) {
                    report.skipped(String.valueOf(source), SkipReason.UNREADABLE, e.getMessage());
                } catch (Exception e) {
                    report.skipped(String.valueOf(source), SkipReason.UNREADABLE, e.getMessage());
                }
            }
            writer.flush();
        } finally {
            if (out != null) {
                writer.close();
            }
        }
        progress.finish();
        report.print(err);
        int written = report.recordsWritten();
        if (written == 0) {
            deleteQuietly(temp);
            err.println("lcs import: no record written: "
                    + (report.pagesRead() == 0
                            ? "no page found in the input"
                            : "none of the " + report.pagesRead() + " pages read gave a valid record")
                    + (out != null ? "; " + out + " left as it was" : ""));
            return Commands.FAILED;
        }
        if (out != null) {
            if (Files.exists(out) && !allowShrink) {
                long previous;
                try (var lines = Files.lines(out, StandardCharsets.UTF_8)) {
                    previous = lines.filter(l -> !l.isBlank()).count();
                }
                if (written < previous * (1 - MAX_SHRINK)) {
                    deleteQuietly(temp);
                    err.printf(
                            Locale.ROOT,
                            "lcs import: %s has %d records and this import wrote %d (%.0f%% fewer, over the 10%% limit); "
                                    + "%s left as it was; --allow-shrink replaces it%n",
                            out,
                            previous,
                            written,
                            100.0 * (previous - written) / previous,
                            out);
                    return Commands.FAILED;
                }
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            for (PageSource source : sources) {
                source.committed();
            }
        }
        return 0;
    }

    /** One language detector per process: its profiles take a second to load. */
    private static final class Guesser {
        static final LanguageGuesser INSTANCE = new LanguageGuesser();
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
