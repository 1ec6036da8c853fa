package lcs.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pool under IndexBuilder and the bench's baseline: every document runs, the first failure is reported. */
class IndexingPoolTest {
    @Test
    void finish_waits_for_every_task_even_beyond_the_queue() throws IOException {
        var done = new AtomicInteger();
        try (var pool = new IndexingPool(2)) {
            // 2 threads queue 128 tasks; the rest run on this thread instead of being rejected, and
            // the slow tasks still queued when finish is called must run before it returns.
            for (int i = 0; i < 300; i++) {
                pool.submit(() -> {
                    Thread.sleep(1);
                    done.incrementAndGet();
                });
            }
            pool.finish();
            assertEquals(300, done.get());
            assertFalse(pool.failed());
        }
    }

    @Test
    void first_failure_is_reported_by_finish_with_its_cause() throws InterruptedException {
        var boom = new IllegalStateException("document 7 is broken");
        try (var pool = new IndexingPool(1)) {
            var failedOne = new CountDownLatch(1);
            pool.submit(() -> {
                failedOne.countDown();
                throw boom;
            });
            assertTrue(failedOne.await(10, TimeUnit.SECONDS));
            pool.submit(() -> {
                throw new IllegalStateException("a later failure");
            });
            var e = assertThrows(IOException.class, pool::finish);
            assertTrue(pool.failed());
            assertSame(boom, e.getCause());
            assertEquals("indexing failed: document 7 is broken", e.getMessage());
        }
    }

    @Test
    void an_error_fails_the_build_too() {
        try (var pool = new IndexingPool(1)) {
            pool.submit(() -> {
                throw new StackOverflowError("deep");
            });
            var e = assertThrows(IOException.class, pool::finish);
            assertTrue(e.getCause() instanceof StackOverflowError);
        }
    }
}
