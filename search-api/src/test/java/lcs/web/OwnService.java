package lcs.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lcs.config.Config;
import lcs.http.Service;
import lcs.index.IndexBuilder;
import lcs.search.SnapshotManager;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A search service of one browser test class's own, for a configuration the shared one has not
 * (analytics on, few request slots): the browser tests' fixture indexed into a temporary folder,
 * served on a free port with the class's flags, and "another site" embedding its widget under a
 * CSP that trusts only this service ({@link WebEnvironment#hostSite}). Started before the class's
 * tests; stopped, with its folder removed, after them:
 * {@code @RegisterExtension static final OwnService own = new OwnService(HOST_PAGE, dir -> List.of("--analytics", "on"));}
 */
final class OwnService implements BeforeAllCallback, AfterAllCallback {
    /** Prepares the service's data folder (a file a flag names, say) and gives the service's flags. */
    interface Setup {
        List<String> flags(Path dataDir) throws IOException;
    }

    private final String hostPage;
    private final Setup setup;
    private Path dir;
    private Service service;
    private String base;
    private HttpServer hostSite;

    /** {@code hostPage}: the other site's HTML, {@code %s} standing for this service's base URL. */
    OwnService(String hostPage, Setup setup) {
        this.hostPage = hostPage;
        this.setup = setup;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("lcs-own-web");
        Path index = dir.resolve("index");
        new IndexBuilder(false).build(WebEnvironment.fixture(), index);
        service = Service.start(
                Config.forIndex(index, dir, setup.flags(dir).toArray(String[]::new)), SnapshotManager.open(index));
        base = "http://127.0.0.1:" + service.port();
        hostSite = WebEnvironment.hostSite(base, hostPage);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (hostSite != null) {
            hostSite.stop(0);
        }
        if (service != null) {
            service.close();
        }
        if (dir != null) {
            WebEnvironment.deleteTree(dir);
        }
    }

    Service service() {
        return service;
    }

    /** This service's base URL, {@code http://127.0.0.1:PORT}. */
    String base() {
        return base;
    }

    /** The other site's page that embeds this service's widget. */
    String hostPageUrl() {
        return "http://127.0.0.1:" + hostSite.getAddress().getPort() + "/";
    }

    /** The service's data folder, removed after the class's tests: room for a test's own files. */
    Path dir() {
        return dir;
    }
}
