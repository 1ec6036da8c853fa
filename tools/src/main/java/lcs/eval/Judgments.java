package lcs.eval;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judged query file: {@code query<TAB>filters<TAB>id:grade …<TAB>category}, UTF-8, {@code #}
 * comments and one header row. Filters are URL-query style ({@code country=China&type=profile}).
 */
public record Judgments(List<Judged> queries) {

    /** One judged query. Grades: 3 the answer, 2 clearly relevant, 1 partly relevant. */
    public record Judged(
            String query, Map<String, List<String>> filters, Map<String, Integer> grades, String category) {
        public int bestGrade() {
            return grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    public static Judgments read(Path file) throws IOException {
        var out = new ArrayList<Judged>();
        boolean header = true;
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.startsWith("query\t")) {
                    continue;
                }
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new IOException(file + ":" + lineNo + ": expected 4 tab-separated columns, got " + cols.length);
            }
            var grades = new LinkedHashMap<String, Integer>();
            for (String j : cols[2].trim().split("\\s+")) {
                if (j.isEmpty()) {
                    continue;
                }
                int colon = j.lastIndexOf(':');
                try {
                    grades.put(j.substring(0, colon), Integer.parseInt(j.substring(colon + 1)));
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": judgments: bad entry \"" + j + "\" (want id:grade)");
                }
            }
            out.add(new Judged(cols[0], parseFilters(cols[1]), grades, cols[3].trim()));
        }
        return new Judgments(List.copyOf(out));
    }

    static Map<String, List<String>> parseFilters(String filters) {
        var params = new LinkedHashMap<String, List<String>>();
        for (String pair : filters.trim().split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return params;
    }
}
