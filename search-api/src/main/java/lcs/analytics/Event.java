package lcs.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a page or widget reports about one search answer, as stored: nothing in it names a person
 * or a browser. {@code searchKey} is the random part of the answer's signed queryId, which ties a
 * click to its search; {@code hour} is the server's time, rounded down to the hour.
 */
public sealed interface Event {
    String searchKey();

    Instant hour();

    /** One search intent: the normalised query, its filters, the UI language and the total hits. */
    record Search(
            String searchKey, Instant hour, String query, Map<String, List<String>> filters, String lang, long total)
            implements Event {
        public Search {
            filters = java.util.Collections.unmodifiableMap(new TreeMap<>(filters));
        }

        public boolean zero() {
            return total == 0;
        }
    }

    /** A result of the search clicked at {@code position} (1 is the first hit of the first page). */
    record Click(String searchKey, Instant hour, int position, String docId) implements Event {}
}
