package lcs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import lcs.http.Service;
import lcs.query.LuceneSyntax;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends 10,000 generated requests — random Unicode, operators, quotes, backslashes, huge numbers,
 * repeated and unknown parameters, empty and over-long values, broken percent-encoding — over raw
 * HTTP/1.1, and requires a JSON answer below 500 to each, within a socket timeout.
 */
class FuzzTest {
    private static final int REQUESTS = 10_000;
    private static final long SEED = 20261122L;
    private static final String[] PARAMS = {
        "q",
        "q",
        "q",
        "country",
        "region",
        "year",
        "type",
        "language",
        "page",
        "size",
        "sort",
        "explain",
        "unknown",
        "q[]",
        ""
    };
    private static final String[] PATHS = {
        "/api/search",
        "/api/search",
        "/api/search",
        "/api/suggest",
        "/api/documents/",
        "/api/documents/x/related",
        "/api/health"
    };
    private static final String[] PIECES = Stream.of(
                    List.of("\"", "-", "OR", "AND", "NOT"),
                    LuceneSyntax.SPECIAL_CHARACTERS,
                    List.of(
                            "&&",
                            "||",
                            "+",
                            "%",
                            "%%",
                            "%ZZ",
                            "%E0%A4",
                            "%00",
                            "%0A",
                            "%C0%AE",
                            "\u200f",
                            "😀",
                            "学习",
                            "للتعلم",
                            "обучение",
                            "Sønderborg",
                            "9999999999999999999999",
                            "-1",
                            "0",
                            "1e9",
                            "NaN",
                            " ",
                            "  ",
                            "\t",
                            "lantern",
                            "library",
                            "a",
                            ""))
            .flatMap(List::stream)
            .toArray(String[]::new);

    @TempDir
    static Path tmp;

    private static Service service;

    @BeforeAll
    static void start() throws Exception {
        service = ReliabilityFixtures.serve(
                tmp,
                ReliabilityFixtures.corpus(tmp.resolve("c"), "f", 12),
                "--cache",
                "maximumSize=1000",
                "--reload-seconds",
                "60");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void ten_thousand_generated_requests_get_json_and_no_5xx() throws Exception {
        var random = new SplittableRandom(SEED);
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            targets.add(target(random));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> problems = new ArrayList<>();
        int slice = REQUESTS / 4;
        for (int t = 0; t < 4; t++) {
            List<String> mine = targets.subList(t * slice, (t + 1) * slice);
            problems.add(pool.submit(() -> send(mine)));
        }
        var found = new ArrayList<String>();
        for (Future<String> f : problems) {
            String p = f.get();
            if (p != null) {
                found.add(p);
            }
        }
        pool.shutdown();
        assertEquals(List.of(), found);
    }

    /** Sends each request on a keep-alive connection (reconnecting when the server closes it). */
    private static String send(List<String> targets) throws Exception {
        var json = new ObjectMapper();
        Socket socket = null;
        for (String target : targets) {
            for (int attempt = 0; ; attempt++) {
                try {
                    if (socket == null) {
                        socket = new Socket();
                        socket.connect(new InetSocketAddress("127.0.0.1", service.port()), 5_000);
                        socket.setSoTimeout(10_000); // bounded time for every answer
                    }
                    Response r = exchange(socket, target);
                    if (r.closed) {
                        socket.close();
                        socket = null;
                    }
                    if (r.status >= 500) {
                        return r.status + " for " + target + ": " + r.body;
                    }
                    if (r.status != 304) {
                        json.readTree(r.body); // throws unless the body is JSON
                    }
                    break;
                } catch (java.net.SocketTimeoutException e) {
                    return "no answer within 10 s for " + target;
                } catch (java.io.IOException e) {
                    if (socket != null) {
                        socket.close();
                    }
                    socket = null;
                    if (attempt > 2) {
                        return e + " for " + target;
                    }
                }
            }
        }
        if (socket != null) {
            socket.close();
        }
        return null;
    }

    private record Response(int status, String body, boolean closed) {}

    private static Response exchange(Socket socket, String target) throws java.io.IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        String head = readHead(in);
        int status = Integer.parseInt(head.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String line : head.split("\r\n")) {
            String l = line.toLowerCase(java.util.Locale.ROOT);
            if (l.startsWith("content-length:")) {
                length = Integer.parseInt(l.substring(15).trim());
            } else if (l.startsWith("transfer-encoding:") && l.contains("chunked")) {
                chunked = true;
            } else if (l.startsWith("connection:") && l.contains("close")) {
                close = true;
            }
        }
        byte[] body = chunked ? readChunked(in) : length >= 0 ? in.readNBytes(length) : in.readAllBytes();
        return new Response(status, new String(body, StandardCharsets.UTF_8), close || length < 0 && !chunked);
    }

    private static String readHead(InputStream in) throws java.io.IOException {
        var buf = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                throw new java.io.EOFException("connection closed before a response");
            }
            buf.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
                    ? state + 1
                    : b == '\r' ? 1 : 0;
        }
        return buf.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] readChunked(InputStream in) throws java.io.IOException {
        var body = new ByteArrayOutputStream();
        while (true) {
            var size = new StringBuilder();
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new java.io.EOFException();
                }
                if (b != '\r') {
                    size.append((char) b);
                }
            }
            int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (n == 0) {
                in.read();
                in.read();
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            in.read();
            in.read();
        }
    }

    /** A request target with 0-6 random parameters, values built from nasty pieces. */
    private static String target(SplittableRandom r) {
        var sb = new StringBuilder(PATHS[r.nextInt(PATHS.length)]);
        if (sb.toString().endsWith("/documents/")) {
            sb.append(encode(value(r, 3)).replace("/", "%2F"));
        }
        int params = r.nextInt(7);
        for (int i = 0; i < params; i++) {
            sb.append(i == 0 ? '?' : '&')
                    .append(PARAMS[r.nextInt(PARAMS.length)])
                    .append('=');
            String v = r.nextInt(20) == 0 ? "x".repeat(r.nextInt(900, 1200)) : value(r, r.nextInt(1, 8));
            sb.append(r.nextInt(5) == 0 ? rawEscapes(v) : encode(v));
        }
        return sb.toString();
    }

    private static String value(SplittableRandom r, int parts) {
        var sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (r.nextInt(4) == 0) {
                sb.appendCodePoint(randomCodePoint(r));
            } else {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            if (r.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static int randomCodePoint(SplittableRandom r) {
        while (true) {
            int cp = r.nextInt(r.nextBoolean() ? 0x3000 : 0x110000);
            if (Character.isValidCodePoint(cp)
                    && !Character.isSurrogate((char) cp)
                    && Character.getType(cp) != Character.UNASSIGNED) {
                return cp;
            }
        }
    }

    private static String encode(String v) {
        return java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    /** Keeps percent signs unescaped, so "%ZZ" and "%E0%A4" reach the server as broken escapes. */
    private static String rawEscapes(String v) {
        return encode(v).replace("%25", "%");
    }
}
