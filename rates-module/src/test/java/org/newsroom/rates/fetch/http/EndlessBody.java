package org.newsroom.rates.fetch.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A body of the given size streamed in chunks without a Content-Length, counting what it managed to send. */
public final class EndlessBody implements HttpHandler {

    private final long size;
    private final AtomicLong written = new AtomicLong();
    private final CountDownLatch finished = new CountDownLatch(1);

    public EndlessBody(long size) {
        this.size = size;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            while (written.get() < size) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
        } catch (IOException e) {
            // the client hung up, as it should at its limit
        } finally {
            finished.countDown();
        }
    }

    public void assertCutOffAtTheLimit() {
        assertTrue(assertDoesNotThrow(() -> finished.await(5, TimeUnit.SECONDS)), "the server was let go");
        assertTrue(written.get() < size / 2, "the client stopped reading long before the end, the server wrote "
                + written.get() + " bytes");
    }
}
