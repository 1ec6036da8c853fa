package lcs.importer;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on standard error: on a terminal one line rewritten in place (pages done, pages per
 * second, pages left when a sitemap said how many); otherwise a plain line at most every few seconds.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint;
    private int done;
    private int expected;
    private boolean printed;

    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Whether standard error is a terminal; Java 22+ can tell even when a console object exists. */
    static boolean onTerminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) console.getClass().getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    void expect(int pages) {
        expected += pages;
    }

    void page() {
        done++;
        long now = System.nanoTime();
        long every = terminal ? 100_000_000L : 5_000_000_000L;
        if (now - lastPrint >= every) {
            lastPrint = now;
            print(false);
        }
    }

    void finish() {
        if (printed) {
            print(true);
        }
    }

    private void print(boolean last) {
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
        String left = expected > done ? ", " + (expected - done) + " left" : "";
        String line = String.format(Locale.ROOT, "lcs import: %d pages, %.1f pages/s%s", done, done / seconds, left);
        if (terminal) {
            err.print("\r" + line + "\u001b[K" + (last ? "\n" : ""));
        } else if (!last || done > 0) {
            err.println(line);
        }
        err.flush();
        printed = true;
    }
}
