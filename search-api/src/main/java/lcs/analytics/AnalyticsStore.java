package lcs.analytics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Analytics storage over plain JDBC: the same SQL and migrations for SQLite (one file, the default)
 * and PostgreSQL (shared by replicas). Raw rows hold searches, their filters and clicks for the
 * last day or two; complete days are rolled up into daily tables, which retention trims. Every
 * report reads the roll-ups and the raw rows not yet rolled up through the same aggregate, so a
 * figure does not change when its day is rolled up.
 *
 * <p>The writing methods are called from one thread (the {@link EventRecorder}'s); reports open
 * their own connection and may run on any thread.
 */
public final class AnalyticsStore implements AutoCloseable {
    /** Days are rolled up once this long after they ended: clicks may come up to an hour after the search. */
    static final Duration ROLL_UP_DELAY = Duration.ofHours(2);

    private static final List<String> MIGRATIONS = List.of(
            // 1: raw rows and daily roll-ups. Times are epoch seconds (hours) and epoch days, as BIGINT,
            // so SQLite and PostgreSQL read and group them the same way.
            """
      CREATE TABLE searches (search_key VARCHAR(32) PRIMARY KEY, hour BIGINT NOT NULL, query VARCHAR(1000) NOT NULL,
        lang VARCHAR(8) NOT NULL, total BIGINT NOT NULL, zero SMALLINT NOT NULL);
      CREATE INDEX searches_hour ON searches (hour);
      CREATE TABLE search_filters (search_key VARCHAR(32) NOT NULL, hour BIGINT NOT NULL, dim VARCHAR(16) NOT NULL,
        value VARCHAR(200) NOT NULL, PRIMARY KEY (search_key, dim, value));
      CREATE INDEX search_filters_hour ON search_filters (hour);
      CREATE TABLE clicks (search_key VARCHAR(32) NOT NULL, hour BIGINT NOT NULL, position INTEGER NOT NULL,
        doc_id VARCHAR(128) NOT NULL, PRIMARY KEY (search_key, position, doc_id));
      CREATE INDEX clicks_hour ON clicks (hour);
      CREATE TABLE daily_queries (day BIGINT NOT NULL, query VARCHAR(1000) NOT NULL, lang VARCHAR(8) NOT NULL,
        searches BIGINT NOT NULL, zero_searches BIGINT NOT NULL, clicked_searches BIGINT NOT NULL,
        clicks BIGINT NOT NULL, position_sum BIGINT NOT NULL, PRIMARY KEY (day, query, lang));
      CREATE TABLE daily_filters (day BIGINT NOT NULL, dim VARCHAR(16) NOT NULL, value VARCHAR(200) NOT NULL,
        searches BIGINT NOT NULL, PRIMARY KEY (day, dim, value));
      CREATE TABLE daily_documents (day BIGINT NOT NULL, doc_id VARCHAR(128) NOT NULL, clicks BIGINT NOT NULL,
        PRIMARY KEY (day, doc_id))
      """);

    // The raw rows aggregated per day exactly as the roll-up tables hold them.
    private static final String RAW_QUERIES = """
      SELECT s.hour / 86400 AS day, s.query AS query, s.lang AS lang, COUNT(*) AS searches,
        SUM(s.zero) AS zero_searches, SUM(CASE WHEN c.n > 0 THEN 1 ELSE 0 END) AS clicked_searches,
        SUM(COALESCE(c.n, 0)) AS clicks, SUM(COALESCE(c.pos, 0)) AS position_sum
      FROM searches s LEFT JOIN (SELECT search_key, COUNT(*) AS n, SUM(position) AS pos FROM clicks GROUP BY search_key) c
        ON c.search_key = s.search_key
      WHERE s.hour / 86400 BETWEEN ? AND ?
      GROUP BY s.hour / 86400, s.query, s.lang""";
    private static final String RAW_FILTERS = """
      SELECT hour / 86400 AS day, dim, value, COUNT(*) AS searches FROM search_filters
      WHERE hour / 86400 BETWEEN ? AND ? GROUP BY hour / 86400, dim, value""";
    private static final String RAW_DOCUMENTS = """
      SELECT hour / 86400 AS day, doc_id, COUNT(*) AS clicks FROM clicks
      WHERE hour / 86400 BETWEEN ? AND ? GROUP BY hour / 86400, doc_id""";
    private static final String QUERIES =
            "(SELECT day, query, lang, searches, zero_searches, clicked_searches, clicks, position_sum"
                    + " FROM daily_queries WHERE day BETWEEN ? AND ? UNION ALL " + RAW_QUERIES + ") q";
    private static final String FILTERS =
            "(SELECT day, dim, value, searches FROM daily_filters WHERE day BETWEEN ? AND ?" + " UNION ALL "
                    + RAW_FILTERS + ") f";
    private static final String DOCUMENTS = "(SELECT day, doc_id, clicks FROM daily_documents WHERE day BETWEEN ? AND ?"
            + " UNION ALL " + RAW_DOCUMENTS + ") d";

    private final String url;
    private Connection writer;

    /**
     * A store at a JDBC URL ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://…}). Nothing is
     * opened until first use, so a database that is down does not stop the service from starting.
     */
    public AnalyticsStore(String url) {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("analytics-db must be a jdbc:sqlite: or jdbc:postgresql: URL");
        }
        this.url = url;
    }

    public String url() {
        return url;
    }

    /** Opens the database and applies the migrations it lacks. */
    public synchronized void migrate() throws SQLException {
        writer();
    }

    /** Stores a batch in one transaction; an event already stored (the same key) is kept once. */
    public synchronized void write(List<Event> events) throws SQLException {
        Connection c = writer();
        try (var s = c.prepareStatement(
                        "INSERT INTO searches (search_key, hour, query, lang, total, zero) VALUES (?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING");
                var f = c.prepareStatement(
                        "INSERT INTO search_filters (search_key, hour, dim, value) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
                var k = c.prepareStatement(
                        "INSERT INTO clicks (search_key, hour, position, doc_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Event e : events) {
                long hour = e.hour().getEpochSecond();
                switch (e) {
                    case Event.Search search -> {
                        s.setString(1, search.searchKey());
                        s.setLong(2, hour);
                        s.setString(3, search.query());
                        s.setString(4, search.lang());
                        s.setLong(5, search.total());
                        s.setInt(6, search.zero() ? 1 : 0);
                        s.addBatch();
                        for (var entry : search.filters().entrySet()) {
                            for (String value : entry.getValue()) {
                                f.setString(1, search.searchKey());
                                f.setLong(2, hour);
                                f.setString(3, entry.getKey());
                                f.setString(4, value);
                                f.addBatch();
                            }
                        }
                    }
                    case Event.Click click -> {
                        k.setString(1, click.searchKey());
                        k.setLong(2, hour);
                        k.setInt(3, click.position());
                        k.setString(4, click.docId());
                        k.addBatch();
                    }
                }
            }
            s.executeBatch();
            f.executeBatch();
            k.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            drop();
            throw e;
        }
    }

    /**
     * Rolls every complete day (ended at least {@link #ROLL_UP_DELAY} before {@code now}) into the
     * daily tables and deletes its raw rows, then deletes roll-ups older than {@code retention}.
     */
    public synchronized void maintain(Instant now, Duration retention) throws SQLException {
        Connection c = writer();
        long lastComplete = now.minus(ROLL_UP_DELAY).getEpochSecond() / 86400 - 1;
        long oldestKept = now.minus(retention).getEpochSecond() / 86400;
        try {
            // A late row for a day already rolled up (a click after a restart, say) adds to its day.
            rollUp(
                    c,
                    "INSERT INTO daily_queries (day, query, lang, searches, zero_searches, clicked_searches, clicks, position_sum) "
                            + RAW_QUERIES
                            + " ON CONFLICT (day, query, lang) DO UPDATE SET searches = daily_queries.searches + excluded.searches,"
                            + " zero_searches = daily_queries.zero_searches + excluded.zero_searches,"
                            + " clicked_searches = daily_queries.clicked_searches + excluded.clicked_searches,"
                            + " clicks = daily_queries.clicks + excluded.clicks, position_sum = daily_queries.position_sum + excluded.position_sum",
                    lastComplete);
            rollUp(
                    c,
                    "INSERT INTO daily_filters (day, dim, value, searches) " + RAW_FILTERS
                            + " ON CONFLICT (day, dim, value) DO UPDATE SET searches = daily_filters.searches + excluded.searches",
                    lastComplete);
            rollUp(
                    c,
                    "INSERT INTO daily_documents (day, doc_id, clicks) " + RAW_DOCUMENTS
                            + " ON CONFLICT (day, doc_id) DO UPDATE SET clicks = daily_documents.clicks + excluded.clicks",
                    lastComplete);
            for (String table : new String[] {"searches", "search_filters", "clicks"}) {
                try (var d = c.prepareStatement("DELETE FROM " + table + " WHERE hour / 86400 <= ?")) {
                    d.setLong(1, lastComplete);
                    d.executeUpdate();
                }
            }
            for (String table : new String[] {"daily_queries", "daily_filters", "daily_documents"}) {
                try (var d = c.prepareStatement("DELETE FROM " + table + " WHERE day < ?")) {
                    d.setLong(1, oldestKept);
                    d.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            drop();
            throw e;
        }
    }

    private static void rollUp(Connection c, String sql, long lastComplete) throws SQLException {
        try (var p = c.prepareStatement(sql)) {
            p.setLong(1, Long.MIN_VALUE / 2);
            p.setLong(2, lastComplete);
            p.executeUpdate();
        }
    }

    /** The report of {@code from} to {@code to} (UTC days, both included), each list at most {@code top} long. */
    public Report report(LocalDate from, LocalDate to, int top) throws SQLException {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        try (Connection c = open(false)) {
            var perDay = new TreeMap<Long, Report.Day>();
            for (long d = a; d <= b; d++) {
                perDay.put(d, new Report.Day(LocalDate.ofEpochDay(d), 0, 0, 0));
            }
            long searches = 0;
            long zero = 0;
            long clicked = 0;
            long clicks = 0;
            long positions = 0;
            try (var p = c.prepareStatement(
                    "SELECT day, SUM(searches), SUM(zero_searches), SUM(clicked_searches), SUM(clicks),"
                            + " SUM(position_sum) FROM " + QUERIES + " GROUP BY day ORDER BY day")) {
                bind(p, a, b, 2);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long day = rs.getLong(1);
                        perDay.put(
                                day,
                                new Report.Day(LocalDate.ofEpochDay(day), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                        searches += rs.getLong(2);
                        zero += rs.getLong(3);
                        clicked += rs.getLong(4);
                        clicks += rs.getLong(5);
                        positions += rs.getLong(6);
                    }
                }
            }
            String perQuery =
                    "SELECT query, SUM(searches) AS s, SUM(zero_searches) AS z, SUM(clicked_searches) AS c FROM "
                            + QUERIES + " WHERE query <> '' GROUP BY query";
            List<Report.QueryCount> topSearches =
                    rows(c, perQuery + " ORDER BY s DESC, query LIMIT ?", a, b, AnalyticsStore::queryCount, top);
            List<Report.QueryCount> topZero = rows(
                    c,
                    perQuery + " HAVING SUM(zero_searches) > 0 ORDER BY z DESC, s DESC, query LIMIT ?",
                    a,
                    b,
                    AnalyticsStore::queryCount,
                    top);
            List<Report.QueryCount> noClicks = rows(
                    c,
                    perQuery
                            + " HAVING SUM(searches) - SUM(clicked_searches) > 0 ORDER BY SUM(searches) - SUM(clicked_searches) DESC, s DESC, query LIMIT ?",
                    a,
                    b,
                    AnalyticsStore::queryCount,
                    top);
            List<Report.FilterCount> filters = rows(
                    c,
                    "SELECT dim, value, SUM(searches) AS s FROM " + FILTERS
                            + " GROUP BY dim, value ORDER BY s DESC, dim, value LIMIT ?",
                    a,
                    b,
                    rs -> new Report.FilterCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
                    top);
            List<Report.DocumentCount> documents = rows(
                    c,
                    "SELECT doc_id, SUM(clicks) AS k FROM " + DOCUMENTS
                            + " GROUP BY doc_id ORDER BY k DESC, doc_id LIMIT ?",
                    a,
                    b,
                    rs -> new Report.DocumentCount(rs.getString(1), rs.getLong(2)),
                    top);
            List<Report.LanguageCount> languages = rows(
                    c,
                    "SELECT lang, SUM(searches) AS s FROM " + QUERIES + " GROUP BY lang ORDER BY s DESC, lang",
                    a,
                    b,
                    rs -> new Report.LanguageCount(rs.getString(1), rs.getLong(2)));
            return new Report(
                    from,
                    to,
                    searches,
                    zero,
                    Report.rate(zero, searches),
                    clicked,
                    searches - clicked,
                    Report.rate(clicked, searches),
                    clicks,
                    clicks == 0 ? null : (double) positions / clicks,
                    List.copyOf(perDay.values()),
                    topSearches,
                    topZero,
                    noClicks,
                    filters,
                    documents,
                    languages);
        }
    }

    /**
     * The most searched queries between {@code from} and {@code to} whose searches found something,
     * each searched at least {@code minSearches} times (so a query typed once by one visitor is
     * never shown to others).
     */
    public List<String> popularWithResults(LocalDate from, LocalDate to, int limit, int minSearches)
            throws SQLException {
        try (Connection c = open(false)) {
            return rows(
                    c,
                    "SELECT query, SUM(searches) - SUM(zero_searches) AS found FROM " + QUERIES
                            + " WHERE query <> '' GROUP BY query HAVING SUM(searches) - SUM(zero_searches) >= ? ORDER BY found DESC, query LIMIT ?",
                    from.toEpochDay(),
                    to.toEpochDay(),
                    rs -> rs.getString(1),
                    minSearches,
                    limit);
        }
    }

    private static Report.QueryCount queryCount(ResultSet rs) throws SQLException {
        long s = rs.getLong(2);
        long z = rs.getLong(3);
        return new Report.QueryCount(rs.getString(1), s, z, rs.getLong(4), Report.rate(z, s));
    }

    /** Reads one row of a result set; the cursor is on the row. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a query over the union of roll-ups and raw rows: the day range binds its first two pairs
     * of parameters, {@code more} the ones after. One object a row, in the query's order.
     */
    private static <T> List<T> rows(Connection c, String sql, long a, long b, Row<T> row, int... more)
            throws SQLException {
        try (var p = c.prepareStatement(sql)) {
            bind(p, a, b, 2);
            for (int i = 0; i < more.length; i++) {
                p.setInt(5 + i, more[i]);
            }
            var out = new ArrayList<T>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        }
    }

    /** Binds the day range to the first {@code times} pairs of parameters. */
    private static void bind(PreparedStatement p, long a, long b, int times) throws SQLException {
        for (int i = 0; i < times; i++) {
            p.setLong(2 * i + 1, a);
            p.setLong(2 * i + 2, b);
        }
    }

    private Connection writer() throws SQLException {
        if (writer == null || writer.isClosed()) {
            writer = open(true);
        }
        return writer;
    }

    private void drop() {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (SQLException ignored) {
            // already broken
        }
        writer = null;
    }

    private Connection open(boolean writer) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try {
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = c.createStatement()) {
                    // WAL lets reports read while the writer writes; the timeout rides out the other's lock.
                    s.execute("PRAGMA busy_timeout = 5000");
                    s.execute("PRAGMA journal_mode = WAL");
                }
            }
            applyMigrations(c);
            // The writer commits each batch as one transaction; readers autocommit.
            c.setAutoCommit(!writer);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static void applyMigrations(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int version = 0;
            try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                if (rs.next()) {
                    version = rs.getInt(1);
                }
            }
            for (int v = version; v < MIGRATIONS.size(); v++) {
                for (String statement : MIGRATIONS.get(v).split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
                s.execute("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }

    /** Row counts per table, for tests and the startup log. */
    public Map<String, Long> counts() throws SQLException {
        var out = new TreeMap<String, Long>();
        try (Connection c = open(false);
                Statement s = c.createStatement()) {
            for (String t : new String[] {
                "searches", "search_filters", "clicks", "daily_queries", "daily_filters", "daily_documents"
            }) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }
}
