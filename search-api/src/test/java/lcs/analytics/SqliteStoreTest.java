package lcs.analytics;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, the default: one file under the data folder. */
class SqliteStoreTest extends AnalyticsStoreContract {
    @TempDir
    Path tmp;

    @Override
    String freshUrl() {
        return "jdbc:sqlite:" + tmp.resolve("analytics.db");
    }
}
