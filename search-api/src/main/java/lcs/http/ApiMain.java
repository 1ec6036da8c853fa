package lcs.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import lcs.config.Config;
import lcs.config.ConfigException;
import lcs.corpus.CorpusReader;
import lcs.corpus.InvalidCorpusException;
import lcs.index.BuildReport;
import lcs.index.IndexBuilder;
import lcs.index.Manifest;
import lcs.search.InvalidIndexException;
import lcs.search.SnapshotManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code lcs serve}: indexes the bundled corpus if needed, then serves the API and web page. */
public final class ApiMain {
  private static final Logger LOG = LoggerFactory.getLogger(ApiMain.class);

  private ApiMain() {}

  public static void main(String[] args) {
    lcs.index.Logging.bridgeJul();
    Path root = Path.of(System.getProperty("lcs.root", "."));
    if (java.util.List.of(args).contains("--help") || java.util.List.of(args).contains("-h")) {
      System.out.print(Config.USAGE);
      return;
    }
    Config cfg;
    try {
      cfg = Config.from(args, System.getenv(), root);
    } catch (ConfigException e) {
      System.err.println("lcs serve: " + e.getMessage());
      System.err.print(Config.USAGE);
      System.exit(2);
      return;
    }
    try {
      if (cfg.indexDir() == null) {
        indexBundledCorpus(cfg);
      }
      SnapshotManager snapshots = SnapshotManager.open(cfg.servedIndex());
      Service service = Service.start(cfg, snapshots);
      Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
      // SIGTERM and SIGINT drain in-flight requests, then exit 0: a requested stop is not a failure.
      for (String name : new String[] {"TERM", "INT"}) {
        sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
          LOG.info("SIG{} received, finishing in-flight requests", name);
          service.close();
          System.exit(0);
        });
      }
      LOG.info("Learning City Search ready at http://{}:{}/ ({} documents, index {})",
          cfg.host().contains(":") ? "[" + cfg.host() + "]" : cfg.host(), service.port(),
          service.searcher().documents(), cfg.servedIndex());
    } catch (InvalidIndexException e) {
      System.err.println("lcs serve: " + e.getMessage()
          + "; build it with: ./lcs index --corpus DIR --index " + cfg.servedIndex());
      System.exit(1);
    } catch (InvalidCorpusException e) {
      e.problems().forEach(p -> System.err.println(p));
      System.err.println("lcs serve: the corpus " + cfg.corpusDir() + " is invalid: " + e.getMessage());
      System.exit(1);
    } catch (IOException | RuntimeException e) {
      System.err.println("lcs serve: cannot start: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Builds data/index from the corpus unless it was already built from the same bytes. */
  static void indexBundledCorpus(Config cfg) throws IOException, InvalidCorpusException {
    Path index = cfg.servedIndex();
    String checksum = CorpusReader.checksum(cfg.corpusDir());
    Manifest existing = null;
    try (var dir = FSDirectory.open(index)) {
      existing = Manifest.read(dir);
    } catch (IOException e) {
      // no index yet
    }
    if (existing != null && existing.matches(checksum)) {
      LOG.info("index in {} is up to date with {} ({} documents)", index, cfg.corpusDir(), existing.documents());
      return;
    }
    LOG.info("indexing {} into {}", cfg.corpusDir(), index);
    BuildReport r = new IndexBuilder(false).build(cfg.corpusDir(), index);
    LOG.info(String.format(Locale.ROOT, "indexed %d documents in %.1f s",
        r.manifest().documents(), r.millis() / 1000.0));
  }
}
