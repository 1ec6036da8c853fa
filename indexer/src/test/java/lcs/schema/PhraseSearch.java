package lcs.schema;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/** Phrase queries analysed by {@link Schema#analyzer()}, run over a built index, for the analysis tests. */
public final class PhraseSearch {
    private PhraseSearch() {}

    /** A phrase query for {@code text} in {@code field}; null when the analyzer leaves no token. */
    public static Query phrase(String field, String text) {
        return new QueryBuilder(Schema.analyzer()).createPhraseQuery(field, text);
    }

    /** The ids of the documents in {@code index} that {@code query} matches, best first. */
    public static List<String> idsMatching(Path index, Query query) throws IOException {
        assertNotNull(query, "the analyzer produced no tokens");
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            var ids = new ArrayList<String>();
            for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
                ids.add(Schema.record(searcher.storedFields().document(hit.doc)).id());
            }
            return ids;
        }
    }
}
