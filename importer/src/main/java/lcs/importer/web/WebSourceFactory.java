package lcs.importer.web;

import java.net.URI;
import java.util.List;
import lcs.importer.CrawlOptions;
import lcs.importer.PageSource;
import lcs.importer.WebSources;

/** Registers {@link WebSource} with the import pipeline (ServiceLoader), with the default {@link WebSettings}. */
public final class WebSourceFactory implements WebSources.Factory {
    @Override
    public PageSource open(List<URI> urls, CrawlOptions options) {
        return new WebSource(urls, options, WebSettings.defaults(System.getenv("LCS_CRAWL_CONTACT")));
    }
}
