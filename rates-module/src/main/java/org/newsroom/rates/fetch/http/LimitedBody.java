package org.newsroom.rates.fetch.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and gives up, closing the transfer, as soon as the limit is
 * passed: a misconfigured address that serves a 50 MB file (or an endless stream) costs at most the
 * limit in memory. Bodies are pulled one chunk at a time, so nothing is read ahead of the count.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the limit; carries how much had arrived when reading stopped. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(long seen, long limit) {
            super("body of at least " + seen + " bytes exceeds the limit of " + limit);
        }
    }

    private final long limit;
    private final boolean wanted;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long count;

    private LimitedBody(long limit, boolean wanted) {
        this.limit = limit;
        this.wanted = wanted;
    }

    /**
     * The handler for a feed: the body of a successful answer up to {@code limit} bytes, refused at once
     * when its declared length is already too large, and not read at all for an error status (only the
     * status is reported, and an error page can be as large as it likes).
     */
    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return info -> {
            boolean success = info.statusCode() / 100 == 2;
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (success && declared > limit) {
                LimitedBody refused = new LimitedBody(limit, false);
                refused.result.completeExceptionally(new TooLarge(declared, limit));
                return refused;
            }
            return new LimitedBody(limit, success);
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (!wanted || result.isDone()) {
            subscription.cancel();
            result.complete(new byte[0]);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            count += buffer.remaining();
            if (count > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(count, limit));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            received.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(received.toByteArray());
    }
}
