package lcs.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the ranking query for a parsed {@link UserQuery}.
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
  private final QueryBuilder builder = new QueryBuilder(Schema.queryAnalyzer());

  /**
   * @param reader used for document frequencies (how discriminating a clause is)
   * @param languages the stemmed languages present in the index
   */
  public QueryFactory(IndexReader reader, Set<String> languages) {
    this.reader = reader;
    this.languages = Set.copyOf(languages);
  }

  /**
   * The ranking query; for snippets, the parts of it on each body field (neutral or stemmed); the
   * proximity bonus, null for fewer than two words, which is added to the best hits only (reading
   * the positions of every document holding the words would cost more than all the rest); and the
   * fuzzy expansion of each word matched with typos, by token, for did-you-mean to reuse.
   */
  public record Built(Query ranking, Map<String, List<Query>> bodyParts, Query proximity,
      Map<String, FuzzyExpansion> typos) {

    /**
     * The query for the snippet of a document in {@code language}: the words on the neutral body
     * and on that language's stemmed body. The highlighter checks every part of its query for
     * each document, and parts on other languages' fields cannot match this one.
     */
    public Query highlight(String language) {
      var q = new BooleanQuery.Builder();
      bodyParts.getOrDefault(Schema.BODY, List.of()).forEach(p -> q.add(p, BooleanClause.Occur.SHOULD));
      if (language != null && Schema.STEMMED_LANGUAGES.contains(language)) {
        bodyParts.getOrDefault(Schema.body(language), List.of()).forEach(p -> q.add(p, BooleanClause.Occur.SHOULD));
      }
      return q.build();
    }
  }

  /** The query for a parsed user query; matches every document when it has no positive clause. */
  public Built build(UserQuery query) {
    return build(query, Ranking.ALL);
  }

  /** The query using only the given ranking techniques (for measuring what each adds). */
  public Built build(UserQuery query, Ranking ranking) {
    var top = new BooleanQuery.Builder();
    var body = new HashMap<String, List<Query>>();
    boolean positive = false;
    boolean anyRequired = query.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST);
    List<Clause> clauses = query.clauses();
    var typos = new HashMap<String, FuzzyExpansion>();
    for (int i = 0; i < clauses.size(); i++) {
      Clause clause = clauses.get(i);
      boolean typing = query.trailingWord() && i == clauses.size() - 1;
      if (clause.occur() == Occur.MUST_NOT) {
        Query excluded = match(clause, false, false, ranking, new HashMap<>(), typos);
        if (excluded != null) {
          top.add(excluded, BooleanClause.Occur.MUST_NOT);
        }
        continue;
      }
      var bodyParts = new HashMap<String, List<Query>>();
      Query match = match(clause, ranking.fuzzy(), typing && ranking.prefix(), ranking, bodyParts, typos);
      if (match == null) {
        continue; // only stopwords or symbols
      }
      positive = true;
      if (ranking.coordination()) {
        match = new BonusQuery(match, COORDINATION * discrimination(clause));
      }
      top.add(match, clause.occur() == Occur.MUST ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
      bodyParts.forEach((field, parts) -> body.computeIfAbsent(field, f -> new ArrayList<>()).addAll(parts));
    }
    if (!positive) {
      top.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else if (!anyRequired) {
      top.setMinimumNumberShouldMatch(1);
    }
    Query proximity = ranking.proximity() ? proximity(clauses) : null;
    var parts = new HashMap<String, List<Query>>();
    body.forEach((field, list) -> parts.put(field, List.copyOf(list)));
    return new Built(top.build(), Map.copyOf(parts), proximity, Map.copyOf(typos));
  }

  /**
   * Any term of the clause, in any field; null when no term has a searchable word. Fuzzy
   * expansions are taken from, and added to, {@code typos}.
   */
  Query match(Clause clause, boolean fuzzy, boolean typing, Ranking ranking, Map<String, List<Query>> bodyParts,
      Map<String, FuzzyExpansion> typos) {
    var alternatives = new ArrayList<Query>();
    for (Term term : clause.anyOf()) {
      alternatives.addAll(fieldQueries(term, fuzzy, typing && clause.anyOf().size() == 1, ranking.stemming(), bodyParts,
          typos));
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }

  private List<Query> fieldQueries(Term term, boolean fuzzy, boolean typing, boolean stemming, Map<String, List<Query>> bodyParts,
      Map<String, FuzzyExpansion> typos) {
    var queries = new FieldQueries(bodyParts);
    for (Weighted w : EXACT) {
      Query phrase = builder.createPhraseQuery(w.field(), term.text());
      queries.add(w.field(), phrase, w.weight());
      if (!term.phrase() && phrase instanceof org.apache.lucene.search.PhraseQuery) {
        // A run without spaces (Chinese, or a hyphenated word) also matches with its parts apart.
        queries.add(w.field(), builder.createBooleanQuery(w.field(), term.text(), BooleanClause.Occur.MUST),
            w.weight() * SPLIT);
      }
    }
    for (String lang : stemming ? languagesFor(term.text()) : Set.<String>of()) {
      queries.add(Schema.head(lang), builder.createPhraseQuery(Schema.head(lang), term.text()), HEAD_STEMMED);
      queries.add(Schema.body(lang), builder.createPhraseQuery(Schema.body(lang), term.text()), BODY_STEMMED);
    }
    if (term.phrase() || queries.isEmpty()) {
      return queries;
    }
    List<String> tokens = Tokens.of(Schema.neutralAnalyzer(), Schema.BODY, term.text());
    if (tokens.size() != 1) {
      return queries;
    }
    String token = tokens.get(0);
    int edits = fuzzy && isRare(token) ? maxEdits(token) : 0;
    if (edits > 0) {
      // One automaton for the word serves every field (and a repeat of the word).
      FuzzyExpansion expansion = typos.computeIfAbsent(token, t -> FuzzyExpansion.of(reader, t, edits, TYPO_FIELDS));
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
        var pq = new PrefixQuery(new org.apache.lucene.index.Term(w.field(), token),
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

  /**
   * The index languages whose stemmer can apply to a text, by script: a Latin-script word is
   * never a Russian, Arabic or Chinese word, so those fields are not searched for it.
   */
  private Set<String> languagesFor(String text) {
    var out = new java.util.HashSet<String>();
    text.codePoints().forEach(cp -> {
      switch (Character.UnicodeScript.of(cp)) {
        case LATIN -> out.addAll(LATIN_SCRIPT_LANGUAGES);
        case CYRILLIC -> out.add("ru");
        case ARABIC -> out.add("ar");
        case HAN -> out.add("zh");
        default -> { }
      }
    });
    out.retainAll(languages);
    return out;
  }

  /** Field queries for one clause; those on the body (neutral or stemmed) are also kept for snippets. */
  private static final class FieldQueries extends ArrayList<Query> {
    private final Map<String, List<Query>> bodyParts;

    FieldQueries(Map<String, List<Query>> bodyParts) {
      this.bodyParts = bodyParts;
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
  private float discrimination(Clause clause) {
    int docs = reader.numDocs();
    if (docs == 0) {
      return 1f;
    }
    long best = Long.MAX_VALUE;
    for (Term t : clause.anyOf()) {
      long df = 0;
      for (String token : Tokens.of(Schema.neutralAnalyzer(), Schema.BODY, t.text())) {
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

  /** Rewards the typed words appearing as a phrase, or close together, in the title or body. */
  private Query proximity(List<Clause> clauses) {
    var words = new StringBuilder();
    int count = 0;
    for (Clause c : clauses) {
      if (c.occur() != Occur.MUST_NOT && c.anyOf().size() == 1 && !c.anyOf().get(0).phrase()) {
        words.append(count++ > 0 ? " " : "").append(c.anyOf().get(0).text());
      }
    }
    if (count < 2) {
      return null;
    }
    String text = words.toString();
    var bonus = new BooleanQuery.Builder();
    add(bonus, builder.createPhraseQuery(Schema.TITLE, text), 4f);
    add(bonus, builder.createPhraseQuery(Schema.BODY, text), 3f);
    add(bonus, builder.createPhraseQuery(Schema.BODY, text, PROXIMITY_SLOP), 1.5f);
    BooleanQuery q = bonus.build();
    return q.clauses().isEmpty() ? null : q;
  }

  private static void add(BooleanQuery.Builder top, Query q, float boost) {
    if (q != null) {
      top.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }
}
