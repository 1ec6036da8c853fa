package lcs.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lcs analytics} prints the same report as the admin view, from a real store. */
class AnalyticsCommandTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cmd = new CommandLine(new AnalyticsCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void the_report_of_the_fixture_is_printed() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("analytics.db");
        try (var store = new AnalyticsStore(url)) {
            store.write(AnalyticsStoreContract.FIXTURE);
        }
        Run r = run("--from", "2026-03-02", "--to", "2026-03-03", "--db", url);
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("Search analytics, 2026-03-02 to 2026-03-03"), out);
        assertTrue(out.matches("(?s).*searches +6\\n.*"), out);
        assertTrue(out.contains("no-result rate             33.3% (2)"), out);
        assertTrue(out.contains("click-through rate         50.0% (3 of 6)"), out);
        assertTrue(out.contains("average click position     1.75"), out);
        assertTrue(out.matches("(?s).*2026-03-02 +3 +\\(1\\).*2026-03-03 +3 +\\(1\\).*"), out);
        assertTrue(out.matches("(?s).*Top searches\\n.*ljubljana +3 +0\\.0%.*atlantis +2 +100\\.0%.*"), out);
        assertTrue(out.matches("(?s).*Most clicked documents\\n.*doc-lj +2.*"), out);
        assertTrue(out.matches("(?s).*Languages of searches\\n.*en +4.*"), out);
    }

    @Test
    void the_data_folder_default_finds_the_store() throws Exception {
        try (var store = new AnalyticsStore("jdbc:sqlite:" + tmp.resolve("analytics.db"))) {
            store.write(AnalyticsStoreContract.FIXTURE);
        }
        Run r = run("--data", tmp.toString(), "--from", "2026-03-02", "--to", "2026-03-02");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*searches +3\\n.*"), r.out());
    }

    @Test
    void usage_errors_exit_2_and_a_missing_store_exits_1() {
        assertEquals(2, run("--from", "yesterday").exit());
        assertEquals(
                2,
                run("--from", "2026-03-05", "--to", "2026-03-01", "--data", tmp.toString())
                        .exit());
        assertEquals(2, run("--db", "mysql://x").exit());
        assertEquals(2, run("--top", "0").exit());
        Run missing = run("--data", tmp.resolve("nothing").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith("lcs analytics: no analytics store at "), missing.err());
        assertEquals(1, missing.err().lines().count(), "one line");
    }
}
