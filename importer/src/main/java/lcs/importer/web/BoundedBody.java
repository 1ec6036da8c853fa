package lcs.importer.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit and cancels the exchange past it, so a 50 MB page costs
 * at most the limit in memory and on the wire. A limit of 0 reads nothing: for bodies not wanted
 * (errors, redirects, types the import does not read).
 */
final class BoundedBody implements HttpResponse.BodySubscriber<BoundedBody.Result> {

    /** The bytes read; {@code complete} is false when the body went past the limit and was cut off. */
    record Result(byte[] bytes, boolean complete) {}

    private final int limit;
    private final ByteArrayOutputStream buffer;
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(int limit) {
        this(limit, -1);
    }

    /** {@code expected}: the declared Content-Length, if any, so the buffer is sized once. */
    BoundedBody(int limit, long expected) {
        this.limit = limit;
        this.buffer = new ByteArrayOutputStream(expected > 0 && expected <= limit ? (int) expected : 8192);
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if (buffer.size() + (long) n > limit) {
                subscription.cancel();
                result.complete(new Result(new byte[0], false));
                return;
            }
            byte[] chunk = new byte[n];
            item.get(chunk);
            buffer.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(new Result(buffer.toByteArray(), true));
    }
}
