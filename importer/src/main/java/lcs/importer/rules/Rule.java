package lcs.importer.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One extraction rule of a {@code --rules} file. For HTML pages the field keys are CSS selectors
 * (relative to each {@code split} match); for text pages they are line patterns: a regular
 * expression whose first matching line gives the field (its first group if it has one), or
 * {@code "line N"} for the N-th line of the part ({@code "line -1"} the last).
 *
 * @param match glob over the path or URL ({@code **} crosses folders, {@code *} does not)
 * @param split selector (HTML) or line pattern (text) starting each record of a listing
 * @param type fixed record type
 * @param id id template, such as {@code "profile-{city}"}: each {@code {field}} becomes its slug
 * @param fields selectors or line patterns for title, body, summary, date, city, country, url
 * @param drop selectors (HTML) or line patterns (text) removed before extraction
 * @param set field values given outright; {@code {field}} inside is replaced by the field's value
 * @param start text only: lines up to and including the first match are page chrome
 * @param end text only: lines from the first match on are page chrome
 */
public record Rule(
        String match,
        Pattern glob,
        String split,
        String type,
        String id,
        Map<String, String> fields,
        List<String> drop,
        Map<String, String> set,
        String start,
        String end) {

    /** The fields a rule may pick from a page. */
    public static final List<String> PICKED = List.of("title", "body", "summary", "date", "city", "country", "url");

    public Rule {
        fields = Map.copyOf(fields);
        drop = List.copyOf(drop);
        set = Map.copyOf(set);
    }

    public boolean matches(String pathOrUrl) {
        return pathOrUrl != null && glob.matcher(pathOrUrl.replace('\\', '/')).matches();
    }

    public String field(String name) {
        return fields.get(name);
    }
}
