package lcs.importer.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lcs.importer.SkipReason;

/**
 * Per host (scheme, host and port): its robots.txt rules, fetched once, and the pause between two
 * requests to it. Requests are spaced from the end of one to the start of the next.
 */
final class Hosts {
    /** The product token matched against robots.txt User-agent lines. */
    static final String ROBOT_NAME = "lcs";

    /** What the crawl knows of one host. */
    static final class Host {
        final BaseRobotRules rules;
        final long delayMillis;
        final String robotsNote;
        /** Why robots.txt got no answer at all (refused, timed out), or null: then the host is down, not shy. */
        final FetchException unreachable;

        private long nextRequestNanos;

        Host(BaseRobotRules rules, long delayMillis, String robotsNote, FetchException unreachable) {
            this.rules = rules;
            this.delayMillis = delayMillis;
            this.robotsNote = robotsNote;
            this.unreachable = unreachable;
        }

        boolean allows(URI uri) {
            return rules.isAllowed(uri.toString());
        }
    }

    private final Map<String, Host> hosts = new HashMap<>();
    private final Fetcher fetcher;
    private final WebSettings settings;
    private final long defaultDelayMillis;
    private final Sleeper sleeper;

    /** Sleeps; tests may count instead. */
    interface Sleeper {
        void sleepMillis(long millis) throws InterruptedException;
    }

    Hosts(Fetcher fetcher, WebSettings settings, long defaultDelayMillis, Sleeper sleeper) {
        this.fetcher = fetcher;
        this.settings = settings;
        this.defaultDelayMillis = defaultDelayMillis;
        this.sleeper = sleeper;
    }

    /** The host of {@code uri}, fetching its robots.txt the first time. */
    Host of(URI uri) throws InterruptedException {
        String key = key(uri);
        Host host = hosts.get(key);
        if (host == null) {
            host = load(uri);
            hosts.put(key, host);
        }
        return host;
    }

    /** Waits until {@code host} may be asked again. */
    void await(Host host) throws InterruptedException {
        long wait = host.nextRequestNanos - System.nanoTime();
        if (wait > 0) {
            sleeper.sleepMillis((wait + 999_999) / 1_000_000);
        }
    }

    /** Marks the end of a request to {@code host}. */
    void done(Host host) {
        host.nextRequestNanos = System.nanoTime() + host.delayMillis * 1_000_000;
    }

    static String key(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /**
     * RFC 9309 §2.3.1: robots.txt found → its rules; 4xx (the file does not exist) → everything
     * allowed; 5xx or no answer → nothing allowed, since the site cannot say what it wants. Redirects
     * are followed up to the usual limit.
     */
    private Host load(URI page) throws InterruptedException {
        URI robots = URI.create(key(page) + "/robots.txt");
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        // The parser's own ceiling turns a long Crawl-delay into "disallow all"; ours cuts it to the ceiling instead.
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
        // Its warnings about odd lines would go to the log, which may share standard output with records.
        parser.setMaxWarnings(0);
        BaseRobotRules rules;
        String note;
        FetchException unreachable = null;
        try {
            Fetcher.Response response = null;
            URI at = robots;
            for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
                response = fetcher.get(at, Fetcher.Validators.NONE, type -> true);
                String location = response.header("Location");
                if (response.status() / 100 != 3 || location == null) {
                    break;
                }
                at = Urls.resolve(at, location);
                if (at == null) {
                    throw new FetchException(
                            SkipReason.HTTP_ERROR, "robots.txt redirects to a bad location: " + location);
                }
            }
            int status = response.status();
            if (status == 200 && response.complete()) {
                rules = parser.parseContent(
                        robots.toString(),
                        response.body(),
                        response.mediaType() == null ? "text/plain" : response.mediaType(),
                        List.of(ROBOT_NAME));
                note = "robots.txt";
            } else if (status == 200) {
                // Over the body cap (far above RFC 9309's 500 KiB minimum): treated as unparseable, so allow.
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
                note = "robots.txt too large, ignored";
            } else if (status >= 400 && status < 500) {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
                note = "no robots.txt (HTTP " + status + ")";
            } else {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
                note = "robots.txt unavailable (HTTP " + status + "), so nothing is allowed (RFC 9309)";
            }
        } catch (FetchException e) {
            unreachable = e;
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
            note = "robots.txt unreachable (" + e.getMessage() + "), so nothing is allowed (RFC 9309)";
        }
        long delay = defaultDelayMillis;
        if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() >= 0) {
            delay = Math.min(rules.getCrawlDelay(), settings.maxCrawlDelay().toMillis());
        }
        Host host = new Host(rules, delay, note, unreachable);
        done(host);
        return host;
    }
}
