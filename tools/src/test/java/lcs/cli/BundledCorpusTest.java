package lcs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lcs.index.IndexBuilder;
import lcs.query.Aliases;
import lcs.query.SearchRequest;
import lcs.search.SearchResult;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./lcs serve} indexes by default: the raw seed pages imported with the bundled rules. It
 * must give the same documents and the same facet counts as the hand-cleaned reference, and the
 * import runs again only when the pages or rules change.
 */
class BundledCorpusTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void the_imported_pages_index_like_the_hand_cleaned_reference() throws Exception {
        Path imported = BundledCorpus.of(ROOT, tmp.resolve("data")).prepare();
        SearchResult bundled = everything(imported, tmp.resolve("bundled-index"));
        SearchResult reference =
                everything(ROOT.resolve("eval/combined/gnlc-seed.jsonl"), tmp.resolve("reference-index"));

        assertEquals(16, bundled.total());
        assertEquals(ids(reference), ids(bundled));
        assertEquals(reference.facets(), bundled.facets());
    }

    @Test
    void an_unchanged_corpus_is_not_imported_again_and_a_changed_one_is() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.copy(ROOT.resolve("corpus/pages").resolve(firstPage()), pages.resolve(firstPage()));
        var corpus = new BundledCorpus(pages, ROOT.resolve("corpus/rules.json"), tmp.resolve("out"));
        Path out = corpus.prepare().resolve("bundled.jsonl");
        var written = Files.getLastModifiedTime(out);

        Thread.sleep(20);
        corpus.prepare();
        assertEquals(written, Files.getLastModifiedTime(out), "imported again although nothing changed");

        Files.writeString(pages.resolve("extra.txt"), "A synthetic test page\n\nAbout a made-up learning festival.\n");
        corpus.prepare();
        assertNotEquals(written, Files.getLastModifiedTime(out), "a new page was not imported");
    }

    @Test
    void a_failed_import_says_why_with_the_importers_report() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        var corpus = new BundledCorpus(empty, ROOT.resolve("corpus/rules.json"), tmp.resolve("out"));
        var e = assertThrows(IllegalStateException.class, corpus::prepare);
        assertTrue(e.getMessage().contains("importing the bundled pages"), e.getMessage());
        assertTrue(e.getMessage().contains("lcs import"), e.getMessage());
    }

    private static String firstPage() throws Exception {
        try (var files = Files.list(ROOT.resolve("corpus/pages"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static SearchResult everything(Path corpus, Path index) throws Exception {
        new IndexBuilder(false).build(corpus, index);
        try (SnapshotManager snapshots = SnapshotManager.open(index)) {
            return new Searcher(snapshots, Aliases.bundled())
                    .search(SearchRequest.from(Map.of("size", List.of("100"))));
        }
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(h -> h.id()).sorted().toList();
    }
}
