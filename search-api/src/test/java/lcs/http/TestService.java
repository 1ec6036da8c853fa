package lcs.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lcs.config.Config;
import lcs.corpus.InvalidCorpusException;
import lcs.index.IndexBuilder;
import lcs.search.SnapshotManager;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real search service for tests: indexes a fixture corpus into a temporary folder, starts the
 * HTTP server on a free port and sends requests to it. One per test class, as a JUnit extension
 * that starts it before the class's tests and stops it and removes its folder after them:
 * {@code @RegisterExtension static final TestService api = TestService.serving("x.jsonl");}
 */
public final class TestService implements BeforeAllCallback, AfterAllCallback {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path corpus;
    private final List<String> corsOrigins;
    private java.util.function.UnaryOperator<Config> configure = c -> c;
    private Path tmp;
    private Service service;
    private Path index;
    private String base;

    private TestService(Path corpus, List<String> corsOrigins) {
        this.corpus = corpus;
        this.corsOrigins = List.copyOf(corsOrigins);
    }

    /** Serves the fixture {@code corpus/NAME} to any origin. */
    public static TestService serving(String fixture) {
        return serving(fixture, List.of("*"));
    }

    /** Serves the fixture {@code corpus/NAME}, allowing these CORS origins. */
    public static TestService serving(String fixture, List<String> corsOrigins) {
        return new TestService(fixture(fixture), corsOrigins);
    }

    /** Changes the configuration before the service starts (analytics, limits, admin token). */
    public TestService configured(java.util.function.UnaryOperator<Config> change) {
        this.configure = change;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        tmp = Files.createTempDirectory("lcs-test-");
        index = tmp.resolve("index");
        try {
            new IndexBuilder(false).build(corpus, index);
        } catch (InvalidCorpusException e) {
            throw new IllegalStateException("invalid fixture " + corpus + ": " + e.problems(), e);
        }
        var cfg = Config.forIndex(
                index,
                tmp,
                "--cache",
                "maximumSize=1000",
                "--reload-seconds",
                "1",
                "--cors",
                String.join(",", corsOrigins));
        service = Service.start(configure.apply(cfg), SnapshotManager.open(index));
        base = "http://127.0.0.1:" + service.port();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (service != null) {
            service.close();
        }
        IOUtils.rm(tmp);
    }

    /** A fixture under {@code src/test/resources/corpus/}, as a file path. */
    public static Path fixture(String name) {
        try {
            return Path.of(TestService.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test fixture corpus/" + name, e);
        }
    }

    /** URL-encodes a query parameter value. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public Service service() {
        return service;
    }

    public Path index() {
        return index;
    }

    public String base() {
        return base;
    }

    /** GET {@code pathAndQuery} with header name/value pairs. */
    public Response get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    /** Any method, no body. */
    public Response send(String method, String pathAndQuery, String... headers) {
        return exchange(method, pathAndQuery, HttpRequest.BodyPublishers.noBody(), headers);
    }

    /**
     * GET with the request target sent byte for byte, over a plain socket: for URLs that Java's URI
     * class refuses to build, such as malformed percent-escapes. The answer's status and body.
     */
    public Response rawGet(String target) {
        try (var socket = new java.net.Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = all.substring(0, split);
            var headers = new java.util.TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                            .add(line.substring(colon + 1).strip());
                }
            }
            String body = all.substring(split + 4);
            if (headers.containsKey("Transfer-Encoding")) {
                body = dechunk(body);
            }
            return new Response(Integer.parseInt(head.substring(9, 12)), HttpHeaders.of(headers, (a, b) -> true), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dechunk(String chunked) {
        var out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            // sizes count bytes; the fixture bodies here are ASCII JSON
            out.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    /**
     * The OPTIONS request a browser sends from {@code origin} before a cross-origin GET of
     * {@code pathAndQuery} that revalidates with {@code If-None-Match}.
     */
    public Response preflight(String pathAndQuery, String origin) {
        return send(
                "OPTIONS",
                pathAndQuery,
                "Origin",
                origin,
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "If-None-Match");
    }

    /** POST {@code body} (UTF-8) with header name/value pairs. */
    public Response post(String path, String body, String... headers) {
        return exchange("POST", path, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), headers);
    }

    private Response exchange(String method, String pathAndQuery, HttpRequest.BodyPublisher body, String... headers) {
        var req = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .method(method, body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            req.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> res =
                    CLIENT.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(res.statusCode(), res.headers(), res.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET {@code pathAndQuery}, expecting 200 and JSON: the JSON. */
    public JsonNode getJson(String pathAndQuery) {
        Response r = get(pathAndQuery);
        if (r.status() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " gave " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    /** GET /api/search with the given raw query string (already encoded), expecting 200 JSON. */
    public JsonNode search(String queryString) {
        return getJson("/api/search" + (queryString.isEmpty() ? "" : "?" + queryString));
    }

    /** The ids of the hits of a search, in order. */
    public List<String> ids(String queryString) {
        return ids(search(queryString));
    }

    public static List<String> ids(JsonNode answer) {
        var ids = new ArrayList<String>();
        answer.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    /** A response: status, headers, body text. */
    public record Response(int status, HttpHeaders headers, String body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public boolean isJson() {
            try {
                JSON.readTree(body);
                return header("Content-Type") != null && header("Content-Type").startsWith("application/json");
            } catch (IOException e) {
                return false;
            }
        }
    }
}
