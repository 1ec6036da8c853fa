package lcs.importer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last crawl learnt of each page it read, kept next to {@code --out} as
 * {@code FILE.crawl-state.json}, so that a re-crawl sends {@code If-None-Match} /
 * {@code If-Modified-Since} and keeps the records of pages that did not change. Only pages read in
 * this run are written back: a page gone from the site is gone from the state.
 */
final class CrawlState {

    /** One page: its validators, content hash, canonical URL, title and (for crawls) the links it had. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(
            String source,
            String etag,
            String lastModified,
            String sha256,
            String canonical,
            String title,
            List<String> links) {
        Entry {
            links = links == null ? List.of() : List.copyOf(links);
        }
    }

    record File(int version, Map<String, Entry> pages) {}

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path path;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new TreeMap<>();

    private CrawlState(Path path, Map<String, Entry> previous) {
        this.path = path;
        this.previous = previous;
    }

    /** The state file for an {@code --out} file: {@code out.jsonl} → {@code out.jsonl.crawl-state.json}. */
    static Path beside(Path out) {
        return out.resolveSibling(out.getFileName() + ".crawl-state.json");
    }

    /** No file: nothing remembered, nothing saved (output to standard output). */
    static CrawlState none() {
        return new CrawlState(null, Map.of());
    }

    /**
     * Reads the state at {@code path}; a missing file is an empty state. A file that cannot be read
     * as state is ignored (the crawl then fetches everything) rather than failing the import.
     */
    static CrawlState load(Path path) {
        Map<String, Entry> pages = Map.of();
        if (Files.isRegularFile(path)) {
            try {
                File file = JSON.readValue(path.toFile(), File.class);
                if (file.pages() != null) {
                    pages = Map.copyOf(file.pages());
                }
            } catch (IOException e) {
                pages = Map.of();
            }
        }
        return new CrawlState(path, pages);
    }

    Entry previous(String url) {
        return previous.get(url);
    }

    void put(String url, Entry entry) {
        current.put(url, entry);
    }

    /** Writes the pages read in this run, replacing the file atomically. */
    void save() {
        if (path == null) {
            return;
        }
        try {
            Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new File(1, current));
            try {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write crawl state " + path + ": " + e.getMessage(), e);
        }
    }
}
