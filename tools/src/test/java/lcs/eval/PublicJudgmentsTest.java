package lcs.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lcs.index.IndexBuilder;
import lcs.query.Aliases;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking regression gate: the public judged queries over the bundled corpus must keep their
 * scores. Raise {@link #MIN_OVERALL_NDCG} when ranking improves, never lower it to make a change pass.
 */
class PublicJudgmentsTest {
    /** The figure recorded by the lead (overall nDCG@10 was 0.992 when this gate was set). */
    static final double MIN_OVERALL_NDCG = 0.97;

    static final double MIN_CATEGORY_NDCG = 0.9;

    /**
     * Where {@code public.tsv} lives, relative to the module folder Surefire runs in: the repo's own
     * {@code eval/} copy, or {@code shared/eval/} cloned beside the repo (as CI does).
     */
    static final List<Path> CANDIDATES =
            List.of(Path.of("..", "eval", "public.tsv"), Path.of("..", "..", "shared", "eval", "public.tsv"));

    @TempDir
    Path tmp;

    static Path judgments() {
        for (Path p : CANDIDATES) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return fail("public.tsv not found; looked in "
                + CANDIDATES.stream()
                        .map(p -> p.toAbsolutePath().normalize().toString())
                        .toList());
    }

    @Test
    void public_judgments_keep_their_ndcg_overall_and_per_category() throws Exception {
        Judgments judgments = Judgments.read(judgments());
        assertFalse(judgments.queries().isEmpty());
        Path index = tmp.resolve("index");
        // The bundled corpus as ./lcs serve indexes it: imported from the raw seed pages.
        Path corpus =
                lcs.cli.BundledCorpus.of(Path.of(".."), tmp.resolve("data")).prepare();
        new IndexBuilder(false).build(corpus, index);
        Evaluation.Report report;
        try (SnapshotManager snapshots = SnapshotManager.open(index)) {
            report = Evaluation.run(new Searcher(snapshots, Aliases.bundled()), judgments);
        }
        var printed = new ByteArrayOutputStream();
        Evaluation.print(
                report,
                new java.io.PrintWriter(new java.io.OutputStreamWriter(printed, StandardCharsets.UTF_8), true),
                true);
        String table = printed.toString(StandardCharsets.UTF_8);

        assertTrue(
                report.overall().ndcg() >= MIN_OVERALL_NDCG,
                String.format(
                        Locale.ROOT,
                        "overall nDCG@10 %.3f < %.3f%n%s",
                        report.overall().ndcg(),
                        MIN_OVERALL_NDCG,
                        table));
        report.byCategory()
                .forEach((category, m) -> assertTrue(
                        m.ndcg() >= MIN_CATEGORY_NDCG,
                        String.format(
                                Locale.ROOT,
                                "%s nDCG@10 %.3f < %.3f%n%s",
                                category,
                                m.ndcg(),
                                MIN_CATEGORY_NDCG,
                                table)));
    }
}
