package lcs.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lcs.command.Commands;
import lcs.command.SuppressForbidden;
import lcs.config.Config;
import lcs.config.ConfigException;
import lcs.config.ServeOptions;
import lcs.corpus.CorpusReader;
import lcs.corpus.InvalidCorpusException;
import lcs.index.BuildReport;
import lcs.index.IndexBuilder;
import lcs.index.Manifest;
import lcs.search.InvalidIndexException;
import lcs.search.SnapshotManager;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code lcs serve}: indexes the bundled corpus if needed, then serves the API and web page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API and the web page. Without --index, the bundled corpus is indexed "
        + "into data/index first (skipped while the corpus is unchanged).")
public final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin ServeOptions options;
  @Spec CommandSpec spec;

  public static void main(String[] args) {
    Commands.main(new ServeCommand(), args);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Config cfg;
    try {
      cfg = options.toConfig(Path.of(System.getProperty("lcs.root", ".")));
    } catch (ConfigException e) {
      err.println("lcs serve: " + e.getMessage());
      return Commands.USAGE;
    }
    try {
      if (cfg.indexDir() == null) {
        indexBundledCorpus(cfg);
      }
      SnapshotManager snapshots = SnapshotManager.open(cfg.servedIndex());
      Service service = Service.start(cfg, snapshots);
      Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
      StopSignals.install(service);
      LOG.info("Learning City Search ready at http://{}:{}/ ({} documents, index {})",
          cfg.host().contains(":") ? "[" + cfg.host() + "]" : cfg.host(), service.port(),
          service.searcher().documents(), cfg.servedIndex());
      // The server's threads keep the process alive; the launcher must not exit with a status.
      Thread.currentThread().join();
      return 0;
    } catch (InvalidIndexException e) {
      err.println("lcs serve: " + e.getMessage()
          + "; build it with: ./lcs index --corpus DIR --index " + cfg.servedIndex());
      return Commands.FAILED;
    } catch (InvalidCorpusException e) {
      e.problems().forEach(err::println);
      err.println("lcs serve: the corpus " + cfg.corpusDir() + " is invalid: " + e.getMessage());
      return Commands.FAILED;
    } catch (IOException | RuntimeException e) {
      err.println("lcs serve: cannot start: " + e.getMessage());
      return Commands.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** SIGTERM and SIGINT drain in-flight requests, then exit 0: a requested stop is not a failure. */
  @SuppressForbidden(reason = "the JDK has no portable API to choose the exit status of a signal")
  private static final class StopSignals {
    static void install(Service service) {
      for (String name : new String[] {"TERM", "INT"}) {
        sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
          LOG.info("SIG{} received, finishing in-flight requests", name);
          service.close();
          System.exit(0);
        });
      }
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
