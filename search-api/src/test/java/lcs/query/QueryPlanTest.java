package lcs.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lcs.query.QueryPlan.PlannedClause;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@link QueryFactory#plan} derives from the typed text, once, for everything after it. */
class QueryPlanTest {
    private static IndexReader reader;
    private static QueryFactory factory;

    /** A reader of no documents (nothing to close): the plan depends on the typed text and the languages. */
    @BeforeAll
    static void emptyIndex() throws IOException {
        reader = new MultiReader();
        factory = new QueryFactory(reader, Set.of("en", "fr"), Map.of("en", 10L, "fr", 2L));
    }

    private static QueryPlan plan(String q) {
        return factory.plan(q, Aliases.bundled(), RankingSwitches.ALL);
    }

    private static List<String> typed(QueryPlan plan) {
        return plan.clauses().stream()
                .map(c -> c.clause().anyOf().get(0).text())
                .toList();
    }

    @Test
    void chinese_is_split_into_words_with_aliases_switched_off_too() {
        QueryPlan withAliases = plan("北京终身学习");
        QueryPlan without = factory.plan("北京终身学习", Aliases.bundled(), RankingSwitches.ALL.without("aliases"));
        assertTrue(without.clauses().size() > 1, without.clauses().toString());
        assertEquals(typed(withAliases), typed(without));
        assertTrue(withAliases.clauses().get(0).alias());
        assertFalse(without.clauses().get(0).alias());
    }

    @Test
    void in_is_an_english_stopword_and_left_out_of_the_snippet_query() {
        QueryPlan p = plan("learning cities in China");
        assertEquals("en", p.stopwordLanguage());
        assertEquals(
                List.of(false, false, true, false),
                p.clauses().stream().map(PlannedClause::stopword).toList());
        String highlight = p.highlight("en").toString();
        assertTrue(highlight.contains("body:china"), highlight);
        assertFalse(highlight.contains("body:in "), highlight);
    }

    @Test
    void a_query_of_stopwords_only_keeps_them_in_the_snippet_query() {
        assertTrue(plan("in the").highlight("en").toString().contains("body:in"));
    }

    @Test
    void de_is_french_when_the_collection_has_more_french_than_spanish_or_portuguese() {
        assertEquals("fr", plan("ville de Laval").stopwordLanguage());
        assertNull(plan("Ljubljana festival").stopwordLanguage());
    }

    @Test
    void the_script_tells_the_language_of_chinese_and_russian_but_not_of_latin() {
        assertEquals("zh", plan("中国").scriptLanguages().get(0));
        assertEquals("ru", plan("Китай").scriptLanguages().get(0));
        assertEquals(List.of("ja"), plan("とうきょう").scriptLanguages());
        assertEquals(List.of(), plan("Kina").scriptLanguages());
        assertEquals(List.of(), plan("Beijing 北京").scriptLanguages());
    }

    /** Every language, as a collection in all of them: each term meets up to five stemming analyzers. */
    private static QueryPlan planInEveryLanguage(String q) {
        var languages = new java.util.HashMap<String, Long>();
        lcs.schema.Schema.STEMMED_LANGUAGES.forEach(l -> languages.put(l, 10L));
        return new QueryFactory(reader, lcs.schema.Schema.STEMMED_LANGUAGES, languages)
                .plan(q, Aliases.bundled(), RankingSwitches.ALL);
    }

    private static final List<String> MIXED_QUERIES = List.of(
            "learning cities",
            "e-learning city festival",
            "Bibliothèques municipales pour adultes",
            "the city of learning",
            "Lernfestival Stadt der Zukunft",
            "北京 学习型 城市",
            "обучение взрослых",
            "مدن التعلم",
            "88,600 people",
            "adult ;; education",
            "learning -city \"adult education\" Cork festival");

    @Test
    void the_proximity_phrase_is_the_typed_words_analysed_as_one_text() {
        var builder = new org.apache.lucene.util.QueryBuilder(lcs.schema.Schema.queryAnalyzer());
        for (String q : MIXED_QUERIES) {
            QueryPlan p = planInEveryLanguage(q);
            String words = p.clauses().stream()
                    .filter(c -> c.positive() && c.typedWord() != null)
                    .map(PlannedClause::typedWord)
                    .collect(java.util.stream.Collectors.joining(" "));
            var expected = new org.apache.lucene.search.BooleanQuery.Builder();
            for (var part : List.of(
                    new org.apache.lucene.search.BoostQuery(
                            builder.createPhraseQuery(lcs.schema.Schema.TITLE, words), 4f),
                    new org.apache.lucene.search.BoostQuery(
                            builder.createPhraseQuery(lcs.schema.Schema.BODY, words), 3f),
                    new org.apache.lucene.search.BoostQuery(
                            builder.createPhraseQuery(lcs.schema.Schema.BODY, words, 8), 1.5f))) {
                expected.add(part, org.apache.lucene.search.BooleanClause.Occur.SHOULD);
            }
            assertEquals(expected.build(), p.proximity(), q);
        }
    }

    @Test
    void a_stemmed_body_query_is_the_word_analysed_for_that_field() {
        var builder = new org.apache.lucene.util.QueryBuilder(lcs.schema.Schema.queryAnalyzer());
        for (String q : MIXED_QUERIES) {
            QueryPlan p = planInEveryLanguage(q);
            for (PlannedClause c : p.clauses()) {
                for (AnalysedTerm t : c.analysed()) {
                    for (String lang :
                            QueryFactory.stemmedLanguagesFor(t.term().text(), lcs.schema.Schema.STEMMED_LANGUAGES)) {
                        var body = builder.createPhraseQuery(
                                lcs.schema.Schema.body(lang), t.term().text());
                        var head = builder.createPhraseQuery(
                                lcs.schema.Schema.head(lang), t.term().text());
                        assertEquals(head, t.stemmed().get(lang), q + " " + lang);
                        if (body != null) {
                            String ranking = p.ranking().toString();
                            assertTrue(
                                    ranking.contains("(" + body + ")^0.8"),
                                    q + " " + lang + ": " + body + " in " + ranking);
                        }
                    }
                }
            }
        }
    }

    @Test
    void each_term_is_analysed_once_into_its_neutral_tokens() {
        PlannedClause c = plan("Bibliothèques ").clauses().get(0);
        assertEquals("bibliotheques", c.token());
        assertEquals("Bibliothèques", c.typedWord());
    }
}
