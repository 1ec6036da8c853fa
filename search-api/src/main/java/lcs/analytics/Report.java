package lcs.analytics;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.List;

/**
 * The analytics of a date range (both ends included, UTC days), as shown by the admin view and
 * {@code lcs analytics}. Rates are fractions from 0 to 1, or null when there is nothing to divide.
 */
public record Report(
        @JsonSerialize(using = ToStringSerializer.class) LocalDate from,
        @JsonSerialize(using = ToStringSerializer.class) LocalDate to,
        long searches,
        long zeroResultSearches,
        Double zeroResultRate,
        long clickedSearches,
        long searchesWithoutClicks,
        Double clickThroughRate,
        long clicks,
        Double averageClickPosition,
        List<Day> perDay,
        List<QueryCount> topSearches,
        List<QueryCount> topZeroResultSearches,
        List<QueryCount> topSearchesWithoutClicks,
        List<FilterCount> topFilters,
        List<DocumentCount> topDocuments,
        List<LanguageCount> languages) {

    public Report {
        perDay = List.copyOf(perDay);
        topSearches = List.copyOf(topSearches);
        topZeroResultSearches = List.copyOf(topZeroResultSearches);
        topSearchesWithoutClicks = List.copyOf(topSearchesWithoutClicks);
        topFilters = List.copyOf(topFilters);
        topDocuments = List.copyOf(topDocuments);
        languages = List.copyOf(languages);
    }

    /** Searches on one day; every day of the range is listed, with zeros where nothing happened. */
    public record Day(
            @JsonSerialize(using = ToStringSerializer.class) LocalDate day,
            long searches,
            long zeroResultSearches,
            long clickedSearches) {}

    /**
     * A normalised query: how often it was searched, how often it found nothing, how many of its
     * searches led to a click, and its no-result rate.
     */
    public record QueryCount(
            String query, long searches, long zeroResultSearches, long clickedSearches, Double zeroResultRate) {}

    public record FilterCount(String filter, String value, long searches) {}

    public record DocumentCount(String docId, long clicks) {}

    public record LanguageCount(String lang, long searches) {}

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
