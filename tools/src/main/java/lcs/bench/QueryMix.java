package lcs.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query mix, read from a {@code query<TAB>filters} file such as the {@code queries.tsv} that
 * {@code lcs generate} writes. Filters are URL-query style ({@code country=Sri+Lanka&year=2019}).
 * A {@code query\tfilters} header, blank lines and {@code #} comments are skipped.
 */
record QueryMix(List<QueryMix.Entry> entries) {

    /** One query of the mix: the user's words (possibly empty) and facet filters. */
    record Entry(String q, Map<String, List<String>> filters) {
        Entry {
            var copy = new LinkedHashMap<String, List<String>>();
            filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            filters = java.util.Collections.unmodifiableMap(copy);
        }

        /** The request parameters of {@code /api/search}, as {@code SearchRequest.from} takes them. */
        Map<String, List<String>> params(int size) {
            var params = new LinkedHashMap<String, List<String>>();
            params.put("q", List.of(q));
            params.put("size", List.of(Integer.toString(size)));
            params.putAll(filters);
            return params;
        }

        /** The path and query string of the same search over HTTP. */
        String path(int size) {
            var sb = new StringBuilder("/api/search?q=")
                    .append(encode(q))
                    .append("&size=")
                    .append(size);
            filters.forEach((k, values) -> values.forEach(
                    v -> sb.append('&').append(encode(k)).append('=').append(encode(v))));
            return sb.toString();
        }
    }

    QueryMix {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the query mix is empty");
        }
        entries = List.copyOf(entries);
    }

    static QueryMix read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static QueryMix parse(List<String> lines) {
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()
                    || line.startsWith("#")
                    || (i == 0 && line.strip().equals("query\tfilters"))) {
                continue;
            }
            int tab = line.indexOf('\t');
            String q = tab < 0 ? line : line.substring(0, tab);
            String filters = tab < 0 ? "" : line.substring(tab + 1);
            entries.add(new Entry(q.strip(), parseFilters(filters.strip())));
        }
        return new QueryMix(entries);
    }

    /** {@code a=1&b=x+y&a=2} → {a=[1, 2], b=[x y]}, in order of first appearance. */
    static Map<String, List<String>> parseFilters(String query) {
        var out = new LinkedHashMap<String, List<String>>();
        if (query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    Entry get(long i) {
        return entries.get((int) Math.floorMod(i, (long) entries.size()));
    }

    int size() {
        return entries.size();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
