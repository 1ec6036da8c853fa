package lcs.analytics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on a real PostgreSQL server started for this class; each test gets its own
 * database. Skipped, saying why, only where the PostgreSQL binaries are not installed.
 */
class PostgresStoreTest extends AnalyticsStoreContract {
    static TemporaryPostgres pg;
    static int databases;

    @BeforeAll
    static void startServer() throws Exception {
        assumeTrue(
                TemporaryPostgres.unavailable().isEmpty(),
                TemporaryPostgres.unavailable().orElse(""));
        pg = TemporaryPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    String freshUrl() throws Exception {
        String name = "t" + (++databases);
        try (var c = DriverManager.getConnection(pg.jdbcUrl());
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return pg.jdbcUrl().replace("/postgres?", "/" + name + "?");
    }
}
