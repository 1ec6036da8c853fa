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
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
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

  private final SnapshotManager snapshots;
  private final Aliases aliases;
  private final Ranking ranking;
  private final Speller speller;
  private final Map<String, String> regionOfCountry = new LinkedHashMap<>();

  public Searcher(SnapshotManager snapshots, Aliases aliases) {
    this(snapshots, aliases, Ranking.ALL);
  }

  /** A searcher using only some ranking techniques, to measure what each adds. */
  public Searcher(SnapshotManager snapshots, Aliases aliases, Ranking ranking) {
    this.snapshots = snapshots;
    this.ranking = ranking;
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
      Query highlight = null;
      Map<String, FuzzyExpansion> typos = Map.of();
      if (!listing) {
        QueryFactory.Built built = s.queries().build(parsed, ranking);
        // Rewritten once here: fuzzy and prefix terms are expanded once per request, not again
        // by the facet pass and the highlighter.
        query = s.searcher().rewrite(built.ranking());
        highlight = s.searcher().rewrite(built.highlight());
        typos = built.typos();
      }
      var ddq = new DrillDownQuery(Schema.facets(), query);
      req.filters().forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));

      boolean newest = listing || req.sort() == SearchRequest.Sort.NEWEST;
      int window = req.page() * req.size();
      var collector = new TopFieldCollectorManager(newest ? BY_DATE : BY_RELEVANCE, window, null, Integer.MAX_VALUE);
      var ds = new DrillSideways(s.searcher(), Schema.facets(), s.facetState());
      DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = ds.search(ddq, collector);
      TopFieldDocs top = result.collectorResult;

      int from = Math.min((req.page() - 1) * req.size(), top.scoreDocs.length);
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
      List<Hit> hits = hits(s, page, highlight, listing ? null : query, newest ? 1 : 0, req.explain());
      var facets = new LinkedHashMap<String, List<FacetCount>>();
      for (String dim : Schema.FACETS) {
        facets.put(dim, facetCounts(result.facets.getAllChildren(dim), dim, req.filters().getOrDefault(dim, List.of())));
      }
      // A correction is offered only when the query as typed finds little.
      String didYouMean = listing || top.totalHits.value() >= FEW_HITS ? null : speller.correct(s, req.q(), typos);
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(req.q(), top.totalHits.value(), req.page(), req.size(), tookMs, hits, facets,
          didYouMean, s.version());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException("q", "too many words and alternatives; shorten the query");
    } catch (IOException e) {
      throw new IndexUnavailableException("search failed reading the index: " + e.getMessage(), e);
    } finally {
      release(s);
    }
  }

  private List<Hit> hits(IndexSnapshot s, ScoreDoc[] page, Query highlight, Query query, int scoreField,
      boolean explain) throws IOException {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    String[] snippets = highlight == null || page.length == 0 ? new String[page.length]
        : s.highlighter().highlightFields(new String[] {Schema.BODY}, highlight, docIds, new int[] {1}).get(Schema.BODY);
    StoredFields stored = s.searcher().storedFields();
    var hits = new ArrayList<Hit>(page.length);
    for (int i = 0; i < page.length; i++) {
      CorpusRecord r = Schema.record(stored.document(docIds[i]));
      String snippet = snippets[i] != null ? snippets[i]
          : SnippetFormatter.lead(r.summary() != null ? r.summary() : r.body(), IndexSnapshot.SNIPPET_GOAL);
      Object scoreValue = ((FieldDoc) page[i]).fields[scoreField];
      float score = scoreValue instanceof Float f && !f.isNaN() ? f : 0f;
      List<String> explanation = explain && query != null ? explain(s, query, docIds[i]) : null;
      hits.add(Hit.of(r, snippet, score, explanation));
    }
    return hits;
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

  private List<FacetCount> facetCounts(FacetResult fr, String dim, List<String> selected) {
    var counts = new ArrayList<FacetCount>();
    Set<String> seen = new HashSet<>();
    if (fr != null) {
      for (LabelAndValue lv : fr.labelValues) {
        seen.add(lv.label);
        counts.add(count(dim, lv.label, lv.value.longValue(), selected.contains(lv.label)));
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
    return new FacetCount(value, n, selected, dim.equals("country") ? regionOfCountry.get(value) : null);
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
