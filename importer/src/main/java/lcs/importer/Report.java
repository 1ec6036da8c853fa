package lcs.importer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lcs.importer.extract.Draft;
import lcs.importer.extract.Draft.Origin;

/**
 * What an import did, printed to standard error at the end: pages read, records written, pages
 * skipped with their reasons, and for each field how many records got it from the page, a rule,
 * inference, or not at all. Not thread-safe; one import fills it.
 */
public final class Report {
    /** A page that gave no record. */
    public record Skip(String source, SkipReason reason, String detail) {}

    private int pagesRead;
    private int recordsWritten;
    private int recordsKept;
    private final List<Skip> skips = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, EnumMap<Origin, Integer>> origins = new LinkedHashMap<>();
    private final Map<String, Integer> none = new LinkedHashMap<>();

    public Report() {
        for (String f : Draft.FIELDS) {
            origins.put(f, new EnumMap<>(Origin.class));
            none.put(f, 0);
        }
    }

    void pageRead() {
        pagesRead++;
    }

    void skipped(String source, SkipReason reason, String detail) {
        skips.add(new Skip(source, reason, detail));
    }

    /** A record written, with where each field came from ({@code null} origin: the field is absent). */
    void written(Map<String, Origin> fieldOrigins) {
        recordsWritten++;
        for (String f : Draft.FIELDS) {
            Origin o = fieldOrigins.get(f);
            if (o == null) {
                none.merge(f, 1, Integer::sum);
            } else {
                origins.get(f).merge(o, 1, Integer::sum);
            }
        }
    }

    /** A record of the previous output written again, its page unchanged since the last crawl. */
    void kept() {
        recordsWritten++;
        recordsKept++;
    }

    void note(String message) {
        notes.add(message);
    }

    public int recordsKept() {
        return recordsKept;
    }

    public int pagesRead() {
        return pagesRead;
    }

    public int recordsWritten() {
        return recordsWritten;
    }

    public List<Skip> skips() {
        return List.copyOf(skips);
    }

    /** How many written records got a field from this origin. */
    public int count(String field, Origin origin) {
        return origins.get(field).getOrDefault(origin, 0);
    }

    public void print(PrintWriter err) {
        err.printf(
                Locale.ROOT,
                "lcs import: %d pages read, %d records written, %d pages skipped%n",
                pagesRead,
                recordsWritten,
                skips.size());
        notes.forEach(n -> err.println("  " + n));
        if (recordsKept > 0) {
            err.printf(
                    Locale.ROOT,
                    "  kept from the previous output, pages unchanged since the last crawl: %d records"
                            + " (not in the field counts below)%n",
                    recordsKept);
        }
        var byReason = new EnumMap<SkipReason, Integer>(SkipReason.class);
        skips.forEach(s -> byReason.merge(s.reason(), 1, Integer::sum));
        byReason.forEach((r, n) -> err.printf(Locale.ROOT, "  skipped, %s: %d%n", r.label(), n));
        for (Skip s : skips) {
            err.printf(
                    Locale.ROOT,
                    "  %s: %s%s%n",
                    s.source(),
                    s.reason().label(),
                    s.detail() == null ? "" : " (" + s.detail() + ")");
        }
        if (recordsWritten > recordsKept) {
            err.printf(Locale.ROOT, "  %-9s %6s %6s %10s %6s%n", "field", "page", "rule", "inference", "none");
            for (String f : Draft.FIELDS) {
                var o = origins.get(f);
                err.printf(
                        Locale.ROOT,
                        "  %-9s %6d %6d %10d %6d%n",
                        f,
                        o.getOrDefault(Origin.PAGE, 0),
                        o.getOrDefault(Origin.RULE, 0),
                        o.getOrDefault(Origin.INFERENCE, 0),
                        none.get(f));
            }
        }
    }
}
