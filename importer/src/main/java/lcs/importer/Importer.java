package lcs.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lcs.corpus.CorpusRecord;
import lcs.corpus.RecordParser;
import lcs.importer.extract.Draft;
import lcs.importer.extract.Draft.Origin;
import lcs.importer.extract.Extractor;
import lcs.importer.extract.Ids;
import lcs.importer.extract.SkipException;

/**
 * The import pipeline as a {@link PageSink}: each page is extracted into records, duplicates (same
 * text, same canonical URL) dropped, ids made unique, every record validated by the indexer's
 * {@link RecordParser} and written as one JSON line. Not thread-safe.
 */
public final class Importer implements PageSink {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String[] ORDER = {
        "id",
        "type",
        "title",
        "summary",
        "city",
        "country",
        "region",
        "date",
        "year",
        "language",
        "url",
        "source",
        "body"
    };

    private final Extractor extractor;
    private final RecordParser parser;
    private final Writer out;
    private final Report report;
    private final Progress progress;
    private final PreviousOutput previous;
    private final Map<String, String> seenText = new HashMap<>();
    private final Set<String> seenUrls = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    private long line;

    Importer(Extractor extractor, RecordParser parser, Writer out, Report report, Progress progress) {
        this(extractor, parser, out, report, progress, PreviousOutput.none());
    }

    Importer(
            Extractor extractor,
            RecordParser parser,
            Writer out,
            Report report,
            Progress progress,
            PreviousOutput previous) {
        this.previous = previous;
        this.extractor = extractor;
        this.parser = parser;
        this.out = out;
        this.report = report;
        this.progress = progress;
    }

    @Override
    public void accept(Page page) {
        report.pageRead();
        progress.page();
        try {
            var drafts = extractor.extract(page);
            int written = 0;
            String firstProblem = null;
            for (Draft d : drafts) {
                String problem = write(d);
                if (problem == null) {
                    written++;
                } else if (firstProblem == null) {
                    firstProblem = problem;
                }
            }
            if (written == 0 && firstProblem != null) {
                report.skipped(
                        page.source(),
                        firstProblem.startsWith("duplicate:") ? SkipReason.DUPLICATE : SkipReason.INVALID_RECORD,
                        firstProblem.replaceFirst("^duplicate: ", ""));
            }
        } catch (SkipException e) {
            report.skipped(page.source(), e.reason(), e.getMessage());
        } catch (RuntimeException e) {
            // One bad page never stops the import; the report names it.
            report.skipped(page.source(), SkipReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public void skipped(String source, SkipReason reason, String detail) {
        progress.page();
        report.skipped(source, reason, detail);
    }

    /** Keeps the previous output's records of a page the site says did not change (re-crawl). */
    @Override
    public boolean unchanged(String source) {
        var lines = previous.lines(source);
        if (lines.isEmpty()) {
            return false;
        }
        report.pageRead();
        progress.page();
        for (String json : lines) {
            var result = parser.parse(Path.of("import"), ++line, json);
            if (!result.valid()) {
                var p = result.problems().get(0);
                report.skipped(source, SkipReason.INVALID_RECORD, "previous record: " + p.field() + ": " + p.message());
                continue;
            }
            CorpusRecord record = result.record();
            var fields = new LinkedHashMap<String, Object>(record.toMap());
            seenText.putIfAbsent(textKey(record.body()), source);
            if (record.url() != null) {
                seenUrls.add(urlKey(record.url(), record.title()));
            }
            fields.put("id", uniqueId(record.id()));
            writeLine(fields);
            report.kept();
        }
        return true;
    }

    @Override
    public void note(String message) {
        report.note(message);
    }

    @Override
    public void expect(int pages) {
        progress.expect(pages);
    }

    /** Writes one record; returns why it was not written, or null. */
    private String write(Draft d) {
        String earlier = seenText.putIfAbsent(textKey(d.get("body")), d.get("source"));
        if (earlier != null) {
            return "duplicate: same text as " + earlier;
        }
        String url = d.get("url");
        if (url != null && d.origin("url") == Origin.PAGE && !seenUrls.add(urlKey(url, d.get("title")))) {
            return "duplicate: same canonical URL " + url;
        }
        String id = uniqueId(d.get("id"));
        var fields = new LinkedHashMap<String, Object>();
        for (String f : ORDER) {
            String v = f.equals("id") ? id : d.get(f);
            if (v != null) {
                fields.put(f, v);
            }
        }
        String json;
        try {
            json = JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var result = parser.parse(Path.of("import"), ++line, json);
        if (!result.valid()) {
            var p = result.problems().get(0);
            return p.field() + ": " + p.message();
        }
        CorpusRecord record = result.record();
        writeLine(record.toMap());
        var origins = new HashMap<String, Origin>(d.origins());
        if (record.region() != null) {
            origins.putIfAbsent("region", Origin.INFERENCE);
        }
        if (record.year() != null) {
            origins.putIfAbsent("year", Origin.INFERENCE);
        }
        origins.putIfAbsent("language", Origin.INFERENCE);
        report.written(origins);
        return null;
    }

    /**
     * What "the same text" means, for the records kept from a previous crawl and the new ones alike:
     * the body case-folded, white space folded.
     */
    private static String textKey(String body) {
        return Ids.hash(body.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
    }

    /** A canonical URL marks a duplicate only with the same title: some sites name the home page on every page. */
    private static String urlKey(String url, String title) {
        return url + "\n" + title;
    }

    /** {@code id}, or the first of {@code id-2}, {@code id-3}… not taken yet; takes it. */
    private String uniqueId(String id) {
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private void writeLine(Map<String, Object> fields) {
        try {
            out.write(JSON.writeValueAsString(fields));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
