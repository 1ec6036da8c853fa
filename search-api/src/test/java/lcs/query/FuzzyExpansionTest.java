package lcs.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import lcs.query.FuzzyExpansion.Candidate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Words near a typed one, found with one automaton for several fields, as FuzzyQuery finds them. */
class FuzzyExpansionTest {
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final List<String> FIELDS = List.of(TITLE, BODY);

    private static Directory dir;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        dir = new ByteBuffersDirectory();
        // No merging and a commit per document: a word's statistics must be summed over segments.
        var config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (var w = new IndexWriter(dir, config)) {
            for (String[] doc : new String[][] {
                {"innovation hub", "urban innovation"},
                {"learning city", "innovation and innovations"},
                {"karta", "karta"},
                {"", "karten kart"},
                {"", "karten kart"},
                {"", "kart"},
                {"lieux", "lien"}
            }) {
                var d = new Document();
                d.add(new TextField(TITLE, doc[0], Field.Store.NO));
                d.add(new TextField(BODY, doc[1], Field.Store.NO));
                w.addDocument(d);
                w.commit();
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    @Test
    void one_expansion_finds_the_word_meant_in_every_field() throws IOException {
        FuzzyExpansion e = FuzzyExpansion.of(reader, "innovaton", 2, FIELDS);

        assertEquals(List.of(new Candidate("innovation", 1, 1 - 1f / 9, 1)), e.candidates(TITLE));
        assertEquals(
                List.of(new Candidate("innovation", 1, 1 - 1f / 9, 2), new Candidate("innovations", 2, 1 - 2f / 9, 1)),
                e.candidates(BODY));
        assertEquals(1, searcher.count(e.query(TITLE, 50)));
        assertEquals(2, searcher.count(e.query(BODY, 50)));
        assertEquals("innovation", e.best().word());
    }

    @Test
    void words_beyond_the_edit_limit_are_left_out() {
        assertEquals(List.of("innovation"), words(FuzzyExpansion.of(reader, "innovaton", 1, FIELDS), BODY));
        assertEquals(
                List.of("innovation", "innovations"), words(FuzzyExpansion.of(reader, "innovaton", 2, FIELDS), BODY));
    }

    @Test
    void a_transposition_is_one_edit() {
        assertEquals(
                List.of(
                        new Candidate("innovations", 1, 1 - 1f / 11, 1),
                        new Candidate("innovation", 2, 1 - 2f / 10, 2)),
                FuzzyExpansion.of(reader, "innovatoins", 2, FIELDS).candidates(BODY));
    }

    @Test
    void the_first_letter_is_taken_as_typed() {
        FuzzyExpansion e =
                FuzzyExpansion.of(reader, "unnovation", 2, FIELDS); // one edit from innovation, in the first letter
        assertEquals(List.of(), e.candidates(TITLE));
        assertEquals(List.of(), e.candidates(BODY));
        assertNull(e.best());
    }

    @Test
    void query_keeps_the_most_similar_words_then_term_order() {
        FuzzyExpansion e = FuzzyExpansion.of(reader, "karte", 1, FIELDS);
        // karta and karten are 0.8 similar (1 edit in 5 letters), kart 0.75 (1 edit in 4).
        assertEquals(List.of("karta", "karten", "kart"), words(e, BODY));
    }

    @Test
    void correction_is_the_most_similar_word_then_the_most_frequent() {
        // karten (in 2 bodies) beats karta (in 1 title, 1 body), as similar; kart (3 bodies) is less similar.
        assertEquals(
                "karten", FuzzyExpansion.of(reader, "karte", 1, FIELDS).best().word());
    }

    @Test
    void between_equal_corrections_the_earlier_field_wins() {
        // lieux (title) and lien (body): one edit from liex, in one document each.
        assertEquals(
                "lieux",
                FuzzyExpansion.of(reader, "liex", 1, List.of(TITLE, BODY))
                        .best()
                        .word());
        assertEquals(
                "lien",
                FuzzyExpansion.of(reader, "liex", 1, List.of(BODY, TITLE))
                        .best()
                        .word());
    }

    @Test
    void the_typed_word_itself_is_matched_but_never_its_own_correction() {
        FuzzyExpansion e = FuzzyExpansion.of(reader, "karta", 1, FIELDS);
        assertEquals(List.of(new Candidate("karta", 0, 1f, 1), new Candidate("kart", 1, 0.75f, 3)), e.candidates(BODY));
        assertEquals("kart", e.best().word());
    }

    @Test
    void a_word_with_no_neighbour_finds_nothing() {
        FuzzyExpansion e = FuzzyExpansion.of(reader, "zebra", 2, FIELDS);
        assertNull(e.query(TITLE, 50));
        assertNull(e.query(BODY, 50));
        assertNull(e.best());
    }

    @Test
    void field_queries_rank_as_fuzzy_queries_do() throws IOException {
        for (String word : List.of("innovaton", "innovatoins", "inovation", "karte", "karta", "kartx")) {
            for (int edits = 1; edits <= 2; edits++) {
                FuzzyExpansion e = FuzzyExpansion.of(reader, word, edits, FIELDS);
                for (String field : FIELDS) {
                    for (int max : new int[] {1, 2, 50}) {
                        String what = word + "~" + edits + " in " + field + ", top " + max;
                        Query fuzzy = new FuzzyQuery(new Term(field, word), edits, 1, max, true);
                        Query ours = e.query(field, max);
                        if (ours == null) {
                            assertEquals(0, searcher.count(fuzzy), what);
                            continue;
                        }
                        assertEquals(searcher.rewrite(fuzzy), searcher.rewrite(ours), what);
                        assertArrayEquals(scores(fuzzy), scores(ours), what);
                    }
                }
            }
        }
    }

    @Test
    void distance_counts_insertions_deletions_substitutions_and_transpositions() {
        assertEquals(0, FuzzyExpansion.distance(cps("abc"), cps("abc")));
        assertEquals(1, FuzzyExpansion.distance(cps("abc"), cps("abxc")));
        assertEquals(1, FuzzyExpansion.distance(cps("abc"), cps("ac")));
        assertEquals(1, FuzzyExpansion.distance(cps("abc"), cps("abd")));
        assertEquals(1, FuzzyExpansion.distance(cps("abc"), cps("acb")));
        // Optimal string alignment: a transposed pair is not edited again.
        assertEquals(3, FuzzyExpansion.distance(cps("ca"), cps("abc")));
    }

    private static List<String> words(FuzzyExpansion e, String field) {
        return e.candidates(field).stream().map(Candidate::word).toList();
    }

    private static String[] scores(Query q) throws IOException {
        ScoreDoc[] hits = searcher.search(q, 10).scoreDocs;
        return Arrays.stream(hits).map(h -> h.doc + ":" + h.score).toArray(String[]::new);
    }

    private static int[] cps(String s) {
        return s.codePoints().toArray();
    }
}
