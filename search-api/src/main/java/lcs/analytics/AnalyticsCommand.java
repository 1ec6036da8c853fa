package lcs.analytics;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import lcs.command.Commands;
import lcs.command.Env;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lcs analytics}: the admin view's report, in the terminal. */
@Command(
        name = "analytics",
        description = "Prints the search analytics of a date range (UTC days, both included): searches per day, "
                + "top searches, top searches without results, click-through rate, filters, documents, languages.")
public final class AnalyticsCommand implements Callable<Integer> {
    @Option(names = "--from", description = "first day, YYYY-MM-DD (default: 29 days before --to)")
    LocalDate from;

    @Option(names = "--to", description = "last day, YYYY-MM-DD (default: today)")
    LocalDate to;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "jdbc:sqlite:FILE or jdbc:postgresql://… (default: SQLite in the data folder) (env LCS_ANALYTICS_DB)")
    @Env("LCS_ANALYTICS_DB")
    String db;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "data",
            description = "the data folder (default: ${DEFAULT-VALUE}) (env LCS_DATA)")
    @Env("LCS_DATA")
    Path data;

    @Option(names = "--top", defaultValue = "20", description = "rows per table, 1-100 (default: ${DEFAULT-VALUE})")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate last = to != null ? to : LocalDate.now(ZoneOffset.UTC);
        LocalDate first = from != null ? from : last.minusDays(29);
        if (first.isAfter(last)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + first + " is after --to " + last);
        }
        if (top < 1 || top > 100) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--top must be between 1 and 100 (got " + top + ")");
        }
        String url = db == null || db.isBlank()
                ? "jdbc:sqlite:" + data.resolve("analytics.db").toAbsolutePath()
                : db.strip();
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--db must be a jdbc:sqlite:FILE or jdbc:postgresql://… URL");
        }
        if (url.startsWith("jdbc:sqlite:") && !Files.exists(Path.of(url.substring("jdbc:sqlite:".length())))) {
            err.println("lcs analytics: no analytics store at " + url.substring("jdbc:sqlite:".length())
                    + " (lcs serve creates it when analytics are on)");
            return Commands.FAILED;
        }
        try (var store = new AnalyticsStore(url)) {
            print(out, store.report(first, last, top));
            out.flush();
            return 0;
        } catch (Exception e) {
            err.println("lcs analytics: " + Analytics.redact(url) + ": " + e.getMessage());
            return Commands.FAILED;
        }
    }

    static void print(PrintWriter out, Report r) {
        out.printf(Locale.ROOT, "Search analytics, %s to %s (UTC)%n%n", r.from(), r.to());
        out.printf(Locale.ROOT, "  %-26s %s%n", "searches", r.searches());
        out.printf(Locale.ROOT, "  %-26s %s (%d)%n", "no-result rate", pct(r.zeroResultRate()), r.zeroResultSearches());
        out.printf(
                Locale.ROOT,
                "  %-26s %s (%d of %d)%n",
                "click-through rate",
                pct(r.clickThroughRate()),
                r.clickedSearches(),
                r.searches());
        out.printf(
                Locale.ROOT,
                "  %-26s %s%n",
                "average click position",
                r.averageClickPosition() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.averageClickPosition()));
        out.printf(Locale.ROOT, "  %-26s %d%n", "searches without clicks", r.searchesWithoutClicks());
        out.printf(Locale.ROOT, "  %-26s %d%n", "clicks", r.clicks());
        long max = r.perDay().stream().mapToLong(Report.Day::searches).max().orElse(0);
        out.printf(Locale.ROOT, "%nSearches per day (no results)%n");
        for (Report.Day d : r.perDay()) {
            int bar = max == 0 ? 0 : (int) Math.round(40.0 * d.searches() / max);
            out.printf(
                    Locale.ROOT,
                    "  %s %8d %6s  %s%n",
                    d.day(),
                    d.searches(),
                    "(" + d.zeroResultSearches() + ")",
                    "#".repeat(bar));
        }
        Function<String, String> q = s -> s.isEmpty() ? "(no words)" : s;
        table(
                out,
                "Top searches",
                List.of("query", "searches", "no-result rate"),
                r.topSearches().stream()
                        .map(x -> List.of(q.apply(x.query()), "" + x.searches(), pct(x.zeroResultRate())))
                        .toList());
        table(
                out,
                "Top searches without results",
                List.of("query", "no results", "no-result rate"),
                r.topZeroResultSearches().stream()
                        .map(x -> List.of(q.apply(x.query()), "" + x.zeroResultSearches(), pct(x.zeroResultRate())))
                        .toList());
        table(
                out,
                "Top searches without clicks",
                List.of("query", "searches", "without clicks"),
                r.topSearchesWithoutClicks().stream()
                        .map(x -> List.of(
                                q.apply(x.query()), "" + x.searches(), "" + (x.searches() - x.clickedSearches())))
                        .toList());
        table(
                out,
                "Most used filters",
                List.of("filter", "value", "searches"),
                r.topFilters().stream()
                        .map(x -> List.of(x.filter(), x.value(), "" + x.searches()))
                        .toList());
        table(
                out,
                "Most clicked documents",
                List.of("document", "clicks"),
                r.topDocuments().stream()
                        .map(x -> List.of(x.docId(), "" + x.clicks()))
                        .toList());
        table(
                out,
                "Languages of searches",
                List.of("language", "searches"),
                r.languages().stream()
                        .map(x -> List.of(x.lang(), "" + x.searches()))
                        .toList());
    }

    private static void table(PrintWriter out, String title, List<String> head, List<List<String>> rows) {
        out.printf(Locale.ROOT, "%n%s%n", title);
        if (rows.isEmpty()) {
            out.println("  (none)");
            return;
        }
        int[] width = new int[head.size()];
        for (int i = 0; i < head.size(); i++) {
            width[i] = head.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(
                        width[i],
                        Math.min(50, row.get(i).codePointCount(0, row.get(i).length())));
            }
        }
        line(out, head, width);
        for (List<String> row : rows) {
            line(out, row, width);
        }
    }

    private static void line(PrintWriter out, List<String> cells, int[] width) {
        var sb = new StringBuilder(" ");
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).replaceAll("\\p{Cntrl}", " ");
            if (c.codePointCount(0, c.length()) > 50) {
                c = c.substring(0, c.offsetByCodePoints(0, 49)) + "…";
            }
            String pad = " ".repeat(Math.max(0, width[i] - c.codePointCount(0, c.length())));
            sb.append(' ').append(i == 0 ? c + pad : pad + c); // text left, numbers right
        }
        out.println(sb);
    }

    private static String pct(Double x) {
        return x == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
}
