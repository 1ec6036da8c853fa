package lcs.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.IntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.index.RandomIndexWriter;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * An index with a random segment layout, for tests that extend {@link LuceneTestCase}: the
 * documents go through a {@link RandomIndexWriter} (random codecs, flushes and merges) with a
 * commit now and then for more segments, and are searched with {@code newSearcher}, which may
 * wrap the reader. Built in {@code setUp} (it draws on the test's random seed) and
 * handed to {@code closeAfterTest}.
 */
public record RandomIndex(Directory dir, IndexReader reader, IndexSearcher searcher) implements Closeable {

    /** Indexes {@code documents(0) .. documents(count - 1)} in that order. */
    public static RandomIndex of(int count, IntFunction<Document> documents) throws IOException {
        Directory dir = LuceneTestCase.newDirectory();
        IndexReader reader;
        try (var writer = new RandomIndexWriter(LuceneTestCase.random(), dir)) {
            for (int i = 0; i < count; i++) {
                writer.addDocument(documents.apply(i));
                if (LuceneTestCase.rarely()) {
                    writer.commit(); // more segments
                }
            }
            reader = writer.getReader();
        }
        return new RandomIndex(dir, reader, LuceneTestCase.newSearcher(reader));
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
