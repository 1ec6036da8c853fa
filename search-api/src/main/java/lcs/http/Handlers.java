package lcs.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lcs.cache.ResultCache;
import lcs.query.BadRequestException;
import lcs.query.SearchRequest;
import lcs.search.Documents;
import lcs.search.SearchResult;
import lcs.search.Searcher;
import lcs.search.Suggester;

/** The API's handlers: each parses, delegates and renders; no Lucene types here. */
final class Handlers {
    private static final String CACHE_CONTROL = "public, max-age=60";
    /** Search answers carrying a queryId: a browser may reuse its own, no shared cache may hand it on. */
    private static final String PRIVATE_CACHE_CONTROL = "private, max-age=60";

    private final Searcher searcher;
    private final Suggester suggester;
    private final Documents documents;
    private final ResultCache cache;
    private final Supplier<String> queryIds;

    /** {@code queryIds} issues the {@code queryId} of each search answer; null when analytics are off. */
    Handlers(Searcher searcher, ResultCache cache, Supplier<String> queryIds) {
        this.searcher = searcher;
        this.queryIds = queryIds;
        this.suggester = new Suggester(searcher);
        this.documents = new Documents(searcher);
        this.cache = cache;
    }

    void search(Context ctx) {
        long start = System.nanoTime();
        SearchRequest req = SearchRequest.from(ctx.queryParamMap());
        // One index version from the ETag check to the body: the ETag, the cache key, the answer and
        // its indexVersion all come from the snapshot pinned here, whatever swaps meanwhile.
        try (Searcher.Pinned pinned = searcher.pin()) {
            String etag = etag(pinned.version(), req.toString());
            String cacheControl = queryIds == null ? CACHE_CONTROL : PRIVATE_CACHE_CONTROL;
            if (notModified(ctx, etag, cacheControl)) {
                return;
            }
            SearchResult result = cache.get(pinned.version(), req, pinned::search);
            SearchResult answer = result.withTookMs((System.nanoTime() - start) / 1_000_000);
            ctx.header("ETag", etag).header("Cache-Control", cacheControl);
            // The id is added here, never inside the cached result, so each answer gets its own; "private"
            // keeps shared caches from handing one visitor's id to another.
            ctx.json(queryIds == null ? answer : new WithQueryId(answer, queryIds.get()));
        }
    }

    /** A search answer with its analytics id, serialised as the answer's fields plus {@code queryId}. */
    record WithQueryId(@JsonUnwrapped SearchResult result, String queryId) {}

    void suggest(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > SearchRequest.MAX_QUERY_CHARS) {
            throw new BadRequestException("q", "must be at most " + SearchRequest.MAX_QUERY_CHARS + " characters");
        }
        int size = intParam(ctx, "size", 8, 1, 20);
        String etag = etag(searcher.version(), "suggest|" + q + "|" + size);
        if (notModified(ctx, etag)) {
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("query", q == null ? "" : q);
        body.put("suggestions", suggester.suggest(q, size));
        ctx.header("ETag", etag).header("Cache-Control", CACHE_CONTROL).json(body);
    }

    void document(Context ctx) {
        String id = ctx.pathParam("id");
        String etag = etag(searcher.version(), "doc|" + id);
        if (notModified(ctx, etag)) {
            return;
        }
        Map<String, Object> record = documents.get(id);
        ctx.header("ETag", etag).header("Cache-Control", CACHE_CONTROL).json(record);
    }

    void related(Context ctx) {
        String id = ctx.pathParam("id");
        int size = intParam(ctx, "size", 5, 1, 20);
        String etag = etag(searcher.version(), "related|" + id + "|" + size);
        if (notModified(ctx, etag)) {
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("id", id);
        body.put("related", documents.related(id, size));
        ctx.header("ETag", etag).header("Cache-Control", CACHE_CONTROL).json(body);
    }

    void health(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(searcher.health());
    }

    private static boolean notModified(Context ctx, String etag) {
        return notModified(ctx, etag, CACHE_CONTROL);
    }

    private static boolean notModified(Context ctx, String etag, String cacheControl) {
        String inm = ctx.header("If-None-Match");
        if (inm != null && List.of(inm.split("\\s*,\\s*")).contains(etag)) {
            ctx.header("ETag", etag).header("Cache-Control", cacheControl).status(304);
            return true;
        }
        return false;
    }

    /** A strong ETag from the index version and the normalized request. */
    static String etag(String indexVersion, String request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return "\"" + indexVersion + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A whole-number query parameter from {@code min} to {@code max}, {@code fallback} when absent or
     * blank; anything else is a 400 naming the parameter.
     */
    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new BadRequestException(name, "must be between " + min + " and " + max + " (got " + n + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, "must be a whole number (got \"" + v + "\")");
        }
    }
}
