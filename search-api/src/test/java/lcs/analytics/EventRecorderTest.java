package lcs.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded queue: a writer that cannot keep up makes offers fail fast and be counted. */
class EventRecorderTest {
    @TempDir
    Path tmp;

    @Test
    void a_full_queue_drops_and_counts_instead_of_blocking() throws Exception {
        var store = new AnalyticsStore("jdbc:sqlite:" + tmp.resolve("a.db"));
        store.migrate();
        var recorder = new EventRecorder(store, 10, Duration.ofDays(396), Clock.systemUTC());
        int offered = 25;
        int accepted = 0;
        // Holding the store's lock stalls the writer inside write(): at most 10 wait in the queue and
        // at most 10 more are in the batch the writer took.
        synchronized (store) {
            for (int i = 0; i < offered; i++) {
                if (recorder.offer(new Event.Search("k" + i, Instant.now(), "q", Map.of(), "en", 1))) {
                    accepted++;
                }
            }
        }
        assertEquals(offered, accepted + recorder.droppedQueueFull());
        assertTrue(recorder.droppedQueueFull() >= 5, "dropped " + recorder.droppedQueueFull());
        recorder.flush(Duration.ofSeconds(10));
        assertEquals(accepted, recorder.written(), "failed " + recorder.droppedWriteFailed());
        assertEquals((long) accepted, store.counts().get("searches"));
        recorder.close();
    }
}
