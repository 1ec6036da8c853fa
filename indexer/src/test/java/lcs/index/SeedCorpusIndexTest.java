package lcs.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import lcs.corpus.CorpusReader;
import lcs.schema.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-cleaned seed corpus ({@code eval/combined/gnlc-seed.jsonl}, the reference the bundled import
 * is checked against) builds, with the expected manifest and facets.
 */
class SeedCorpusIndexTest {
    // Surefire runs in the module folder, so the project folder is one level up.
    private static final Path CORPUS = Path.of("..", "eval", "combined", "gnlc-seed.jsonl");

    @TempDir
    static Path tmp;

    private static Path index;
    private static IndexRun run;
    private static Map<String, Map<String, Integer>> facets;

    @BeforeAll
    static void buildOnce() throws IOException {
        index = tmp.resolve("index");
        run = IndexRun.of(CORPUS, index);
        assertEquals(0, run.status(), run.transcript());
        facets = FacetCounts.of(index);
    }

    @Test
    void bundled_corpus_indexes_16_documents() {
        assertTrue(run.out().startsWith("indexed 16 documents into " + index), run.transcript());
        assertEquals(16, IndexRun.documents(index));
    }

    @Test
    void bundled_corpus_builds_without_complaints() {
        assertEquals("", run.err());
    }

    @Test
    void manifest_records_the_document_count() {
        assertEquals(16, IndexRun.manifest(index).documents());
    }

    @Test
    void manifest_records_the_schema_version() {
        assertEquals(Schema.VERSION, IndexRun.manifest(index).schemaVersion());
    }

    @Test
    void manifest_checksum_is_the_sha256_of_the_corpus() throws IOException {
        String checksum = IndexRun.manifest(index).corpusChecksum();

        assertTrue(checksum.matches("[0-9a-f]{64}"), checksum);
        assertEquals(CorpusReader.checksum(CORPUS), checksum);
        assertTrue(IndexRun.manifest(index).matches(checksum));
    }

    @Test
    void country_facet_counts_the_four_chinese_cities() {
        assertEquals(
                4, facets.get("country").get("China"), facets.get("country").toString());
    }

    @Test
    void type_facet_counts_12_profiles() {
        assertEquals(12, facets.get("type").get("profile"), facets.get("type").toString());
    }

    @Test
    void type_facet_has_every_type_of_the_corpus() {
        assertEquals(Map.of("profile", 12, "news", 2, "story", 1, "press-release", 1), facets.get("type"));
    }

    @Test
    void year_facet_counts_12_documents_of_2021() {
        assertEquals(Map.of("2021", 12, "2022", 2, "2018", 2), facets.get("year"));
    }

    @Test
    void region_facet_counts_9_in_europe_and_north_america() {
        // Counted by hand in gnlc-seed.jsonl: Denmark, Armenia, Bulgaria, Finland, Ireland, Latvia,
        // Slovenia, Germany and Belarus.
        assertEquals(
                Map.of("Europe and North America", 9, "Asia and the Pacific", 5, "Latin America and the Caribbean", 2),
                facets.get("region"));
    }

    @Test
    void language_facet_counts_16_in_english() {
        assertEquals(Map.of("en", 16), facets.get("language"));
    }

    @Test
    void word_pairs_are_indexed_unless_asked_not_to() throws IOException {
        assertFalse(pairWords(index).isEmpty(), "a default build keeps the words whose pairs it holds");
        assertTrue(pairTerms(index) > 0, "a default build indexes pairs");

        Path without = tmp.resolve("without-pairs");
        IndexRun bare = IndexRun.of(CORPUS, without, "--no-phrase-pairs");
        assertEquals(0, bare.status(), bare.transcript());
        assertEquals(Map.of(), pairWords(without));
        assertEquals(0, pairTerms(without));
    }

    @Test
    void every_document_has_a_norm_on_every_scored_field_and_statistics_count_only_the_written_ones()
            throws IOException {
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo field : leaf.reader().getFieldInfos()) {
                    if (field.hasNorms()) {
                        NumericDocValues norms = leaf.reader().getNormValues(field.name);
                        int withNorm = 0;
                        while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                            withNorm++;
                        }
                        assertEquals(leaf.reader().maxDoc(), withNorm, field.name + " has dense norms");
                    }
                }
            }
            // 3 of the 16 records have no summary: BM25 counts the 13 that do.
            assertEquals(13, MultiTerms.getTerms(reader, Schema.SUMMARY).getDocCount());
            assertEquals(16, MultiTerms.getTerms(reader, Schema.head("en")).getDocCount());
            // Every record is English: the French fields are in every document, empty.
            assertNotNull(FieldInfos.getMergedFieldInfos(reader).fieldInfo(Schema.head("fr")));
            assertNull(MultiTerms.getTerms(reader, Schema.head("fr")));
        }
    }

    /** The commit's user data about word pairs. */
    private static Map<String, String> pairWords(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            var out = new TreeMap<>(reader.getIndexCommit().getUserData());
            out.keySet().removeIf(k -> !k.startsWith("pairWords."));
            return out;
        }
    }

    /** How many postings the pair fields of the index hold. */
    private static long pairTerms(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            long terms = 0;
            for (var field : FieldInfos.getMergedFieldInfos(reader)) {
                if (field.name.startsWith("pairs_")) {
                    Terms t = MultiTerms.getTerms(reader, field.name);
                    terms += t == null ? 0 : t.getSumDocFreq();
                }
            }
            return terms;
        }
    }
}
