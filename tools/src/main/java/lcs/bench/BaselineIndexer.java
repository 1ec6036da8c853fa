package lcs.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import lcs.corpus.CorpusReader;
import lcs.index.IndexingPool;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The least a search index over the corpus needs, as a yardstick for {@code IndexBuilder}: one
 * {@link StandardAnalyzer} text field over title and body, the title stored, the five facets as
 * sorted-set doc values. The same corpus files, streamed with Jackson; the same {@link IndexingPool}
 * and RAM buffer as the real builder, so the difference is the schema and validation.
 */
final class BaselineIndexer {
    /** The fields read from each line; everything else is skipped. */
    record Line(
            String id,
            String title,
            String body,
            String country,
            String region,
            Integer year,
            String type,
            String language) {}

    /** The text field stored with offsets in its postings, for the bare-Lucene search peer's snippets. */
    private static final FieldType STORED_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT.freeze();
    }

    private final int threads;
    private final double ramBufferMb;
    private final boolean storeText;

    BaselineIndexer(int threads, double ramBufferMb) {
        this(threads, ramBufferMb, false);
    }

    /** @param storeText whether to store the text (with offsets) so that a search can show snippets */
    BaselineIndexer(int threads, double ramBufferMb, boolean storeText) {
        this.threads = threads;
        this.ramBufferMb = ramBufferMb;
        this.storeText = storeText;
    }

    /** Indexes every {@code *.jsonl} under {@code corpus} into {@code indexDir}; returns the documents. */
    long build(Path corpus, Path indexDir) throws IOException {
        ObjectReader reader = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readerFor(Line.class);
        var facets = new FacetsConfig();
        var config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramBufferMb);
        var count = new AtomicLong();
        try (var pool = new IndexingPool(threads);
                var dir = FSDirectory.open(indexDir);
                var writer = new IndexWriter(dir, config)) {
            for (Path file : CorpusReader.files(corpus)) {
                try (MappingIterator<Line> lines = reader.readValues(file.toFile())) {
                    while (lines.hasNext() && !pool.failed()) {
                        Line line = lines.next();
                        pool.submit(() -> {
                            writer.addDocument(facets.build(document(line, storeText)));
                            count.incrementAndGet();
                        });
                    }
                }
            }
            pool.finish();
            writer.commit();
        }
        return count.get();
    }

    private static Document document(Line line, boolean storeText) {
        var doc = new Document();
        String text = line.title() + "\n" + line.body();
        doc.add(storeText ? new Field("text", text, STORED_TEXT) : new TextField("text", text, Field.Store.NO));
        doc.add(new StoredField("title", line.title()));
        facet(doc, "country", line.country());
        facet(doc, "region", line.region());
        facet(doc, "year", line.year() == null ? null : line.year().toString());
        facet(doc, "type", line.type());
        facet(doc, "language", line.language());
        return doc;
    }

    private static void facet(Document doc, String dim, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }
}
