package lcs.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lcs.cli.BundledCorpus;
import lcs.command.Commands;
import lcs.corpus.InvalidCorpusException;
import lcs.importer.eval.ImportEvalCommand;
import lcs.index.IndexBuilder;
import lcs.query.Aliases;
import lcs.query.RankingSwitches;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;
import org.apache.lucene.util.IOUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lcs eval}: indexes a corpus into a temporary folder and scores a judged query file. */
@Command(
        name = "eval",
        subcommands = ImportEvalCommand.class,
        description = "Relevance figures (nDCG@10, MRR@10, success@1) of a judged query file, through the "
                + "real search code over a corpus indexed into a temporary folder.")
public final class EvalCommand implements Callable<Integer> {
    @Option(
            names = "--queries",
            paramLabel = "FILE",
            description = "judged queries: query<TAB>filters<TAB>id:grade ...<TAB>category")
    Path queries;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "corpus folder of *.jsonl to index (default: the bundled corpus, imported from corpus/pages)")
    Path corpus;

    @Option(
            names = {"--verbose", "-v"},
            description = "also print each query's nDCG@10 and top three ids")
    boolean verbose;

    @Option(names = "--ablation", description = "also score with each ranking technique switched off in turn")
    boolean ablation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (queries == null) {
            // Not a required option: `lcs eval import` is a subcommand that has no queries.
            throw new ParameterException(spec.commandLine(), "Missing required option: '--queries=FILE'");
        }
        Path root = Path.of(System.getProperty("lcs.root", "."));
        Path corpusDir = corpus != null
                ? corpus
                : BundledCorpus.of(root, root.resolve("data")).prepare();
        Path tmp = null;
        try {
            Judgments judgments = Judgments.read(queries);
            tmp = Files.createTempDirectory("lcs-eval");
            Path index = tmp.resolve("index");
            new IndexBuilder(false).build(corpusDir, index);
            try (SnapshotManager snapshots = SnapshotManager.open(index)) {
                var report = Evaluation.run(new Searcher(snapshots, Aliases.bundled()), judgments);
                Evaluation.print(report, out, verbose);
                if (ablation) {
                    out.printf(java.util.Locale.ROOT, "%n%-26s %7s %7s %7s%n", "ranking", "nDCG@10", "MRR@10", "S@1");
                    line(out, RankingSwitches.ALL, report);
                    for (String technique : RankingSwitches.TECHNIQUES) {
                        RankingSwitches without = RankingSwitches.ALL.without(technique);
                        line(
                                out,
                                without,
                                Evaluation.run(
                                        new Searcher(
                                                snapshots, Aliases.bundled(), without, Searcher.DEFAULT_EXACT_COUNTS),
                                        judgments));
                    }
                }
            }
            return 0;
        } catch (InvalidCorpusException e) {
            e.problems().forEach(err::println);
            err.println("lcs eval: " + e.getMessage());
            return Commands.FAILED;
        } catch (IOException e) {
            err.println("lcs eval: " + e.getMessage());
            return Commands.FAILED;
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void line(PrintWriter out, RankingSwitches ranking, Evaluation.Report r) {
        out.printf(
                java.util.Locale.ROOT,
                "%-26s %7.3f %7.3f %7.3f%n",
                ranking,
                r.overall().ndcg(),
                r.overall().mrr(),
                r.overall().success1());
    }

    private static void deleteQuietly(Path dir) {
        try {
            IOUtils.rm(dir);
        } catch (IOException e) {
            // temporary files; the OS cleans them eventually
        }
    }
}
