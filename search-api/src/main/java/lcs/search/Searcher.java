package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lcs.corpus.Countries;
import lcs.corpus.CorpusRecord;
import lcs.query.Aliases;
import lcs.query.BadRequestException;
import lcs.query.FuzzyExpansion;
import lcs.query.QueryFactory;
import lcs.query.Ranking;
import lcs.query.SearchRequest;
import lcs.query.UserQuery;
import lcs.schema.Schema;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;

/** Answers search requests over the current snapshot. Thread-safe. */
public final class Searcher {
  private static final Sort BY_RELEVANCE = new Sort(
      SortField.FIELD_SCORE,
      // Recency only breaks ties between equal scores.
      new SortField(Schema.DATE_SORT, SortField.Type.LONG, true),
      new SortField(Schema.ID, SortField.Type.STRING));
  private static final Sort BY_DATE = new Sort(
      new SortField(Schema.DATE_SORT, SortField.Type.LONG, true),
      SortField.FIELD_SCORE,
      new SortField(Schema.ID, SortField.Type.STRING));

  static {
    BY_RELEVANCE.getSort()[1].setMissingValue(Long.MIN_VALUE);
    BY_DATE.getSort()[0].setMissingValue(Long.MIN_VALUE);
  }

  /** Below this many hits a misspelling is likely, so a correction is looked for. */
  private static final int FEW_HITS = 5;
  /**
   * Up to this many matches (by default), totals and facet counts are exact. Counting every match
   * of a common word costs about 0.1 µs per document and field it is searched in: a few
   * milliseconds for ten thousand, hundreds for a million, so larger result sets are counted in a
   * sample (and flagged as estimates).
   */
  public static final int DEFAULT_EXACT_COUNTS = 10_000;
  /**
   * A sampled count aims at about this many matches inside the sample: a facet value holding 2 %
   * of the matches is then counted within about ±10 %.
   */
  private static final int SAMPLED_MATCHES = 5_000;
  /** The top-hits pass counts this many matches exactly before it may skip documents. */
  private static final int COUNTED_HITS = 1_000;

  private final SnapshotManager snapshots;
  private final Aliases aliases;
  private final Ranking ranking;
  private final int exactCounts;
  private final Speller speller;
  private final Map<String, String> regionOfCountry = new LinkedHashMap<>();

  public Searcher(SnapshotManager snapshots, Aliases aliases) {
    this(snapshots, aliases, Ranking.ALL, DEFAULT_EXACT_COUNTS);
  }

  /**
   * @param ranking the ranking techniques to use (all but for measuring what each adds)
   * @param exactCounts up to how many matches totals and facet counts are exact
   */
  public Searcher(SnapshotManager snapshots, Aliases aliases, Ranking ranking, int exactCounts) {
    if (exactCounts < 0) {
      throw new IllegalArgumentException("exactCounts must be 0 or more");
    }
    this.snapshots = snapshots;
    this.ranking = ranking;
    this.exactCounts = exactCounts;
    this.aliases = aliases;
    this.speller = new Speller(aliases);
    Countries.bundled().byName().forEach((name, c) -> regionOfCountry.put(name, c.region()));
  }

  /** The snapshot manager, for health checks and reloads. */
  public SnapshotManager snapshots() {
    return snapshots;
  }

  public SearchResult search(SearchRequest req) {
    long start = System.nanoTime();
    IndexSnapshot s = acquire();
    try {
      UserQuery typed = UserQuery.parse(req.q());
      UserQuery parsed = ranking.aliases() ? aliases.expand(typed) : typed;
      boolean listing = parsed.isEmpty();
      Query query = new MatchAllDocsQuery();
      QueryFactory.Built built = null;
      Query proximity = null;
      Map<String, FuzzyExpansion> typos = Map.of();
      if (!listing) {
        built = s.queries().build(parsed, ranking);
        // Rewritten once here: prefix terms are expanded once per request, not again by each
        // counting pass.
        query = s.searcher().rewrite(built.ranking());
        proximity = built.proximity();
        typos = built.typos();
      }
      boolean newest = listing || req.sort() == SearchRequest.Sort.NEWEST;
      int window = req.page() * req.size();
      boolean rescore = proximity != null && !newest;
      Counted counted = count(s, query, req, newest ? BY_DATE : BY_RELEVANCE, rescore ? Math.max(window, Rescorer.DEPTH) : window);
      TopFieldDocs top = rescore ? Rescorer.rescore(s.searcher(), counted.top(), proximity) : counted.top();

      int from = Math.min((req.page() - 1) * req.size(), top.scoreDocs.length);
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, Math.min(window, top.scoreDocs.length));
      Query explained = proximity == null ? query : new BooleanQuery.Builder()
          .add(query, BooleanClause.Occur.MUST).add(proximity, BooleanClause.Occur.SHOULD).build();
      List<Hit> hits = hits(s, page, built, listing ? null : explained, newest ? 1 : 0, req.explain());
      var facets = new LinkedHashMap<String, List<FacetCount>>();
      for (String dim : Schema.FACETS) {
        facets.put(dim, facetCounts(counted.facets().getAllChildren(dim), counted.facetScale(), dim,
            req.filters().getOrDefault(dim, List.of())));
      }
      // A correction is offered only when the query as typed finds little.
      String didYouMean = listing || counted.total() >= FEW_HITS ? null : speller.correct(s, req.q(), typos);
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(req.q(), counted.total(), counted.totalExact(), counted.facetScale() == 1,
          req.page(), req.size(), tookMs, hits, facets, didYouMean, s.version());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException("q", "too many words and alternatives; shorten the query");
    } catch (IOException e) {
      throw new IndexUnavailableException("search failed reading the index: " + e.getMessage(), e);
    } finally {
      release(s);
    }
  }

  /** The top hits, the total and the facet counts (each count to be multiplied by facetScale). */
  private record Counted(TopFieldDocs top, long total, boolean totalExact, Facets facets, long facetScale) {}

  /**
   * Counts exactly when the query matches few enough documents: one pass scores every match,
   * counts it and adds it to the facets. Beyond that, two cheaper passes: the top hits with
   * Lucene's dynamic pruning (which skips documents that cannot enter the page once the first
   * {@link #COUNTED_HITS} are counted), and totals and facets counted in a sample of the index.
   */
  private Counted count(IndexSnapshot s, Query query, SearchRequest req, Sort sort, int window) throws IOException {
    var sideways = new DrillSideways(s.searcher(), Schema.facets(), s.facetState());
    int level = sampleLevel(s, query);
    if (level == 0) {
      var result = sideways.search(drillDown(query, req), new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE));
      TopFieldDocs top = result.collectorResult;
      return new Counted(top, top.totalHits.value(), true, result.facets, 1);
    }
    TopFieldDocs top = s.searcher().search(drillDown(query, req), new TopFieldCollectorManager(sort, window, null, COUNTED_HITS));
    var sampled = sideways.search(drillDown(s.sample().restrict(query, level), req),
        new TotalHitCountCollectorManager(s.searcher().getSlices()));
    long scale = 1L << level;
    if (top.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
      return new Counted(top, top.totalHits.value(), true, sampled.facets, scale);
    }
    long estimate = Math.max(top.totalHits.value(), sampled.collectorResult * scale);
    return new Counted(top, estimate, false, sampled.facets, scale);
  }

  /**
   * 0 to count exactly; otherwise the sample level whose documents hold about
   * {@link #SAMPLED_MATCHES} matches of the query (filters aside: drill-sideways counting visits
   * every match of the query itself).
   */
  private int sampleLevel(IndexSnapshot s, Query query) throws IOException {
    if (s.documents() <= exactCounts) {
      return 0;
    }
    long estimate = (long) s.searcher().count(s.sample().restrict(query, Sample.MAX_LEVEL)) << Sample.MAX_LEVEL;
    if (estimate <= exactCounts) {
      return 0;
    }
    long ratio = Math.ceilDiv(estimate, SAMPLED_MATCHES);
    return Math.clamp(64 - Long.numberOfLeadingZeros(ratio - 1), 1, Sample.MAX_LEVEL);
  }

  private static DrillDownQuery drillDown(Query query, SearchRequest req) {
    var ddq = new DrillDownQuery(Schema.facets(), query);
    req.filters().forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
    return ddq;
  }

  private List<Hit> hits(IndexSnapshot s, ScoreDoc[] page, QueryFactory.Built built, Query query, int scoreField,
      boolean explain) throws IOException {
    StoredFields stored = s.searcher().storedFields();
    var records = new CorpusRecord[page.length];
    for (int i = 0; i < page.length; i++) {
      records[i] = Schema.record(stored.document(page[i].doc));
    }
    String[] snippets = built == null ? new String[page.length] : snippets(s, page, records, built);
    var hits = new ArrayList<Hit>(page.length);
    for (int i = 0; i < page.length; i++) {
      CorpusRecord r = records[i];
      String snippet = snippets[i] != null ? snippets[i]
          : SnippetFormatter.lead(r.summary() != null ? r.summary() : r.body(), IndexSnapshot.SNIPPET_GOAL);
      Object scoreValue = ((FieldDoc) page[i]).fields[scoreField];
      float score = scoreValue instanceof Float f && !f.isNaN() ? f : 0f;
      List<String> explanation = explain && query != null ? explain(s, query, page[i].doc) : null;
      hits.add(Hit.of(r, snippet, score, explanation));
    }
    return hits;
  }

  /** Highlighted snippets, one highlighter call per language among the hits (null where none). */
  private static String[] snippets(IndexSnapshot s, ScoreDoc[] page, CorpusRecord[] records, QueryFactory.Built built)
      throws IOException {
    var byLanguage = new LinkedHashMap<String, List<Integer>>();
    for (int i = 0; i < page.length; i++) {
      byLanguage.computeIfAbsent(records[i].language(), l -> new ArrayList<>()).add(i);
    }
    var snippets = new String[page.length];
    for (var group : byLanguage.entrySet()) {
      Query highlight = s.searcher().rewrite(built.highlight(group.getKey()));
      List<Integer> positions = group.getValue();
      int[] docIds = positions.stream().mapToInt(i -> page[i].doc).toArray();
      String[] found = s.highlighter().highlightFields(new String[] {Schema.BODY}, highlight, docIds, new int[] {1})
          .get(Schema.BODY);
      for (int k = 0; k < positions.size(); k++) {
        snippets[positions.get(k)] = found[k];
      }
    }
    return snippets;
  }

  /** Which fields and terms matched, from Lucene's explanation of the score. */
  private static List<String> explain(IndexSnapshot s, Query query, int doc) throws IOException {
    Set<String> matched = new LinkedHashSet<>();
    collect(s.searcher().explain(query, doc), matched);
    return List.copyOf(matched);
  }

  private static void collect(Explanation e, Set<String> out) {
    String d = e.getDescription();
    if (e.isMatch() && d.startsWith("weight(")) {
      int in = d.lastIndexOf(" in ");
      out.add(d.substring("weight(".length(), in > 0 ? in : d.length()));
      return;
    }
    for (Explanation child : e.getDetails()) {
      collect(child, out);
    }
  }

  private List<FacetCount> facetCounts(FacetResult fr, long scale, String dim, List<String> selected) {
    var counts = new ArrayList<FacetCount>();
    Set<String> seen = new HashSet<>();
    if (fr != null) {
      for (LabelAndValue lv : fr.labelValues) {
        seen.add(lv.label);
        counts.add(count(dim, lv.label, lv.value.longValue() * scale, selected.contains(lv.label)));
      }
    }
    for (String v : selected) {
      if (!seen.contains(v)) {
        counts.add(count(dim, v, 0, true)); // a selection is always shown, even when it matches nothing
      }
    }
    if (dim.equals("year")) {
      counts.sort((a, b) -> b.value().compareTo(a.value()));
    } else {
      counts.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
    }
    return counts;
  }

  private FacetCount count(String dim, String value, long n, boolean selected) {
    if (!dim.equals("country")) {
      return new FacetCount(value, n, selected, null, null);
    }
    String code = Countries.bundled().find(value).map(Countries.Country::iso2).orElse(null);
    return new FacetCount(value, n, selected, regionOfCountry.get(value), code);
  }

  /** The version of the index currently served. */
  public String version() {
    return read(IndexSnapshot::version);
  }

  /** What {@code /api/health} reports about the served index. */
  public Map<String, Object> health() {
    return read(s -> {
      var h = new LinkedHashMap<String, Object>();
      h.put("status", "UP");
      h.put("documents", s.documents());
      h.put("indexVersion", s.version());
      h.put("schemaVersion", s.manifest().schemaVersion());
      h.put("builtAt", s.manifest().builtAt().toString());
      h.put("corpusChecksum", s.manifest().corpusChecksum());
      h.put("languages", s.languages());
      return h;
    });
  }

  /** Documents in the index served now. */
  public long documents() {
    return read(IndexSnapshot::documents);
  }

  /** Applies a function to the current snapshot, held for the duration of the call. */
  private <T> T read(java.util.function.Function<IndexSnapshot, T> f) {
    IndexSnapshot s = acquire();
    try {
      return f.apply(s);
    } finally {
      release(s);
    }
  }

  IndexSnapshot acquire() {
    try {
      return snapshots.acquire();
    } catch (IOException | IllegalStateException e) {
      throw new IndexUnavailableException("the index is not available", e);
    }
  }

  void release(IndexSnapshot s) {
    try {
      snapshots.release(s);
    } catch (IOException e) {
      throw new IndexUnavailableException("releasing the index failed", e);
    }
  }
}
