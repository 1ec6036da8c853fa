package lcs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import lcs.corpus.CorpusRecord;
import lcs.index.IndexBuilder;
import lcs.query.Aliases;
import lcs.query.AnyOfQuery;
import lcs.query.RankingSwitches;
import lcs.schema.Schema;
import lcs.synth.GenerateCommand;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query counting runs ({@link AnyOfQuery#matching} of the ranking query) matches exactly the
 * documents the ranking query matches, for every shape a query can take: words, phrases,
 * exclusions, required words, OR, aliases, runs of Chinese split into words, typos matched
 * fuzzily, a word being typed matched as a prefix, only symbols, nothing. Over 3,000 synthetic
 * documents in eight languages and the fixtures' real city names, with queries made of words the
 * documents hold.
 */
class CountingQueryTest {
    private static final int DOCS = 3_000;

    @TempDir
    static Path tmp;

    private static SnapshotManager snapshots;
    private static Searcher searcher;
    private static List<String> titles;

    @BeforeAll
    static void build() throws Exception {
        Path corpus = tmp.resolve("corpus");
        GenerateCommand.generate(DOCS, corpus);
        for (String fixture : List.of("cities-13.jsonl", "profiles-6.jsonl")) {
            try (var in = CountingQueryTest.class.getResourceAsStream("/corpus/" + fixture)) {
                Files.copy(in, corpus.resolve(fixture));
            }
        }
        new IndexBuilder(false).phrasePairs(true).build(corpus, tmp.resolve("index"));
        snapshots = SnapshotManager.open(tmp.resolve("index"));
        searcher = new Searcher(snapshots, Aliases.bundled(), RankingSwitches.ALL, Integer.MAX_VALUE);
        titles = new ArrayList<>();
        try (var pinned = searcher.pin()) {
            IndexSearcher s = pinned.indexSearcher();
            var stored = s.storedFields();
            // A spread of documents, so every language of the corpus gives titles.
            for (int doc = 0; doc < s.getIndexReader().maxDoc(); doc += 13) {
                CorpusRecord r = Schema.record(stored.document(doc));
                titles.add(r.title());
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        snapshots.close();
    }

    /** Every shape of query, made from the words of the documents' titles. */
    private static List<String> queries() {
        var random = new Random(20261207L);
        var queries = new LinkedHashSet<String>(List.of(
                "",
                "!!! ???",
                "-learning",
                "- ; :",
                "Vitebsk",
                "Viciebsk learning ",
                "Sonderborg ",
                "Cork library",
                "北京终身学习",
                "学习型城市 ",
                "learnng festivl ",
                "librari ",
                "\"learning city\"",
                "\"the learning city\"",
                "\"learning city of the\"",
                "\"learning city\" -festival ",
                "+library +festival ",
                "+library festival -adult ",
                "festival OR garden ",
                "lifelong lear",
                "comm"));
        for (String title : titles) {
            String[] w = title.split("\\s+");
            String a = w[random.nextInt(w.length)];
            String b = w[random.nextInt(w.length)];
            int at = random.nextInt(w.length);
            String pair = w[at] + (at + 1 < w.length ? " " + w[at + 1] : "");
            String three = at + 2 < w.length ? w[at] + " " + w[at + 1] + " " + w[at + 2] : pair;
            queries.add(title);
            queries.add(a + " " + b + " ");
            queries.add("\"" + pair + "\" ");
            queries.add("\"" + three + "\"");
            queries.add(a + " -" + b + " ");
            queries.add("+" + a + " " + b + " ");
            queries.add(a + " OR " + b + " ");
            queries.add(a + " " + (b.length() > 3 ? b.substring(0, 3) : b)); // being typed
            queries.add(typo(a, random) + " ");
        }
        return new ArrayList<>(queries);
    }

    /** The word with two neighbouring letters swapped (a typo), when it is long enough. */
    private static String typo(String word, Random random) {
        if (word.length() < 5) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        char[] c = word.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    @Test
    void the_counting_query_matches_exactly_the_ranking_querys_documents_for_every_shape() throws IOException {
        List<String> queries = queries();
        assertTrue(queries.size() > 1000, "queries: " + queries.size());
        int matching = 0;
        try (var pinned = searcher.pin()) {
            IndexSearcher s = pinned.indexSearcher();
            for (String q : queries) {
                Query ranking = pinned.matchQuery(q);
                Query counting = AnyOfQuery.matching(ranking, pinned.pairWords());
                long expected = s.count(ranking);
                assertEquals(expected, s.count(counting), "matches of " + q);
                assertEquals(expected, s.count(both(ranking, counting)), "matches of both for " + q);
                matching += expected > 0 ? 1 : 0;
            }
        }
        assertTrue(matching > queries.size() / 2, "too few queries match anything: " + matching);
    }

    @Test
    void a_rare_filter_gives_the_same_matches_too() throws IOException {
        // Under a filter that leads to few documents the counting query checks those one by one.
        Query rare = new TermQuery(new Term(Schema.ID, "cc-cork-1"));
        try (var pinned = searcher.pin()) {
            IndexSearcher s = pinned.indexSearcher();
            for (String q : queries()) {
                Query ranking = pinned.matchQuery(q);
                Query counting = AnyOfQuery.matching(ranking, pinned.pairWords());
                assertEquals(s.count(both(rare, ranking)), s.count(both(rare, counting)), "filtered matches of " + q);
            }
        }
    }

    @Test
    void phrases_of_common_words_are_counted_from_their_word_pairs() throws IOException {
        try (var pinned = searcher.pin()) {
            IndexSearcher s = pinned.indexSearcher();
            for (String q : List.of("\"learning city\"", "\"the learning city\"")) {
                Query ranking = pinned.matchQuery(q);
                Query counting = AnyOfQuery.matching(ranking, pinned.pairWords());
                var fields = new HashSet<String>();
                counting.visit(new QueryVisitor() {
                    @Override
                    public void consumeTerms(Query query, Term... terms) {
                        for (Term t : terms) {
                            fields.add(t.field());
                        }
                    }

                    @Override
                    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                        return this;
                    }
                });
                assertTrue(fields.contains(Schema.pairs(Schema.BODY)), q + " counted by " + counting);
                assertTrue(fields.contains(Schema.pairs(Schema.body("en"))), q + " counted by " + counting);
                long expected = s.count(ranking);
                assertTrue(expected > 0, q);
                assertEquals(expected, s.count(counting), q);
            }
        }
    }

    private static Query both(Query a, Query b) {
        return new BooleanQuery.Builder()
                .add(a, BooleanClause.Occur.FILTER)
                .add(b, BooleanClause.Occur.FILTER)
                .build();
    }
}
