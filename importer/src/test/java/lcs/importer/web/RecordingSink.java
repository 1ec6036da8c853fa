package lcs.importer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lcs.importer.Page;
import lcs.importer.PageSink;
import lcs.importer.SkipReason;

/** Keeps what a source hands over, for assertions. */
final class RecordingSink implements PageSink {
    record Skip(String source, SkipReason reason, String detail) {}

    final List<Page> pages = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    int expected;

    @Override
    public void accept(Page page) {
        pages.add(page);
    }

    @Override
    public void skipped(String source, SkipReason reason, String detail) {
        skips.add(new Skip(source, reason, detail));
    }

    /** Whether the sink has previous records for a source (a re-crawl's 304). */
    java.util.function.Predicate<String> hasPrevious = source -> true;

    @Override
    public boolean unchanged(String source) {
        if (!hasPrevious.test(source)) {
            return false;
        }
        unchanged.add(source);
        return true;
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }

    @Override
    public void expect(int pages) {
        expected += pages;
    }

    List<String> sources() {
        return pages.stream().map(Page::source).toList();
    }

    Skip skip(String source) {
        return skips.stream()
                .filter(s -> s.source().equals(source))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no skip for " + source + " in " + this));
    }

    /** Asserts that {@code source} was skipped for {@code reason}, with {@code detailPart} in the detail. */
    void assertSkipped(String source, SkipReason reason, String detailPart) {
        Skip skip = skip(source);
        assertEquals(reason, skip.reason(), skip.toString());
        assertTrue(skip.detail().contains(detailPart), skip.detail());
    }

    @Override
    public String toString() {
        return "pages " + sources() + "\nskips "
                + skips.stream().map(Skip::toString).collect(Collectors.joining("\n  ")) + "\nunchanged " + unchanged;
    }
}
