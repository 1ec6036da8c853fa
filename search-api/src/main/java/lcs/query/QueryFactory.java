package lcs.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lcs.query.UserQuery.Clause;
import lcs.query.UserQuery.Occur;
import lcs.query.UserQuery.Term;
import lcs.schema.Schema;
import lcs.schema.Tokens;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Plans a query as typed ({@link QueryPlan}): the ranking query, its parts for snippets, the
 * proximity bonus, typo expansions and what the words say about their language.
 *
 * <p>Each clause becomes a dismax over every field that can match it: the neutral fields exactly
 * (title, city and country weigh most, then summary, then body), the stemmed fields of every
 * language in the index (so a query in any language meets documents in that language by stem),
 * then fuzzy and, for the word being typed, prefix matches at lower weights: exact above stemmed
 * above fuzzy. On top of BM25, each clause that matches adds a constant "coordination" bonus
 * scaled by how discriminating the clause is, so documents matching all words rank above those
 * matching some, and a phrase and proximity bonus rewards the words appearing together.
 */
public final class QueryFactory {
    /** Larger than any BM25 difference between two documents, so matched-clause count decides first. */
    static final float COORDINATION = 40f;

    private static final float TIE_BREAKER = 0f;
    private static final int MAX_EXPANSIONS = 50;
    private static final int PROXIMITY_SLOP = 8;

    private record Weighted(String field, float weight) {}

    private static final List<Weighted> EXACT = List.of(
            new Weighted(Schema.TITLE, 3.0f),
            new Weighted(Schema.CITY, 3.0f),
            new Weighted(Schema.COUNTRY, 2.5f),
            new Weighted(Schema.SUMMARY, 1.5f),
            new Weighted(Schema.BODY, 1.0f));
    private static final List<Weighted> PREFIX_FIELDS = EXACT.subList(0, 3);
    /** The neutral field a term is analysed on; the other neutral fields get copies. */
    private static final String NEUTRAL_ANALYSED_ON = Schema.TITLE;
    /**
     * The fields where a word is also matched with typos, and where did-you-mean looks for
     * corrections: names first, so that between equally good corrections a name wins.
     */
    public static final List<String> TYPO_FIELDS = List.of(Schema.CITY, Schema.COUNTRY, Schema.TITLE, Schema.BODY);

    private static final float HEAD_STEMMED = 2.2f;
    private static final float BODY_STEMMED = 0.8f;
    private static final float FUZZY = 0.35f;
    private static final float PREFIX = 0.6f;
    private static final float SPLIT = 0.5f;
    private static final Set<String> LATIN_SCRIPT_LANGUAGES = Set.of("en", "fr", "es", "de", "pt");
    static final int MAX_FUZZY_LENGTH = 24;
    /**
     * Words in at most one document in this many are also matched with typos; common words are
     * not. On a small index that means only words it does not know at all.
     */
    private static final int RARE_PER_DOCS = 20_000;

    private final IndexReader reader;
    private final Set<String> languages;
    private final Map<String, Long> documentsByLanguage;
    private final QueryBuilder builder = new QueryBuilder(Schema.queryAnalyzer());

    /**
     * @param reader used for document frequencies (how discriminating a clause is)
     * @param languages the stemmed languages present in the index
     * @param documentsByLanguage documents per language in the index (which language's stopwords a
     *     word is, when several lists hold it)
     */
    public QueryFactory(IndexReader reader, Set<String> languages, Map<String, Long> documentsByLanguage) {
        this.reader = reader;
        this.languages = Set.copyOf(languages);
        this.documentsByLanguage = Map.copyOf(documentsByLanguage);
    }

    /**
     * The plan of a query as typed: parsed, split into words where the script has no spaces,
     * matched against the aliases, analysed, and turned into the ranking query and the rest.
     *
     * @param switches the ranking techniques to use (all but for measuring what each adds)
     */
    public QueryPlan plan(String text, Aliases aliases, RankingSwitches switches) {
        UserQuery parsed = Segmentation.split(UserQuery.parse(text));
        UserQuery query = switches.aliases() ? aliases.expand(parsed) : parsed;
        List<Clause> clauses = query.clauses();
        var words = new ArrayList<String>();
        for (Clause c : clauses) {
            if (c.anyOf().size() == 1 && !c.anyOf().get(0).phrase()) {
                words.add(c.anyOf().get(0).text());
            }
        }
        String stopwordLanguage = QueryLanguages.ofStopwords(words, documentsByLanguage);
        var top = new BooleanQuery.Builder();
        var planned = new ArrayList<QueryPlan.PlannedClause>();
        boolean positive = false;
        boolean anyRequired = clauses.stream().anyMatch(c -> c.occur() == Occur.MUST);
        var typos = new HashMap<String, FuzzyExpansion>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            List<AnalysedTerm> analysed = clause.anyOf().stream()
                    .map(t -> analyse(t, switches.stemming()))
                    .toList();
            List<List<String>> tokens =
                    analysed.stream().map(AnalysedTerm::tokens).toList();
            boolean alias =
                    switches.aliases() && aliases.knows(clause.anyOf().get(0).text());
            boolean stopword = stopwordLanguage != null
                    && clause.anyOf().size() == 1
                    && !clause.anyOf().get(0).phrase()
                    && QueryLanguages.isStopword(
                            stopwordLanguage, clause.anyOf().get(0).text());
            var bodyParts = new HashMap<String, List<Query>>();
            var forms = new ArrayList<org.apache.lucene.index.Term>();
            boolean typing = query.trailingWord() && i == clauses.size() - 1;
            if (clause.occur() == Occur.MUST_NOT) {
                Query excluded = match(analysed, false, false, new HashMap<>(), typos, forms);
                if (excluded != null) {
                    top.add(excluded, BooleanClause.Occur.MUST_NOT);
                }
                planned.add(new QueryPlan.PlannedClause(clause, analysed, alias, stopword, Map.of(), forms));
                continue;
            }
            Query match = match(analysed, switches.fuzzy(), typing && switches.prefix(), bodyParts, typos, forms);
            planned.add(new QueryPlan.PlannedClause(clause, analysed, alias, stopword, bodyParts, forms));
            if (match == null) {
                continue; // only symbols
            }
            positive = true;
            if (switches.coordination()) {
                match = new BonusQuery(match, COORDINATION * discrimination(tokens));
            }
            top.add(match, clause.occur() == Occur.MUST ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        if (!positive) {
            top.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else if (!anyRequired) {
            top.setMinimumNumberShouldMatch(1);
        }
        Query proximity = switches.proximity() ? proximity(planned) : null;
        return new QueryPlan(
                text, planned, top.build(), proximity, typos, stopwordLanguage, QueryLanguages.byScript(text));
    }

    /**
     * Any term of the clause, in any field; null when no term has a searchable word. Fuzzy
     * expansions are taken from, and added to, {@code typos}; the terms a word is indexed as
     * (exactly and by stem) are added to {@code forms}.
     */
    private Query match(
            List<AnalysedTerm> analysed,
            boolean fuzzy,
            boolean typing,
            Map<String, List<Query>> bodyParts,
            Map<String, FuzzyExpansion> typos,
            List<org.apache.lucene.index.Term> forms) {
        var alternatives = new ArrayList<Query>();
        for (AnalysedTerm term : analysed) {
            alternatives.addAll(fieldQueries(term, fuzzy, typing && analysed.size() == 1, bodyParts, typos, forms));
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /**
     * Analyses a term once for the neutral fields (on the first of them) and once per stemmed
     * language of its script (on that language's head field), unless stemming is switched off.
     */
    private AnalysedTerm analyse(Term term, boolean stemming) {
        String text = term.text();
        List<String> tokens = Tokens.of(Schema.neutralAnalyzer(), Schema.BODY, text);
        Query neutral = builder.createPhraseQuery(NEUTRAL_ANALYSED_ON, text);
        Query split = !term.phrase() && neutral instanceof PhraseQuery
                ? builder.createBooleanQuery(NEUTRAL_ANALYSED_ON, text, BooleanClause.Occur.MUST)
                : null;
        var stemmed = new LinkedHashMap<String, Query>();
        for (String lang : stemming ? languagesFor(text) : Set.<String>of()) {
            Query q = builder.createPhraseQuery(Schema.head(lang), text);
            if (q != null) {
                stemmed.put(lang, q);
            }
        }
        return new AnalysedTerm(term, tokens, neutral, split, stemmed);
    }

    private List<Query> fieldQueries(
            AnalysedTerm analysed,
            boolean fuzzy,
            boolean typing,
            Map<String, List<Query>> bodyParts,
            Map<String, FuzzyExpansion> typos,
            List<org.apache.lucene.index.Term> forms) {
        var queries = new FieldQueries(bodyParts, forms);
        Term term = analysed.term();
        // Fields that share an analyzer get copies of the one analysis, with the field renamed.
        for (Weighted w : EXACT) {
            queries.addExact(
                    w.field(),
                    onField(analysed.neutral(), w.field(), () -> builder.createPhraseQuery(w.field(), term.text())),
                    w.weight());
            if (analysed.split() != null) {
                // A run without spaces (Chinese, or a hyphenated word) also matches with its parts apart.
                queries.add(
                        w.field(),
                        onField(
                                analysed.split(),
                                w.field(),
                                () -> builder.createBooleanQuery(w.field(), term.text(), BooleanClause.Occur.MUST)),
                        w.weight() * SPLIT);
            }
        }
        analysed.stemmed().forEach((lang, onHead) -> {
            queries.addExact(Schema.head(lang), onHead, HEAD_STEMMED);
            String body = Schema.body(lang);
            queries.addExact(
                    body, onField(onHead, body, () -> builder.createPhraseQuery(body, term.text())), BODY_STEMMED);
        });
        if (term.phrase() || queries.isEmpty()) {
            return queries;
        }
        List<String> tokens = analysed.tokens();
        if (tokens.size() != 1) {
            return queries;
        }
        String token = tokens.get(0);
        int edits = fuzzy && isRare(token) ? maxEdits(token) : 0;
        if (edits > 0) {
            // One automaton for the word serves every field (and a repeat of the word).
            FuzzyExpansion expansion =
                    typos.computeIfAbsent(token, t -> FuzzyExpansion.of(reader, t, edits, TYPO_FIELDS));
            for (Weighted w : EXACT) {
                if (TYPO_FIELDS.contains(w.field())) {
                    queries.add(w.field(), expansion.query(w.field(), MAX_EXPANSIONS), w.weight() * FUZZY);
                }
            }
        }
        if (typing && token.length() >= 3 && isWord(token)) {
            // Completions come from names and titles; expanding the prefix over every body term as
            // well would cost an automaton and up to 50 terms more per field for little gain.
            for (Weighted w : PREFIX_FIELDS) {
                var pq = new PrefixQuery(
                        new org.apache.lucene.index.Term(w.field(), token),
                        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
                queries.add(w.field(), pq, w.weight() * PREFIX);
            }
        }
        return queries;
    }

    /**
     * A word the index barely knows is likely misspelt, so it is also matched fuzzily; a common
     * word is taken as typed, which keeps "learning" from matching "leaning" and saves the cost of
     * expanding fuzzy terms for most words.
     */
    private boolean isRare(String token) {
        try {
            long df = 0;
            for (Weighted w : EXACT) {
                df = Math.max(df, reader.docFreq(new org.apache.lucene.index.Term(w.field(), token)));
            }
            return df <= reader.numDocs() / RARE_PER_DOCS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 1 edit from 4 letters, 2 from 8; words with digits or ideographs are never fuzzed, nor words
     * longer than any real one (whose automata would only cost time).
     */
    static int maxEdits(String token) {
        if (!isWord(token)) {
            return 0;
        }
        int len = token.codePointCount(0, token.length());
        return len > MAX_FUZZY_LENGTH ? 0 : len >= 8 ? 2 : len >= 4 ? 1 : 0;
    }

    private static boolean isWord(String token) {
        return token.codePoints().allMatch(cp -> Character.isLetter(cp) && !Character.isIdeographic(cp));
    }

    private Set<String> languagesFor(String text) {
        return stemmedLanguagesFor(text, languages);
    }

    /**
     * The index languages whose stemmer can apply to a text, by script: a Latin-script word is
     * never a Russian, Arabic or Chinese word, so those fields are not searched for it.
     */
    public static Set<String> stemmedLanguagesFor(String text, Set<String> languages) {
        var out = new java.util.HashSet<String>();
        text.codePoints().forEach(cp -> {
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> out.addAll(LATIN_SCRIPT_LANGUAGES);
                case CYRILLIC -> out.add("ru");
                case ARABIC -> out.add("ar");
                case HAN -> out.add("zh");
                default -> {}
            }
        });
        out.retainAll(languages);
        return out;
    }

    /**
     * The same query on another field with the same analyzer, without analysing the text again;
     * for a query shape not copied here, {@code analyse} builds it.
     */
    private static Query onField(Query q, String field, java.util.function.Supplier<Query> analyse) {
        Query copy = copyTo(q, field);
        return copy != null || q == null ? copy : analyse.get();
    }

    private static Query copyTo(Query q, String field) {
        if (q instanceof TermQuery t) {
            return new TermQuery(
                    new org.apache.lucene.index.Term(field, t.getTerm().bytes()));
        }
        if (q instanceof PhraseQuery p) {
            var b = new PhraseQuery.Builder().setSlop(p.getSlop());
            org.apache.lucene.index.Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            for (int i = 0; i < terms.length; i++) {
                b.add(new org.apache.lucene.index.Term(field, terms[i].bytes()), positions[i]);
            }
            return b.build();
        }
        if (q instanceof BooleanQuery bq) {
            var b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq) {
                Query sub = copyTo(c.query(), field);
                if (sub == null) {
                    return null;
                }
                b.add(sub, c.occur());
            }
            return b.build();
        }
        return null;
    }

    /** The neutral fields a word is matched in exactly. */
    public static List<String> exactFields() {
        return EXACT.stream().map(Weighted::field).toList();
    }

    /** Field queries for one clause; those on the body (neutral or stemmed) are also kept for snippets. */
    private static final class FieldQueries extends ArrayList<Query> {
        private final Map<String, List<Query>> bodyParts;
        private final List<org.apache.lucene.index.Term> forms;

        FieldQueries(Map<String, List<Query>> bodyParts, List<org.apache.lucene.index.Term> forms) {
            this.bodyParts = bodyParts;
            this.forms = forms;
        }

        /** A match of the word as analysed for the field (exact or by stem): also one of its forms. */
        void addExact(String field, Query q, float boost) {
            if (q instanceof TermQuery t) {
                forms.add(t.getTerm());
            }
            add(field, q, boost);
        }

        void add(String field, Query q, float boost) {
            if (q == null) {
                return;
            }
            add(new BoostQuery(q, boost));
            if (isBody(field)) {
                bodyParts.computeIfAbsent(field, f -> new ArrayList<>()).add(q);
            }
        }

        private static boolean isBody(String field) {
            String lang = Schema.languageOf(field);
            return field.equals(Schema.BODY) || lang != null && field.equals(Schema.body(lang));
        }
    }

    /**
     * 1 for a clause that is rare in the index, down to 0.1 for one that nearly every document has
     * (such as "the" or, in this corpus, "learning"): common words still rank, but barely count
     * toward "matches all words".
     */
    private float discrimination(List<List<String>> termTokens) {
        int docs = reader.numDocs();
        if (docs == 0) {
            return 1f;
        }
        long best = Long.MAX_VALUE;
        for (List<String> tokens : termTokens) {
            long df = 0;
            for (String token : tokens) {
                try {
                    df = Math.max(df, reader.docFreq(new org.apache.lucene.index.Term(Schema.BODY, token)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            best = Math.min(best, df);
        }
        double share = (double) best / docs;
        return share <= 0.5 ? 1f : (float) Math.max(0.1, 1 - (share - 0.5) * 1.8);
    }

    /**
     * Rewards the typed words appearing as a phrase, or close together, in the title or body. The
     * phrase is put together from each word's neutral analysis: the neutral analyzer treats each
     * word alone (a space always ends one), so this is the typed words analysed as one text.
     */
    private Query proximity(List<QueryPlan.PlannedClause> planned) {
        var words = new ArrayList<AnalysedTerm>();
        for (QueryPlan.PlannedClause c : planned) {
            if (c.positive() && c.typedWord() != null) {
                words.add(c.analysed().get(0));
            }
        }
        if (words.size() < 2) {
            return null;
        }
        NeutralPhrase phrase = NeutralPhrase.of(words);
        if (phrase == null) {
            return null;
        }
        var bonus = new BooleanQuery.Builder();
        add(bonus, phrase.on(Schema.TITLE, 0), 4f);
        add(bonus, phrase.on(Schema.BODY, 0), 3f);
        add(bonus, phrase.on(Schema.BODY, PROXIMITY_SLOP), 1.5f);
        return bonus.build();
    }

    /** Words one after another, each at its position, as the neutral analyzer gives them. */
    private record NeutralPhrase(List<BytesRef> terms, List<Integer> positions) {
        /** The words' neutral analyses in a row; null when none has a word, or one stacks tokens. */
        static NeutralPhrase of(List<AnalysedTerm> words) {
            var terms = new ArrayList<BytesRef>();
            var positions = new ArrayList<Integer>();
            int next = 0;
            for (AnalysedTerm w : words) {
                if (w.neutral() instanceof TermQuery t) {
                    terms.add(t.getTerm().bytes());
                    positions.add(next++);
                } else if (w.neutral() instanceof PhraseQuery p) {
                    int[] at = p.getPositions();
                    for (int i = 0; i < at.length; i++) {
                        terms.add(p.getTerms()[i].bytes());
                        positions.add(next + at[i]);
                    }
                    next += at[at.length - 1] + 1;
                } else if (w.neutral() != null) {
                    // Stacked tokens: the neutral analyzer makes none (one token out per token in).
                    // Should a change bring some, the bonus is left out rather than guessed.
                    return null;
                }
            }
            return terms.isEmpty() ? null : new NeutralPhrase(terms, positions);
        }

        /** As QueryBuilder makes it: one word is a term query, more a phrase. */
        Query on(String field, int slop) {
            if (terms.size() == 1) {
                return new TermQuery(new org.apache.lucene.index.Term(field, terms.get(0)));
            }
            var b = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < terms.size(); i++) {
                b.add(new org.apache.lucene.index.Term(field, terms.get(i)), positions.get(i));
            }
            return b.build();
        }
    }

    private static void add(BooleanQuery.Builder top, Query q, float boost) {
        if (q != null) {
            top.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }
}
