package lcs.importer;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The seam between the import pipeline and the web: {@code lcs.importer.web} registers a
 * {@link Factory} in {@code META-INF/services/lcs.importer.WebSources$Factory}; without one, URL
 * inputs are a usage error.
 */
public final class WebSources {
    private WebSources() {}

    /** Opens a source over page URLs and sitemap URLs. */
    public interface Factory {
        PageSource open(List<URI> urls, CrawlOptions options);
    }

    /** The registered factory, if this build has one. */
    public static Optional<Factory> factory() {
        return ServiceLoader.load(Factory.class).findFirst();
    }
}
