package lcs.importer.web;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lcs.importer.CrawlOptions;
import lcs.importer.Page;
import lcs.importer.PageSink;
import lcs.importer.PageSource;
import lcs.importer.SkipReason;

/**
 * Pages from the web: each input is a page URL or a sitemap (sitemap indexes, text and gzip
 * sitemaps too); with {@code crawl}, links are followed within the inputs' hosts. One request at a
 * time, robots.txt obeyed, requests to a host spaced by its Crawl-delay (at most
 * {@link WebSettings#maxCrawlDelay()}) or {@code delayMs}. A page reachable under several URLs is
 * handed over once: by redirect, by identical bytes, or by the same canonical link and title (the
 * title guards against sites that give every page the home page as canonical). Not thread-safe.
 */
public final class WebSource implements PageSource {
    /** Media types handed to the pipeline, mapped to the type the extractor reads. */
    private static final Map<String, String> PAGE_TYPES = Map.of(
            "text/html", "text/html",
            "application/xhtml+xml", "text/html",
            "text/plain", "text/plain",
            "text/markdown", "text/markdown",
            "text/x-markdown", "text/markdown",
            "application/pdf", "application/pdf",
            "application/x-pdf", "application/pdf");

    private static final Set<String> SITEMAP_TYPES = Set.of(
            "application/xml",
            "text/xml",
            "application/rss+xml",
            "application/atom+xml",
            "application/gzip",
            "application/x-gzip",
            "text/plain");

    private static final int MAX_SITEMAP_DEPTH = 3;

    private enum Kind {
        INPUT,
        SITEMAP,
        LISTED,
        LINKED
    }

    private record Target(URI uri, String source, Kind kind, int depth) {}

    private final List<URI> inputs;
    private final CrawlOptions options;
    private final WebSettings settings;
    private final Fetcher fetcher;
    private final Hosts hosts;
    private final CrawlState state;

    private final Deque<Target> queue = new ArrayDeque<>();
    private final Set<URI> queued = new HashSet<>();
    private final Set<URI> fetched = new HashSet<>();
    private final Map<String, String> identities = new HashMap<>();
    private final Map<String, String> hashes = new HashMap<>();
    private final Set<String> scope = new HashSet<>();
    private int pagesFetched;
    private int unvisited;

    public WebSource(List<URI> inputs, CrawlOptions options, WebSettings settings) {
        this.inputs = List.copyOf(inputs);
        this.options = options;
        this.settings = settings;
        this.fetcher = new Fetcher(settings);
        this.hosts = new Hosts(fetcher, settings, options.delayMs(), Thread::sleep);
        Path out = options.out();
        this.state = out == null ? CrawlState.none() : CrawlState.load(CrawlState.beside(out));
    }

    /** URLs found but not fetched because {@code --max-pages} was reached. */
    public int unvisited() {
        return unvisited;
    }

    @Override
    public void forEach(PageSink sink) throws IOException {
        for (URI input : inputs) {
            URI uri = Urls.normalise(input);
            if (uri == null) {
                sink.skipped(input.toString(), SkipReason.UNREADABLE, "not an http(s) URL");
                continue;
            }
            scope.add(Hosts.key(uri));
            enqueue(new Target(uri, input.toString(), Kind.INPUT, 0), sink);
        }
        try {
            while (!queue.isEmpty()) {
                Target target = queue.poll();
                if (target.kind() != Kind.SITEMAP && pagesFetched >= options.maxPages()) {
                    unvisited = (int) queue.stream()
                                    .filter(t -> t.kind() != Kind.SITEMAP)
                                    .count()
                            + 1;
                    sink.note("--max-pages " + options.maxPages() + " reached: " + unvisited
                            + " more URLs found, not fetched");
                    break;
                }
                try {
                    visit(target, sink);
                } catch (RuntimeException e) {
                    // One page never stops the crawl: a parser's surprise is reported like any other failure.
                    sink.skipped(
                            target.source(),
                            SkipReason.UNREADABLE,
                            e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("crawl interrupted", e);
        }
    }

    private void enqueue(Target target, PageSink sink) {
        if (queued.add(target.uri())) {
            queue.add(target);
        } else if (target.kind() != Kind.LINKED) {
            // A page linked from many pages is normal; the same URL given or listed twice is worth a line.
            sink.skipped(target.source(), SkipReason.DUPLICATE, "listed more than once");
        }
    }

    private void visit(Target target, PageSink sink) throws InterruptedException {
        if (fetched.contains(target.uri())) {
            // Reached already as the target of another URL's redirect.
            if (target.kind() != Kind.LINKED) {
                sink.skipped(target.source(), SkipReason.DUPLICATE, "read already through a redirect");
            }
            return;
        }
        URI at = target.uri();
        Fetcher.Response response;
        int hops = 0;
        boolean conditional = true;
        boolean counted = false;
        while (true) {
            Hosts.Host host = hosts.of(at);
            if (host.unreachable != null) {
                // Asked once per host: a site that is down costs one timeout, not one per page.
                sink.skipped(
                        target.source(),
                        host.unreachable.reason(),
                        "host unreachable (robots.txt: " + host.unreachable.getMessage() + ")");
                return;
            }
            if (!host.allows(at)) {
                sink.skipped(target.source(), SkipReason.ROBOTS, at + " (" + host.robotsNote + ")");
                return;
            }
            CrawlState.Entry previous = conditional ? state.previous(at.toString()) : null;
            Fetcher.Validators validators = Fetcher.Validators.NONE;
            // The previous records are found by source, so a page now reached under another source is read in full.
            if (previous != null && target.source().equals(previous.source())) {
                validators = new Fetcher.Validators(previous.etag(), previous.lastModified());
            }
            if (!counted && target.kind() != Kind.SITEMAP) {
                pagesFetched++;
                counted = true;
            }
            hosts.await(host);
            try {
                URI asked = at;
                response = fetcher.get(asked, validators, type -> wanted(target, asked, type));
            } catch (FetchException e) {
                sink.skipped(target.source(), e.reason(), at + ": " + e.getMessage());
                return;
            } finally {
                hosts.done(host);
            }
            fetched.add(at);
            if (response.status() == 304 && validators != Fetcher.Validators.NONE) {
                if (keepUnchanged(target, at, previous, sink)) {
                    return;
                }
                // The output lost this page's records: read it in full.
                conditional = false;
                continue;
            }
            String location = response.header("Location");
            if (response.status() / 100 != 3 || response.status() == 304 || location == null) {
                break;
            }
            if (++hops > settings.maxRedirects()) {
                sink.skipped(
                        target.source(), SkipReason.HTTP_ERROR, "more than " + settings.maxRedirects() + " redirects");
                return;
            }
            URI next = Urls.resolve(at, location);
            if (next == null) {
                sink.skipped(target.source(), SkipReason.HTTP_ERROR, "redirect to a non-http(s) location: " + location);
                return;
            }
            if (target.kind() == Kind.INPUT) {
                scope.add(Hosts.key(next));
            } else if (options.crawl() && target.kind() == Kind.LINKED && !scope.contains(Hosts.key(next))) {
                sink.skipped(target.source(), SkipReason.HTTP_ERROR, "redirects off the crawled hosts, to " + next);
                return;
            }
            if (fetched.contains(next)) {
                sink.skipped(target.source(), SkipReason.DUPLICATE, "redirects to " + next + ", read already");
                return;
            }
            queued.add(next);
            at = next;
        }
        handle(target, at, response, sink);
    }

    /** Whether to read the body: pages of a type the import reads, and sitemaps. */
    private static boolean wanted(Target target, URI at, String type) {
        return isSitemap(target, at, type) || type == null || PAGE_TYPES.containsKey(type);
    }

    private static boolean isSitemap(Target target, URI at, String type) {
        if (target.kind() == Kind.SITEMAP) {
            return true;
        }
        if (target.kind() != Kind.INPUT) {
            return false;
        }
        String path = at.getPath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".xml") || path.endsWith(".xml.gz")) {
            return true;
        }
        // Plain text is a page unless the URL says it is a text sitemap.
        return type != null && SITEMAP_TYPES.contains(type) && (!"text/plain".equals(type) || path.contains("sitemap"));
    }

    private void handle(Target target, URI at, Fetcher.Response response, PageSink sink) {
        int status = response.status();
        if (status == 404 || status == 410) {
            sink.skipped(target.source(), SkipReason.NOT_FOUND, "HTTP " + status + " from " + at);
            return;
        }
        if (status != 200) {
            sink.skipped(target.source(), SkipReason.HTTP_ERROR, "HTTP " + status + " from " + at);
            return;
        }
        String type = response.mediaType();
        if (isSitemap(target, at, type)) {
            if (!response.complete()) {
                sink.skipped(
                        target.source(), SkipReason.TOO_LARGE, "sitemap over " + settings.maxBodyBytes() + " bytes");
                return;
            }
            readSitemap(target, at, response, sink);
            return;
        }
        String pageType = type == null ? guessType(at) : PAGE_TYPES.get(type);
        if (pageType == null) {
            sink.skipped(
                    target.source(), SkipReason.NOT_SUPPORTED, (type == null ? "no Content-Type" : type) + " at " + at);
            return;
        }
        if (!response.complete()) {
            sink.skipped(
                    target.source(),
                    SkipReason.TOO_LARGE,
                    "over the " + settings.maxBodyBytes() + "-byte limit (" + at + "), not read");
            return;
        }
        byte[] body = response.body();
        String sha256 = sha256(body);
        HtmlFacts facts = "text/html".equals(pageType) ? HtmlFacts.of(body, at) : null;
        URI canonical = facts == null || facts.canonical() == null ? at : facts.canonical();
        String title = facts == null ? null : facts.title();
        List<URI> links = facts == null ? List.of() : facts.links();
        state.put(
                at.toString(),
                new CrawlState.Entry(
                        target.source(),
                        response.header("ETag"),
                        response.header("Last-Modified"),
                        sha256,
                        canonical.toString(),
                        title,
                        options.crawl() ? links.stream().map(URI::toString).toList() : List.of()));
        follow(links, sink);
        String identity = identity(canonical.toString(), title);
        String first = duplicateOf(identity, sha256);
        if (first != null) {
            sink.skipped(target.source(), SkipReason.DUPLICATE, "same page as " + first);
            return;
        }
        remember(identity, sha256, target.source());
        if (facts != null && facts.noindex()) {
            sink.skipped(target.source(), SkipReason.ROBOTS, "meta robots noindex at " + at);
            return;
        }
        // The declared charset goes along: the extractor decodes with it when the bytes are not UTF-8.
        String charset = Fetcher.charset(response.header("Content-Type"));
        sink.accept(
                new Page(target.source(), at, charset == null ? pageType : pageType + "; charset=" + charset, body));
    }

    /** A 304: the sink keeps the page's previous records; false when it has none (then read in full). */
    private boolean keepUnchanged(Target target, URI at, CrawlState.Entry previous, PageSink sink) {
        String identity = identity(previous.canonical(), previous.title());
        String first = duplicateOf(identity, previous.sha256());
        if (first != null) {
            state.put(at.toString(), previous);
            sink.skipped(target.source(), SkipReason.DUPLICATE, "same page as " + first);
            return true;
        }
        if (!sink.unchanged(target.source())) {
            return false;
        }
        remember(identity, previous.sha256(), target.source());
        state.put(at.toString(), previous);
        follow(previous.links().stream().map(Urls::parse).filter(u -> u != null).toList(), sink);
        return true;
    }

    private static String identity(String canonical, String title) {
        return canonical == null ? null : canonical + "\n" + (title == null ? "" : title);
    }

    /** The source of an earlier page with the same identity or bytes, or null. */
    private String duplicateOf(String identity, String sha256) {
        String first = identity == null ? null : identities.get(identity);
        return first != null || sha256 == null ? first : hashes.get(sha256);
    }

    private void remember(String identity, String sha256, String source) {
        if (identity != null) {
            identities.putIfAbsent(identity, source);
        }
        if (sha256 != null) {
            hashes.putIfAbsent(sha256, source);
        }
    }

    private void follow(List<URI> links, PageSink sink) {
        if (!options.crawl()) {
            return;
        }
        for (URI link : links) {
            if (scope.contains(Hosts.key(link))) {
                enqueue(new Target(link, link.toString(), Kind.LINKED, 0), sink);
            }
        }
    }

    private void readSitemap(Target target, URI at, Fetcher.Response response, PageSink sink) {
        if (target.kind() == Kind.INPUT) {
            // Counted as a page when requested, before it showed itself a sitemap; --max-pages counts pages.
            pagesFetched--;
        }
        String type = response.mediaType();
        String path = at.getPath().toLowerCase(Locale.ROOT);
        if (type == null) {
            type = path.endsWith(".gz") ? "application/gzip" : "application/xml";
        }
        AbstractSiteMap map;
        try {
            // Not strict: a sitemap may list pages outside its own folder (common, and harmless here).
            map = new SiteMapParser(false).parseSiteMap(type, response.body(), at.toURL());
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            // The XML parser's own words (e.g. "Content is not allowed in prolog.") say more than the wrapper's.
            String why = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage()
                    : e.getMessage();
            sink.skipped(
                    target.source(),
                    SkipReason.UNREADABLE,
                    "not a sitemap: " + at + " (served as " + type
                            + ") is not sitemap XML, a text list of URLs or RSS/Atom: " + why);
            return;
        }
        if (map instanceof SiteMapIndex index) {
            if (target.depth() >= MAX_SITEMAP_DEPTH) {
                sink.skipped(
                        target.source(),
                        SkipReason.UNREADABLE,
                        "sitemap index nested deeper than " + MAX_SITEMAP_DEPTH);
                return;
            }
            List<Target> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                URI uri = Urls.parse(child.getUrl().toString());
                if (uri != null && queued.add(uri)) {
                    children.add(new Target(uri, uri.toString(), Kind.SITEMAP, target.depth() + 1));
                }
            }
            // Sitemaps go first, in their order, so the number of pages left is known before pages are read.
            for (int i = children.size() - 1; i >= 0; i--) {
                queue.addFirst(children.get(i));
            }
            return;
        }
        List<URI> pages = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
            URI uri = Urls.parse(entry.getUrl().toString());
            if (uri != null) {
                pages.add(uri);
            }
        }
        if (pages.isEmpty()) {
            sink.skipped(target.source(), SkipReason.NO_MAIN_TEXT, "sitemap lists no pages: " + at);
            return;
        }
        sink.expect(pages.size());
        for (URI page : pages) {
            scope.add(Hosts.key(page));
            enqueue(new Target(page, page.toString(), Kind.LISTED, 0), sink);
        }
    }

    private static String guessType(URI at) {
        String path = at.getPath();
        int slash = path.lastIndexOf('/');
        return lcs.importer.LocalFiles.contentType(path.substring(slash + 1));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Saves the re-crawl state next to {@code --out}, now that the output it describes is in place. */
    @Override
    public void committed() {
        state.save();
    }

    @Override
    public String toString() {
        return "web source " + inputs;
    }

    /** Releases the HTTP client. */
    @Override
    public void close() {
        fetcher.close();
    }
}
