package lcs.solr;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr 9 peer of {@code lcs bench search --peers}: an {@link EmbeddedSolrServer} core over the
 * same generated corpus (schema and solrconfig in {@code resources/solr}), then the same query mix
 * in a closed loop: edismax over the neutral fields and every language's stemmed copies, the
 * filters as tagged filter queries, disjunctive facets on the five facet fields (all values), and
 * a unified-highlighter snippet of the body. Prints one {@code RESULT clients q/s p50 p95 p99
 * errors requests} line per client count (latencies in ms); other lines start with "solr: ".
 */
public final class SolrPeer {
  private static final List<String> FACETS = List.of("country", "region", "year", "type", "language");
  private static final Set<String> STEMMED = Set.of("en", "fr", "es", "de", "pt", "ru", "ar", "zh");
  /** The same fields and weights as lcs's exact fields and stemmed copies. */
  private static final String QF;

  static {
    var qf = new StringBuilder("title^1 city^3 country_text^2.5 summary^1.5 body^1");
    STEMMED.stream().sorted().forEach(l -> qf.append(" head_").append(l).append("^2.2 body_").append(l).append("^0.8"));
    QF = qf.toString();
  }

  private SolrPeer() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      flags.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path corpus = Path.of(required(flags, "corpus"));
    Path queries = Path.of(required(flags, "queries"));
    int size = Integer.parseInt(flags.getOrDefault("size", "10"));
    List<Integer> clients = Arrays.stream(flags.getOrDefault("clients", "2").split(",")).map(Integer::parseInt).toList();
    long warmup = Long.parseLong(flags.getOrDefault("warmup", "60"));
    long seconds = Long.parseLong(flags.getOrDefault("seconds", "60"));
    long maxRequests = Long.parseLong(flags.getOrDefault("max-requests", "5000000"));

    // --home DIR keeps the core and reuses it when a previous run finished indexing it, so a quiet
    // machine is spent measuring; without it the core lives in a temporary folder.
    boolean keep = flags.containsKey("home");
    Path home = keep ? Path.of(flags.get("home")) : Files.createTempDirectory("lcs-solr");
    Path built = home.resolve("lcs-peer-built");
    try {
      boolean reuse = keep && Files.exists(built);
      if (!reuse) {
        if (keep) {
          IOUtils.rm(home);
        }
        Files.createDirectories(home);
        copy("solr/solr.xml", home.resolve("solr.xml"));
        Path core = home.resolve("lcs");
        Files.createDirectories(core.resolve("conf"));
        copy("solr/conf/solrconfig.xml", core.resolve("conf/solrconfig.xml"));
        copy("solr/conf/schema.xml", core.resolve("conf/schema.xml"));
        Files.writeString(core.resolve("core.properties"), "name=lcs\n");
      }
      try (var solr = new EmbeddedSolrServer(home, "lcs")) {
        if (reuse) {
          System.out.println("solr: reusing the core in " + home);
        } else {
          long t0 = System.nanoTime();
          long docs = index(solr, corpus);
          System.out.printf(Locale.ROOT, "solr: %d documents indexed in %.1f s%n", docs, (System.nanoTime() - t0) / 1e9);
          if (keep) {
            Files.writeString(built, corpus.toAbsolutePath() + "\n");
          }
        }
        List<SolrQuery> mix = mix(queries, size);
        for (int n : clients) {
          measure(solr, mix, n, warmup, seconds, maxRequests);
        }
      }
    } finally {
      if (!keep) {
        IOUtils.rm(home);
      }
    }
  }

  private static String required(Map<String, String> flags, String name) {
    String v = flags.get(name);
    if (v == null) {
      System.err.println("solr: --" + name + " is required");
      System.exit(2);
    }
    return v;
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = SolrPeer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource " + resource + " missing from the class path");
      }
      Files.copy(in, to);
    }
  }

  /** Every line of every {@code *.jsonl} under the corpus, in batches; each record's language decides its stemmed copies. */
  private static long index(EmbeddedSolrServer solr, Path corpus) throws Exception {
    var json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    long n = 0;
    var batch = new ArrayList<SolrInputDocument>();
    for (Path file : files) {
      try (MappingIterator<Map<String, Object>> it = json.readerForMapOf(Object.class).readValues(file.toFile())) {
        while (it.hasNext()) {
          batch.add(document(it.next()));
          if (batch.size() == 1_000) {
            solr.add(batch);
            n += batch.size();
            batch.clear();
          }
        }
      }
    }
    if (!batch.isEmpty()) {
      solr.add(batch);
      n += batch.size();
    }
    solr.commit();
    return n;
  }

  private static SolrInputDocument document(Map<String, Object> r) {
    var doc = new SolrInputDocument();
    for (String f : List.of("id", "title", "summary", "body", "city", "country", "region", "type", "language", "url", "date")) {
      Object v = r.get(f);
      if (v != null) {
        doc.addField(f, v.toString());
      }
    }
    if (r.get("year") != null) {
      doc.addField("year", r.get("year").toString());
    }
    Object lang = r.get("language");
    if (lang != null && STEMMED.contains(lang.toString())) {
      doc.addField("head_" + lang, r.get("title"));
      if (r.get("summary") != null) {
        doc.addField("head_" + lang, r.get("summary"));
      }
      doc.addField("body_" + lang, r.get("body"));
    }
    return doc;
  }

  /** The {@code query<TAB>filters} mix as Solr queries. */
  static List<SolrQuery> mix(Path queries, int size) throws IOException {
    var out = new ArrayList<SolrQuery>();
    for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.equals("query\tfilters")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      out.add(query(parts[0], parts.length > 1 ? parts[1] : "", size));
    }
    return out;
  }

  private static SolrQuery query(String text, String filters, int size) {
    var q = new SolrQuery();
    if (text.isBlank()) {
      q.setQuery("*:*");
    } else {
      q.setQuery(text);
      q.set("defType", "edismax");
      q.set("qf", QF);
      q.set("q.op", "OR");
    }
    q.setRows(size);
    q.setFields("id", "title", "summary", "city", "country", "date", "year", "type", "language", "url");
    var byDim = new LinkedHashMap<String, List<String>>();
    for (String pair : filters.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        byDim.computeIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), k -> new ArrayList<>())
            .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    // Tagged filters and excluded facets: disjunctive counts, as in lcs.
    byDim.forEach((dim, values) -> q.addFilterQuery("{!tag=" + dim + "}" + dim + ":("
        + String.join(" OR ", values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList())
        + ")"));
    q.setFacet(true);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    FACETS.forEach(dim -> q.addFacetField("{!ex=" + dim + "}" + dim));
    q.set("hl", true);
    q.set("hl.method", "unified");
    q.set("hl.fl", "body");
    q.set("hl.snippets", 1);
    q.set("hl.fragsize", 200);
    return q;
  }

  /** A closed loop like lcs.bench.ClosedLoop: warm-up unrecorded, then every latency kept. */
  private static void measure(EmbeddedSolrServer solr, List<SolrQuery> mix, int clients, long warmupSeconds,
      long seconds, long maxRequests) throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + warmupSeconds * 1_000_000_000L;
    long measureTo = measureFrom + seconds * 1_000_000_000L;
    var errors = new AtomicLong();
    var budget = new AtomicLong(maxRequests);
    var lastEnd = new AtomicLong(measureFrom);
    var latencies = new ArrayList<long[]>();
    var counts = new int[clients];
    var threads = new ArrayList<Thread>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      long[] mine = new long[4_000_000];
      latencies.add(mine);
      var random = new java.util.Random(0x5EED + client);
      threads.add(Thread.ofPlatform().start(() -> {
        while (true) {
          long t0 = System.nanoTime();
          if (t0 >= measureTo || (t0 >= measureFrom && budget.get() <= 0)) {
            return;
          }
          SolrQuery q = mix.get(random.nextInt(mix.size()));
          boolean ok;
          try {
            QueryResponse r = solr.query(q);
            ok = r.getResults() != null;
          } catch (Exception e) {
            ok = false;
          }
          long t1 = System.nanoTime();
          if (t0 >= measureFrom && budget.getAndDecrement() > 0) {
            if (!ok) {
              errors.incrementAndGet();
            }
            if (counts[client] < mine.length) {
              mine[counts[client]++] = t1 - t0;
            }
            lastEnd.accumulateAndGet(t1, Math::max);
          }
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    int total = 0;
    for (int c = 0; c < clients; c++) {
      total += counts[c];
    }
    long[] all = new long[total];
    int k = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies.get(c), 0, all, k, counts[c]);
      k += counts[c];
    }
    Arrays.sort(all);
    double secs = Math.max(1e-9, (lastEnd.get() - measureFrom) / 1e9);
    System.out.printf(Locale.ROOT, "RESULT %d %.1f %.3f %.3f %.3f %d %d%n", clients, total / secs,
        pct(all, 50), pct(all, 95), pct(all, 99), errors.get(), total);
  }

  /** Nearest-rank percentile in milliseconds. */
  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }
}
