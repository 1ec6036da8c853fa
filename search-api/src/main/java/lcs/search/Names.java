package lcs.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * City and country names for suggestions, found by the start of the name or of any of its words
 * with a binary search in a sorted array of word-starts, so a keystroke reads only the names that
 * match instead of every name. Built once per index version; immutable.
 */
final class Names {
    /**
     * A name, its kind ({@code city} or {@code country}) and how many documents have it: the more,
     * the likelier it is what a visitor is typing.
     */
    record Name(String text, String kind, long documents) {}

    /** A name reachable from the folded text starting at one of its words. */
    private record Entry(String key, boolean wholeName, Name name) {}

    private static final Comparator<Entry> BY_KEY = Comparator.comparing(Entry::key);

    private final Entry[] entries;

    private Names(Entry[] entries) {
        this.entries = entries;
    }

    static Names of(List<Name> names) {
        var entries = new ArrayList<Entry>();
        for (Name n : names) {
            String folded = Suggester.fold(n.text());
            if (folded.isEmpty()) {
                continue;
            }
            entries.add(new Entry(folded, true, n));
            for (int i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) {
                entries.add(new Entry(folded.substring(i + 1), false, n));
            }
        }
        Entry[] sorted = entries.toArray(Entry[]::new);
        Arrays.sort(sorted, BY_KEY);
        return new Names(sorted);
    }

    /**
     * Names whose folded text, or one of whose words, starts with {@code folded}: those starting
     * with it first, then those with most documents, then alphabetically; at most {@code max}.
     */
    List<Name> startingWith(String folded, int max) {
        int i = lowerBound(folded);
        var found = new ArrayList<Entry>();
        for (; i < entries.length && entries[i].key().startsWith(folded); i++) {
            found.add(entries[i]);
        }
        found.sort(Comparator.comparing((Entry e) -> !e.wholeName())
                .thenComparing(e -> e.name().documents(), Comparator.reverseOrder())
                .thenComparing(e -> e.name().text()));
        Set<Name> out = new LinkedHashSet<>();
        for (Entry e : found) {
            if (out.size() >= max) {
                break;
            }
            out.add(e.name());
        }
        return List.copyOf(out);
    }

    int size() {
        return entries.length;
    }

    private int lowerBound(String key) {
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid].key().compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
