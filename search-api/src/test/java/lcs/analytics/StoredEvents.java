package lcs.analytics;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** Test helper: what a test of the recorded analytics starts from. */
public final class StoredEvents {
    private static final String[] TABLES = {
        "searches", "search_filters", "clicks", "daily_queries", "daily_filters", "daily_documents"
    };

    private StoredEvents() {}

    /** Writes what the recorder still holds, then deletes every row of every table. */
    public static void empty(EventRecorder recorder) throws InterruptedException, SQLException {
        recorder.flush(Duration.ofSeconds(10));
        try (var c = DriverManager.getConnection(recorder.store().url());
                var s = c.createStatement()) {
            for (String t : TABLES) {
                s.execute("DELETE FROM " + t);
            }
        }
    }
}
