package lcs.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import lcs.config.Config;
import lcs.http.Service;
import lcs.index.IndexBuilder;
import lcs.search.Searcher;
import lcs.search.SnapshotManager;
import lcs.synth.GenerateCommand;
import org.apache.lucene.util.IOUtils;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests run against, started once per test run and closed at its end: the real
 * search service over {@code web/corpus/web-fixture.jsonl} on a free port, "another site" (a second
 * HTTP server on another port, so another origin) that embeds the widget, and one headless Chromium.
 * Tests that need estimated counts ask for a second search service ({@link #estimatingBase()}).
 * Not thread-safe: browser tests run one at a time.
 */
final class WebEnvironment implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** The npm-installed axe-core (npm ci --prefix search-api/src/test/js); Surefire runs in search-api/. */
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /**
     * Synthetic documents behind {@link #estimatingBase()}: enough that "learning" matches more than
     * the 10,000-hit window (about 80 % of the documents match it), below which counts are always exact.
     */
    static final int ESTIMATED_DOCS = 15_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final Path tmp;
    final Service service;
    final String base;
    final HttpServer otherSite;
    final String otherBase;
    final ChromeDriver driver;
    /** What "another site" serves: path → HTML, or CSS for paths ending in .css. Tests add their own. */
    final Map<String, String> otherPages = new ConcurrentHashMap<>();
    /** Further connect-src origins a page of "another site" allows (path → origins), beyond the search service. */
    final Map<String, String> otherConnectSrc = new ConcurrentHashMap<>();

    private Service estimating;

    private WebEnvironment(Path tmp, Service service, HttpServer otherSite, ChromeDriver driver) {
        this.tmp = tmp;
        this.service = service;
        this.base = "http://127.0.0.1:" + service.port();
        this.otherSite = otherSite;
        this.otherBase = "http://127.0.0.1:" + otherSite.getAddress().getPort();
        this.driver = driver;
    }

    /** True when the browser tests must run (CI) or can (a chromedriver is installed). */
    static boolean browserExpected() {
        return Files.isExecutable(CHROMEDRIVER) || "true".equals(System.getenv("CI"));
    }

    static WebEnvironment start() throws Exception {
        long t0 = System.nanoTime();
        Path tmp = Files.createTempDirectory("lcs-web-test");
        // Chromium starts while the index is built: both take seconds.
        CompletableFuture<ChromeDriver> browser =
                CompletableFuture.supplyAsync(() -> chrome(tmp.resolve("chrome-profile"), Map.of()));
        Service service = null;
        HttpServer other = null;
        try {
            Path index = tmp.resolve("index");
            new IndexBuilder(false).build(fixture(), index);
            long t1 = System.nanoTime();
            service = Service.start(config(index, tmp, Searcher.DEFAULT_EXACT_COUNTS), SnapshotManager.open(index));
            long t2 = System.nanoTime();
            other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var env = new WebEnvironment(tmp, service, other, browser.join());
            other.createContext("/", env::serveOtherSite);
            other.start();
            System.out.printf(
                    java.util.Locale.ROOT,
                    "browser tests: index %d ms, service %d ms, chromium ready after %d ms%n",
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t0) / 1_000_000);
            return env;
        } catch (Exception | Error e) {
            browser.thenAccept(ChromeDriver::quit);
            if (other != null) {
                other.stop(0);
            }
            if (service != null) {
                service.close();
            }
            throw e;
        }
    }

    private static Config config(Path index, Path data, int exactCounts) {
        return Config.forIndex(
                index,
                data,
                "--cache",
                "maximumSize=1000",
                "--reload-seconds",
                "1",
                "--exact-counts",
                String.valueOf(exactCounts));
    }

    /**
     * The base URL of a second search service, started on first use and closed with this
     * environment: {@link #ESTIMATED_DOCS} synthetic documents, counted exactly up to 0 matches, so
     * every query matching more than the 10,000-hit window gets an estimated total and facet counts.
     */
    String estimatingBase() throws Exception {
        if (estimating == null) {
            long t0 = System.nanoTime();
            Path dir = tmp.resolve("estimating");
            Path corpus = dir.resolve("corpus");
            Path index = dir.resolve("index");
            GenerateCommand.generate(ESTIMATED_DOCS, corpus);
            new IndexBuilder(false).build(corpus, index);
            estimating = Service.start(config(index, dir, 0), SnapshotManager.open(index));
            System.out.printf(
                    java.util.Locale.ROOT,
                    "browser tests: estimating service over %,d documents ready after %d ms%n",
                    ESTIMATED_DOCS,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return "http://127.0.0.1:" + estimating.port();
    }

    /**
     * A second search service over the browser tests' index, for a test that stops it (a service that
     * goes away mid-session); the caller closes it.
     */
    Service startAnotherService() throws Exception {
        Path index = tmp.resolve("index");
        return Service.start(
                config(index, Files.createDirectories(tmp.resolve("another")), Searcher.DEFAULT_EXACT_COUNTS),
                SnapshotManager.open(index));
    }

    /** "Another site": serves {@link #otherPages} under a strict CSP that only trusts the search service. */
    private void serveOtherSite(HttpExchange exchange) throws IOException {
        String html = otherPages.get(exchange.getRequestURI().getPath());
        byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String type = html == null ? "text/plain" : path.endsWith(".css") ? "text/css" : "text/html";
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders()
                .set(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src " + base + "; connect-src " + base + " "
                                + otherConnectSrc.getOrDefault(path, "") + "; style-src 'self'; img-src 'self' data:");
        exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Headless Chromium from Debian, set up for the tests (no network of its own, English, fixed
     * size and scale, console logs kept), with its profile in {@code profile} and these preferences.
     */
    static ChromeDriver chrome(Path profile, Map<String, Object> prefs) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--lang=en-US",
                "--hide-scrollbars",
                "--force-device-scale-factor=1");
        var allPrefs = new java.util.HashMap<String, Object>(prefs);
        allPrefs.put("intl.accept_languages", "en-US,en");
        options.setExperimentalOption("prefs", allPrefs);
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /** The browser tests' corpus: a few documents per facet value, several languages, one hostile. */
    /**
     * Another site on its own port embedding the widget: serves {@code body} (with {@code %s} replaced
     * by the service's base URL) under a CSP that trusts only that service, as a host page would.
     */
    static com.sun.net.httpserver.HttpServer hostSite(String base, String body) throws java.io.IOException {
        var site = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] bytes = body.replace("%s", base).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        site.createContext("/", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            x.getResponseHeaders()
                    .set("Content-Security-Policy", "default-src 'self'; script-src " + base + "; connect-src " + base);
            x.sendResponseHeaders(200, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        });
        site.start();
        return site;
    }

    static Path fixture() {
        try {
            return Path.of(WebEnvironment.class
                    .getResource("/web/corpus/web-fixture.jsonl")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- browser helpers

    /** Opens a page of the search service at the default desktop size. */
    void open(String pathAndQuery) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(base + pathAndQuery);
    }

    /** Opens a search page at the default desktop size and waits until it has drawn its answer. */
    void openSearch(String pathAndQuery) {
        open(pathAndQuery);
        settled();
    }

    /** Opens a search page, sizes the viewport to width × height, and waits until the page has drawn its answer. */
    void openSearch(String pathAndQuery, int width, int height) {
        open(pathAndQuery);
        resizeViewport(width, height);
        settled();
    }

    /** Waits until the search page has drawn a finished answer (status text set, nothing in flight). */
    void settled() {
        waitFor(d -> this.<Boolean>js(
                "return !!document.querySelector('#status').textContent && !document.querySelector('[aria-busy]')"));
    }

    /** Sizes the viewport (not the window, which may add browser chrome) to width × height. */
    void resizeViewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        int chrome = height - this.<Number>js("return window.innerHeight").intValue();
        if (chrome > 0) {
            driver.manage().window().setSize(new Dimension(width, height + chrome));
        }
        waitFor(d -> this.<Number>js("return window.innerWidth").intValue() == width
                && this.<Number>js("return window.innerHeight").intValue() == height);
    }

    /** Types text in the box of the compact widget with this id and waits until its suggestion list is open. */
    void typeInCompactWidget(String id, String text) {
        SearchContext root = driver.findElement(By.id(id)).getShadowRoot();
        root.findElement(By.cssSelector("input")).sendKeys(text);
        waitFor(d -> "true".equals(root.findElement(By.cssSelector("input")).getAttribute("aria-expanded")));
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}, for people to look at. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            System.out.println("screenshot " + file.toAbsolutePath());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class) // the page redraws lists as answers arrive
                .until(condition);
    }

    @SuppressWarnings("unchecked")
    <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Browser console errors since the last call, ignoring missing favicons. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    // ---- API helpers

    /** GET from the search service, expecting 200 JSON. */
    JsonNode api(String pathAndQuery) {
        return api(base, pathAndQuery);
    }

    /** GET from the search service at base (this one's or {@link #estimatingBase()}), expecting 200 JSON. */
    static JsonNode api(String base, String pathAndQuery) {
        try {
            HttpResponse<String> res = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (res.statusCode() != 200) {
                throw new AssertionError("GET " + pathAndQuery + " gave " + res.statusCode() + ": " + res.body());
            }
            return JSON.readTree(res.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            otherSite.stop(0);
            service.close();
            if (estimating != null) {
                estimating.close();
            }
            deleteTree(tmp);
        }
    }

    /** Removes a test's temporary folder and all in it; a leftover is not worth failing a run for. */
    static void deleteTree(Path dir) {
        try {
            IOUtils.rm(dir);
        } catch (IOException e) {
            // Left for the system's temp cleaning.
        }
    }
}
