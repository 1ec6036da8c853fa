package lcs.importer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lcs.corpus.LanguageGuesser;
import lcs.importer.LocalFiles;
import lcs.importer.Page;
import lcs.importer.extract.Draft;
import lcs.importer.extract.Extractor;
import lcs.importer.extract.SkipException;
import lcs.importer.rules.Rules;

/**
 * Measures extraction against fixture pages with expected records ({@code expected.jsonl}: page,
 * title, date, city, country, region, type, language, body): exact accuracy per metadata field and
 * body token F1, averaged over pages. Pages are imported without rules, as an unknown site would be.
 */
public final class ImportEval {
    public static final List<String> FIELDS = List.of("title", "date", "city", "country", "region", "type", "language");
    private static final Pattern INNER_PUNCTUATION = Pattern.compile("(?<=[\\p{L}\\p{N}])['’‐-](?=[\\p{L}\\p{N}])");
    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}]+");

    /** One page's outcome: each field's expected and found value, and the body's F1. */
    public record PageResult(String page, Map<String, String[]> fields, double bodyF1, String error) {
        public boolean correct(String field) {
            String[] v = fields.get(field);
            return v != null && same(v[0], v[1]);
        }
    }

    /** The figures over all pages. */
    public record Result(List<PageResult> pages, Map<String, Double> accuracy, double bodyF1) {
        public boolean meetsTargets(double metadata, double body) {
            return accuracy.values().stream().allMatch(a -> a >= metadata) && bodyF1 >= body;
        }
    }

    private ImportEval() {}

    public static Result run(Path fixtures) throws IOException {
        var json = new ObjectMapper();
        var extractor = new Extractor(Rules.none(), new LanguageGuesser());
        var pages = new ArrayList<PageResult>();
        for (String line : Files.readAllLines(fixtures.resolve("expected.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = json.readTree(line);
            String name = e.get("page").asText();
            Path file = fixtures.resolve(name);
            var fields = new LinkedHashMap<String, String[]>();
            Draft d = null;
            String error = null;
            try {
                var page = new Page(file.toString(), null, LocalFiles.contentType(name), Files.readAllBytes(file));
                d = extractor.extract(page).get(0);
            } catch (SkipException ex) {
                error = ex.reason().label() + ": " + ex.getMessage();
            }
            for (String f : FIELDS) {
                JsonNode v = e.get(f);
                fields.put(f, new String[] {v == null || v.isNull() ? null : v.asText(), d == null ? null : d.get(f)});
            }
            double f1 = d == null ? 0 : f1(e.get("body").asText(), d.get("body"));
            pages.add(new PageResult(name, fields, f1, error));
        }
        var accuracy = new LinkedHashMap<String, Double>();
        for (String f : FIELDS) {
            accuracy.put(f, pages.stream().filter(p -> p.correct(f)).count() / (double) pages.size());
        }
        double body = pages.stream().mapToDouble(PageResult::bodyF1).average().orElse(0);
        return new Result(pages, accuracy, body);
    }

    /** Token F1 of a found text against the expected one: words (each ideograph a token), case-folded, punctuation ignored. */
    public static double f1(String expected, String found) {
        if (found == null) {
            return 0;
        }
        Map<String, Integer> want = tokens(expected);
        Map<String, Integer> got = tokens(found);
        int overlap = 0;
        for (var e : got.entrySet()) {
            overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        int nw = want.values().stream().mapToInt(Integer::intValue).sum();
        int ng = got.values().stream().mapToInt(Integer::intValue).sum();
        if (overlap == 0 || nw == 0 || ng == 0) {
            return 0;
        }
        double p = overlap / (double) ng;
        double r = overlap / (double) nw;
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> tokens(String text) {
        var m = new HashMap<String, Integer>();
        // Punctuation does not count, inside words either: "socio-economic" = "socioeconomic", "María's" = "Marías".
        Matcher t = TOKEN.matcher(
                INNER_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""));
        while (t.find()) {
            m.merge(t.group(), 1, Integer::sum);
        }
        return m;
    }

    static boolean same(String want, String got) {
        if (want == null || got == null) {
            return want == null && got == null;
        }
        return want.strip().replaceAll("\\s+", " ").equalsIgnoreCase(got.strip().replaceAll("\\s+", " "));
    }
}
