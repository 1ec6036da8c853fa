package lcs.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lcs serve}: indexes the bundled corpus if needed, then serves the API and web page. */
@Command(
        name = "serve",
        description = "Serve the search API and the web page. Without --index, the bundled corpus is indexed "
                + "into data/index first (skipped while the corpus is unchanged).")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ServeOptions options;

    @Spec
    CommandSpec spec;

    /** Makes the bundled corpus (for a config without --index or --corpus) and returns its folder. */
    private final Function<Config, Path> bundledCorpus;

    /**
     * @param bundledCorpus prepares the bundled corpus; the tools module imports it from the raw
     *     pages (the server itself has no importer)
     */
    public ServeCommand(Function<Config, Path> bundledCorpus) {
        this.bundledCorpus = bundledCorpus;
    }

    /** Serves a given index or corpus; the bundled one needs ./lcs serve, which can import it. */
    public static void main(String[] args) {
        Commands.main(
                new ServeCommand(cfg -> {
                    throw new IllegalStateException(
                            "give --index DIR or --corpus DIR (./lcs serve imports the bundled pages)");
                }),
                args);
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
                indexCorpus(cfg.corpusDir() != null ? cfg.corpusDir() : bundledCorpus.apply(cfg), cfg.servedIndex());
            }
            SnapshotManager snapshots = SnapshotManager.open(cfg.servedIndex());
            Service service = Service.start(cfg, snapshots);
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
            StopSignals.install(service);
            LOG.info(
                    "Learning City Search ready at http://{}:{}/ ({} documents, index {})",
                    cfg.host().contains(":") ? "[" + cfg.host() + "]" : cfg.host(),
                    service.port(),
                    service.searcher().documents(),
                    cfg.servedIndex());
            // The server's threads keep the process alive; the launcher must not exit with a status.
            Thread.currentThread().join();
            return 0;
        } catch (InvalidIndexException e) {
            err.println("lcs serve: " + e.getMessage() + "; build it with: ./lcs index --corpus DIR --index "
                    + cfg.servedIndex());
            return Commands.FAILED;
        } catch (InvalidCorpusException e) {
            e.problems().forEach(err::println);
            err.println("lcs serve: the corpus is invalid: " + e.getMessage());
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

    /** Builds the index from the corpus unless it was already built from the same bytes. */
    static void indexCorpus(Path corpus, Path index) throws IOException, InvalidCorpusException {
        String checksum = CorpusReader.checksum(corpus);
        Manifest existing = null;
        try (var dir = FSDirectory.open(index)) {
            existing = Manifest.read(dir);
        } catch (IOException e) {
            // no index yet
        }
        if (existing != null && existing.matches(checksum)) {
            LOG.info("index in {} is up to date with {} ({} documents)", index, corpus, existing.documents());
            return;
        }
        LOG.info("indexing {} into {}", corpus, index);
        BuildReport r = new IndexBuilder(false).build(corpus, index);
        LOG.info(String.format(
                Locale.ROOT, "indexed %d documents in %.1f s", r.manifest().documents(), r.millis() / 1000.0));
    }
}
