package lcs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lcs.synth.GenerateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bare-Lucene peer answers every query of a generated mix, with and without filters. */
class BareLuceneSearchTest {
    @TempDir
    Path tmp;

    @Test
    void answers_the_generated_mix_with_hits_facets_and_snippets() throws Exception {
        Path corpus = tmp.resolve("corpus");
        GenerateCommand.generate(300, corpus);
        assertEquals(300, BareLuceneSearch.build(corpus, tmp.resolve("index")));
        QueryMix mix = QueryMix.read(corpus.resolve("queries.tsv"));
        try (var bare = new BareLuceneSearch(tmp.resolve("index"))) {
            long answered = 0;
            for (var e : mix.entries()) {
                answered += bare.search(e.q(), e.filters(), 10) > 0 ? 1 : 0;
            }
            assertTrue(answered > mix.size() / 2, answered + " of " + mix.size() + " queries found something");
            assertTrue(bare.search("learning", Map.of("type", List.of("news")), 10) > 0);
        }
    }
}
