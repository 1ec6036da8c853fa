package lcs.importer.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import lcs.importer.SkipReason;

/**
 * One GET at a time over {@link HttpClient}, redirects not followed (the caller checks robots.txt
 * and politeness for every hop), with a deadline on the whole response and a cap on the body.
 */
final class Fetcher implements AutoCloseable {

    /**
     * A response. {@code body} is empty unless the status was 200 and {@code wanted} accepted the
     * media type; {@code complete} is false when the body was over the cap and dropped.
     */
    record Response(URI uri, int status, HttpHeaders headers, String mediaType, byte[] body, boolean complete) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The validators a re-crawl sends; either may be null. */
    record Validators(String etag, String lastModified) {
        static final Validators NONE = new Validators(null, null);
    }

    private final HttpClient client;
    private final WebSettings settings;

    Fetcher(WebSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                // One request at a time per host: HTTP/2 multiplexing buys nothing and cleartext h2c
                // upgrades confuse some servers.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * GETs {@code uri}; reads the body only for a 200 whose media type {@code wanted} accepts.
     *
     * @throws FetchException on a timeout or a network failure (never for an HTTP error status)
     */
    Response get(URI uri, Validators validators, Predicate<String> wanted) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.9,*/*;q=0.5");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        String[] mediaType = new String[1];
        HttpResponse.BodyHandler<BoundedBody.Result> handler = info -> {
            mediaType[0] = mediaType(info.headers().firstValue("Content-Type").orElse(null));
            if (info.statusCode() != 200 || !wanted.test(mediaType[0])) {
                return new BoundedBody(0);
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return declared > settings.maxBodyBytes()
                    ? new BoundedBody(0)
                    : new BoundedBody(settings.maxBodyBytes(), declared);
        };
        CompletableFuture<HttpResponse<BoundedBody.Result>> pending = client.sendAsync(request.build(), handler);
        try {
            // The request timeout covers the headers only; this deadline covers a body that trickles.
            HttpResponse<BoundedBody.Result> response =
                    pending.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            BoundedBody.Result body = response.body();
            return new Response(
                    uri, response.statusCode(), response.headers(), mediaType[0], body.bytes(), body.complete());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(SkipReason.UNREADABLE, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw new FetchException(
                        SkipReason.TIMEOUT,
                        "no connection within " + settings.connectTimeout().toMillis() + " ms");
            }
            if (cause instanceof HttpTimeoutException) {
                throw timedOut();
            }
            if (cause instanceof ConnectException) {
                throw new FetchException(SkipReason.UNREADABLE, "connection refused");
            }
            if (cause instanceof IOException && cause.getMessage() != null) {
                throw new FetchException(SkipReason.UNREADABLE, cause.getMessage());
            }
            throw new FetchException(SkipReason.UNREADABLE, String.valueOf(cause));
        }
    }

    private FetchException timedOut() {
        return new FetchException(
                SkipReason.TIMEOUT,
                "no complete response within " + settings.readTimeout().toMillis() + " ms");
    }

    /** {@code text/html; charset=utf-8} → {@code text/html}; null when absent. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
    }

    /** {@code text/html; charset="windows-1251"} → {@code windows-1251}; null when not declared. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String value = pair[1].strip().replace("\"", "").replace("'", "");
                return value.matches("[A-Za-z0-9._:-]{1,40}") ? value : null;
            }
        }
        return null;
    }

    @Override
    public void close() {
        client.close();
    }
}
