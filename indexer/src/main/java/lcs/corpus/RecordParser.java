package lcs.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns one JSON line into a {@link CorpusRecord}, or into every {@link Problem} the line has.
 * Derives {@code region} from the country, {@code year} from the date and {@code language} from
 * the text when they are absent. Thread-safe.
 */
public final class RecordParser {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final ObjectMapper json = new ObjectMapper();
    private final Countries countries;
    private final Supplier<LanguageGuesser> guesser;

    public RecordParser(Countries countries, Supplier<LanguageGuesser> guesser) {
        this.countries = countries;
        this.guesser = guesser;
    }

    /** The outcome for one line: a record, or the problems that keep it out. */
    public record Result(CorpusRecord record, List<Problem> problems) {
        public boolean valid() {
            return record != null;
        }
    }

    public Result parse(Path file, long lineNo, String line) {
        var problems = new ArrayList<Problem>();
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            return invalid(new Problem(file, lineNo, "(line)", "invalid JSON: " + why));
        }
        if (node == null || !node.isObject()) {
            return invalid(new Problem(file, lineNo, "(line)", "expected a JSON object"));
        }
        var fields = new Fields(file, lineNo, node, problems);

        String id = fields.required("id");
        if (id != null && !ID.matcher(id).matches()) {
            fields.problem("id", "must be 1-128 characters of A-Z a-z 0-9 . _ - (got \"" + clip(id) + "\")");
        }
        String type = fields.required("type");
        if (type != null && !TYPE.matcher(type).matches()) {
            fields.problem(
                    "type",
                    "must be a lowercase slug such as \"news\" or \"press-release\" (got \"" + clip(type) + "\")");
        }
        String title = fields.required("title");
        String body = fields.required("body");
        String summary = fields.optional("summary");
        String city = fields.optional("city");
        String url = fields.optional("url");
        String source = fields.optional("source");

        String country = fields.optional("country");
        String region = fields.optional("region");
        if (region != null && !Countries.REGIONS.contains(region)) {
            fields.problem(
                    "region",
                    "unknown region \"" + clip(region) + "\" (one of " + String.join(", ", Countries.REGIONS) + ")");
            region = null;
        }
        if (country != null) {
            // Whatever people write (ISO code, "Netherlands", "Allemagne", "South Korea") is stored as the UNESCO name.
            var known = countries.resolve(country);
            if (known.isEmpty()) {
                var near = countries.closest(country, 3).stream()
                        .map(c -> "\"" + c.name() + "\"")
                        .toList();
                fields.problem(
                        "country",
                        "unknown country \"" + clip(country) + "\" (closest: " + String.join(", ", near)
                                + "; see corpus/countries.tsv)");
            } else {
                country = known.get().name();
                if (region == null) {
                    region = known.get().region();
                } else if (!region.equals(known.get().region())) {
                    fields.problem(
                            "region",
                            "\"" + region + "\" contradicts country " + country + ", which is in \""
                                    + known.get().region() + "\"");
                }
            }
        }

        LocalDate date = null;
        String dateText = fields.optional("date");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                fields.problem("date", "must be a real date as YYYY-MM-DD (got \"" + clip(dateText) + "\")");
            }
        }
        Integer year = fields.year();
        if (year == null && date != null) {
            year = date.getYear();
        } else if (year != null && date != null && year != date.getYear()) {
            fields.problem("year", year + " disagrees with date " + date);
        }

        String language = fields.optional("language");
        if (language != null) {
            language = primaryLanguage(language);
            if (language == null) {
                fields.problem(
                        "language",
                        "unknown language \"" + clip(fields.optional("language"))
                                + "\" (use a BCP-47 tag such as en, fr, zh)");
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        if (language == null) {
            language = guesser.get().guess(title + "\n" + (summary == null ? "" : summary + "\n") + body);
        }
        return new Result(
                new CorpusRecord(
                        id, type, title, body, summary, city, country, region, date, year, language, url, source),
                List.of());
    }

    /** The lowercase primary subtag of a BCP-47 tag if it names an ISO 639 language, else null. */
    static String primaryLanguage(String tag) {
        try {
            String lang =
                    new Locale.Builder().setLanguageTag(tag.strip()).build().getLanguage();
            return ISO_LANGUAGES.contains(lang) ? lang : null;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static Result invalid(Problem p) {
        return new Result(null, List.of(p));
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Typed access to one line's fields that records a problem for each bad one. */
    private static final class Fields {
        private final Path file;
        private final long line;
        private final JsonNode node;
        private final List<Problem> problems;

        Fields(Path file, long line, JsonNode node, List<Problem> problems) {
            this.file = file;
            this.line = line;
            this.node = node;
            this.problems = problems;
        }

        void problem(String field, String message) {
            problems.add(new Problem(file, line, field, message));
        }

        String required(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                problem(name, "missing required field");
                return null;
            }
            String s = text(name, v);
            if (s != null && s.isBlank()) {
                problem(name, "must not be empty");
                return null;
            }
            return s;
        }

        String optional(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            String s = text(name, v);
            return s == null || s.isBlank() ? null : s;
        }

        Integer year() {
            JsonNode v = node.get("year");
            if (v == null || v.isNull()) {
                return null;
            }
            int y;
            if (v.isIntegralNumber() && v.canConvertToInt()) {
                y = v.intValue();
            } else if (v.isTextual() && v.asText().strip().matches("\\d{4}")) {
                y = Integer.parseInt(v.asText().strip());
            } else {
                problem("year", "must be a four-digit year (got " + clip(v.toString()) + ")");
                return null;
            }
            if (y < 1000 || y > 2999) {
                problem("year", "must be a four-digit year (got " + y + ")");
                return null;
            }
            return y;
        }

        private String text(String name, JsonNode v) {
            if (!v.isTextual()) {
                problem(name, "must be a string (got " + v.getNodeType().name().toLowerCase(Locale.ROOT) + ")");
                return null;
            }
            return v.textValue().strip();
        }
    }
}
