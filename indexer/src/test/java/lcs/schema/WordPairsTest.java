package lcs.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import lcs.corpus.CorpusRecord;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A body's pair field holds a pair term exactly where a phrase query for the two words matches, for
 * every pair of its {@link PairWords}, in the neutral body and in stemmed bodies with stop words
 * left out (English, French) and compound parts stacked on a word (German); and no other pair.
 */
class WordPairsTest {
    private static final Map<String, String> WORDS = Map.of(
            "en", "the learning city of community centres and libraries for young people in local government",
            "fr", "la ville apprenante des centres de la communauté et les bibliothèques pour les jeunes",
            "de", "die Stadt das Lernfestival der Bibliothek und Gemeinschaft Lernzentrum für junge Menschen",
            "it", "la città che apprende dei centri della comunità e biblioteche per giovani");

    @Test
    void a_pair_term_is_in_exactly_the_documents_a_two_word_phrase_matches() throws IOException {
        var random = new Random(20261207L);
        var records = new ArrayList<CorpusRecord>();
        for (int i = 0; i < 400; i++) {
            String lang = List.of("en", "fr", "de", "it").get(i % 4);
            String[] vocabulary = WORDS.get(lang).split(" ");
            var body = new StringBuilder();
            for (int w = 12 + random.nextInt(30); w > 0; w--) {
                body.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
            }
            records.add(record("d" + i, lang, body.toString()));
        }
        PairWords pairWords = PairWords.sample(records.subList(0, 100));
        for (String field : List.of(Schema.BODY, Schema.body("en"), Schema.body("fr"), Schema.body("de"))) {
            assertFalse(pairWords.of(field).isEmpty(), "no pair words for " + field + ": " + pairWords);
        }
        // Italian has no stemmed body: its documents pair words in the neutral body only.
        assertEquals(4, pairWords.toUserData().size(), pairWords.toString());

        try (var dir = new ByteBuffersDirectory()) {
            // Small segments, so that pairs are written, flushed and merged across several.
            var config = new IndexWriterConfig(Schema.analyzer()).setMaxBufferedDocs(37);
            try (var writer = new IndexWriter(dir, config)) {
                for (CorpusRecord r : records) {
                    writer.addDocument(Schema.document(r, pairWords));
                }
            }
            try (var reader = DirectoryReader.open(dir)) {
                assertTrue(
                        reader.leaves().size() > 1,
                        "segments: " + reader.leaves().size());
                var searcher = new IndexSearcher(reader);
                int nonEmpty = 0;
                for (String field : List.of(Schema.BODY, Schema.body("en"), Schema.body("fr"), Schema.body("de"))) {
                    String pairs = Schema.pairs(field);
                    List<String> words = tokens(field, pairWords);
                    for (String a : words) {
                        for (String b : words) {
                            Query phrase = new PhraseQuery(field, a, b);
                            var pair = new TermQuery(new Term(pairs, pairWords.term(field, a, b)));
                            Set<Integer> expected = docs(searcher, phrase);
                            assertEquals(expected, docs(searcher, pair), field + ": \"" + a + " " + b + "\"");
                            nonEmpty += expected.isEmpty() ? 0 : 1;
                        }
                    }
                }
                assertTrue(nonEmpty > 100, "too few pairs occur: " + nonEmpty);
                // A word left out of the pair words pairs with nothing.
                assertNull(pairWords.term(Schema.BODY, "the", "xyzzy"));
            }
        }
    }

    @Test
    void the_words_are_those_in_enough_sampled_documents_and_survive_the_commit() {
        var records = new ArrayList<CorpusRecord>();
        for (int i = 0; i < 10; i++) {
            // "common" in every document, "half" in half, "rare" in two of ten; stop words in all.
            records.add(record(
                    "d" + i,
                    "en",
                    "the common words " + (i % 2 == 0 ? "half " : "") + (i < 2 ? "rare " : "") + "of été"));
        }
        PairWords words = PairWords.sample(records);
        assertNotNull(words.term(Schema.BODY, "common", "half"));
        assertNull(words.term(Schema.BODY, "common", "rare"), words.toString());
        // Stop words of any stemmed language, as the neutral field folds them ("été" is French), pair with none.
        assertNull(words.term(Schema.BODY, "the", "common"), words.toString());
        assertNull(words.term(Schema.BODY, "of", "ete"), words.toString());
        assertNotNull(words.term(Schema.BODY, "words", "half"), words.toString());
        assertNotNull(words.term(Schema.body("en"), "common", "word"), "stemmed as indexed: " + words);
        assertEquals(words, PairWords.fromUserData(words.toUserData()));
        assertEquals(PairWords.NONE, PairWords.fromUserData(Map.of("schemaVersion", "4")));
        assertNull(PairWords.NONE.term(Schema.BODY, "common", "half"));
    }

    private static List<String> tokens(String field, PairWords pairWords) {
        var out = new ArrayList<String>();
        pairWords.of(field).keySet().forEach(w -> out.add(new String((char[]) w)));
        return out;
    }

    private static Set<Integer> docs(IndexSearcher searcher, Query query) throws IOException {
        var out = new HashSet<Integer>();
        for (ScoreDoc d : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
            out.add(d.doc);
        }
        return out;
    }

    private static CorpusRecord record(String id, String lang, String body) {
        return new CorpusRecord(
                id, "story", "Title", body, null, null, null, null, null, null, lang, null, "synthetic test fixture");
    }
}
