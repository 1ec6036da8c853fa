package lcs.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every analytics store must do, run against SQLite and PostgreSQL alike. The fixture is six
 * searches and four clicks over two days; every expected figure below is counted by hand from it.
 */
abstract class AnalyticsStoreContract {
    static final LocalDate DAY1 = LocalDate.of(2026, 3, 2);
    static final LocalDate DAY2 = DAY1.plusDays(1);

    AnalyticsStore store;

    /** A fresh, empty store's JDBC URL. */
    abstract String freshUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = new AnalyticsStore(freshUrl());
        store.migrate();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    static Event.Search search(
            String key, LocalDate day, int hour, String q, String lang, long total, Map<String, List<String>> filters) {
        return new Event.Search(key, at(day, hour), q, filters, lang, total);
    }

    static Event.Click click(String key, LocalDate day, int hour, int position, String doc) {
        return new Event.Click(key, at(day, hour), position, doc);
    }

    static final List<Event> FIXTURE = List.of(
            search("a", DAY1, 10, "ljubljana", "en", 3, Map.of("country", List.of("Slovenia"))),
            search("b", DAY1, 11, "ljubljana", "en", 3, Map.of()),
            search("c", DAY1, 12, "atlantis", "fr", 0, Map.of()),
            search("d", DAY2, 9, "atlantis", "en", 0, Map.of()),
            search("e", DAY2, 9, "riga", "en", 2, Map.of("type", List.of("profile"), "country", List.of("Latvia"))),
            search("f", DAY2, 10, "ljubljana", "es", 3, Map.of("country", List.of("Slovenia"))),
            click("a", DAY1, 10, 1, "doc-lj"),
            click("a", DAY1, 10, 3, "doc-x"),
            click("b", DAY1, 11, 2, "doc-lj"),
            click("e", DAY2, 9, 1, "doc-riga"));

    @Test
    void the_report_of_the_fixture_has_the_figures_counted_by_hand() throws Exception {
        store.write(FIXTURE);
        assertFixtureReport(store.report(DAY1, DAY2, 10));
    }

    static void assertFixtureReport(Report r) {
        assertEquals(6, r.searches());
        assertEquals(2, r.zeroResultSearches());
        assertEquals(1 / 3.0, r.zeroResultRate(), 1e-9);
        assertEquals(3, r.clickedSearches());
        assertEquals(3, r.searchesWithoutClicks());
        assertEquals(0.5, r.clickThroughRate(), 1e-9);
        assertEquals(4, r.clicks());
        assertEquals(1.75, r.averageClickPosition(), 1e-9);
        assertEquals(List.of(new Report.Day(DAY1, 3, 1, 2), new Report.Day(DAY2, 3, 1, 1)), r.perDay());
        assertEquals(
                List.of(
                        new Report.QueryCount("ljubljana", 3, 0, 2, 0.0),
                        new Report.QueryCount("atlantis", 2, 2, 0, 1.0),
                        new Report.QueryCount("riga", 1, 0, 1, 0.0)),
                r.topSearches());
        assertEquals(List.of(new Report.QueryCount("atlantis", 2, 2, 0, 1.0)), r.topZeroResultSearches());
        assertEquals(
                List.of("atlantis", "ljubljana"),
                r.topSearchesWithoutClicks().stream()
                        .map(Report.QueryCount::query)
                        .toList());
        assertEquals(
                List.of(
                        new Report.FilterCount("country", "Slovenia", 2),
                        new Report.FilterCount("country", "Latvia", 1),
                        new Report.FilterCount("type", "profile", 1)),
                r.topFilters());
        assertEquals(
                List.of(
                        new Report.DocumentCount("doc-lj", 2),
                        new Report.DocumentCount("doc-riga", 1),
                        new Report.DocumentCount("doc-x", 1)),
                r.topDocuments());
        assertEquals(
                List.of(
                        new Report.LanguageCount("en", 4),
                        new Report.LanguageCount("es", 1),
                        new Report.LanguageCount("fr", 1)),
                r.languages());
    }

    @Test
    void a_range_counts_only_its_days_and_lists_empty_days_with_zeros() throws Exception {
        store.write(FIXTURE);
        Report r = store.report(DAY2, DAY2.plusDays(1), 10);
        assertEquals(3, r.searches());
        assertEquals(1, r.clickedSearches());
        assertEquals(1, r.clicks());
        assertEquals(List.of(new Report.Day(DAY2, 3, 1, 1), new Report.Day(DAY2.plusDays(1), 0, 0, 0)), r.perDay());
        assertEquals(List.of(new Report.DocumentCount("doc-riga", 1)), r.topDocuments());
    }

    @Test
    void an_empty_range_has_zero_counts_and_no_rates() throws Exception {
        Report r = store.report(DAY1, DAY1, 10);
        assertEquals(0, r.searches());
        assertNull(r.clickThroughRate());
        assertNull(r.averageClickPosition());
        assertNull(r.zeroResultRate());
        assertEquals(List.of(new Report.Day(DAY1, 0, 0, 0)), r.perDay());
    }

    @Test
    void top_limits_every_list() throws Exception {
        store.write(FIXTURE);
        Report r = store.report(DAY1, DAY2, 1);
        assertEquals(1, r.topSearches().size());
        assertEquals(1, r.topFilters().size());
        assertEquals(1, r.topDocuments().size());
        assertEquals("ljubljana", r.topSearches().get(0).query());
    }

    @Test
    void an_event_sent_twice_is_counted_once() throws Exception {
        store.write(FIXTURE);
        store.write(FIXTURE);
        assertFixtureReport(store.report(DAY1, DAY2, 10));
    }

    @Test
    void rolling_up_complete_days_keeps_every_figure_and_empties_the_raw_rows() throws Exception {
        store.write(FIXTURE);
        store.maintain(at(DAY2.plusDays(3), 0), Duration.ofDays(396));
        Map<String, Long> counts = store.counts();
        assertEquals(0L, counts.get("searches"));
        assertEquals(0L, counts.get("clicks"));
        assertEquals(0L, counts.get("search_filters"));
        assertFixtureReport(store.report(DAY1, DAY2, 10));
    }

    @Test
    void a_day_is_rolled_up_only_two_hours_after_it_ends() throws Exception {
        store.write(FIXTURE);
        store.maintain(at(DAY2.plusDays(1), 1), Duration.ofDays(396)); // day 2 ended one hour ago
        assertEquals(3L, store.counts().get("searches")); // day 1 rolled up, day 2 still raw
        assertFixtureReport(store.report(DAY1, DAY2, 10));
    }

    @Test
    void rows_arriving_after_their_day_was_rolled_up_are_added_to_it() throws Exception {
        store.write(FIXTURE);
        store.maintain(at(DAY2.plusDays(3), 0), Duration.ofDays(396));
        store.write(List.of(search("g", DAY1, 20, "riga", "en", 2, Map.of()), click("g", DAY1, 20, 1, "doc-riga")));
        store.maintain(at(DAY2.plusDays(3), 1), Duration.ofDays(396));
        Report r = store.report(DAY1, DAY2, 10);
        assertEquals(7, r.searches());
        assertEquals(4, r.clickedSearches());
        assertEquals(5, r.clicks());
        assertEquals(new Report.DocumentCount("doc-riga", 2), r.topDocuments().get(1));
    }

    @Test
    void retention_deletes_days_older_than_it() throws Exception {
        store.write(FIXTURE);
        store.maintain(at(DAY2.plusDays(3), 0), Duration.ofDays(396));
        // 396 days after day 2: day 1 is past retention, day 2 is not.
        store.maintain(at(DAY2.plusDays(396), 0), Duration.ofDays(396));
        Report r = store.report(DAY1, DAY2, 10);
        assertEquals(3, r.searches());
        assertEquals(List.of(new Report.Day(DAY1, 0, 0, 0), new Report.Day(DAY2, 3, 1, 1)), r.perDay());
    }

    @Test
    void popular_queries_found_results_often_enough() throws Exception {
        store.write(FIXTURE);
        assertEquals(List.of("ljubljana"), store.popularWithResults(DAY1, DAY2, 5, 3));
        assertEquals(List.of("ljubljana", "riga"), store.popularWithResults(DAY1, DAY2, 5, 1));
    }

    @Test
    void opening_an_existing_store_again_keeps_its_data() throws Exception {
        store.write(FIXTURE);
        store.close();
        var again = new AnalyticsStore(store.url());
        again.migrate();
        assertFixtureReport(again.report(DAY1, DAY2, 10));
        again.close();
    }
}
