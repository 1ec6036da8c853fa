package lcs.importer.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The rules of a {@code --rules} JSON file, in order: the first rule whose glob matches applies. */
public final class Rules {
    private static final Set<String> KEYS = Set.of(
            "match", "split", "type", "id", "title", "body", "summary", "date", "city", "country", "url", "drop", "set",
            "start", "end");

    private final List<Rule> rules;

    public Rules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Rules none() {
        return new Rules(List.of());
    }

    /** The first rule matching any of the page's names (its source, absolute path or URL). */
    public Optional<Rule> forPage(String... names) {
        for (Rule r : rules) {
            for (String n : names) {
                if (r.matches(n)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a rules file.
     *
     * @throws InvalidRulesException naming the file, the rule and the key that is wrong
     */
    public static Rules read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InvalidRulesException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidRulesException(file + ": not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new InvalidRulesException(file + ": expected {\"rules\": [ … ]}");
        }
        var list = new ArrayList<Rule>();
        int i = 0;
        for (JsonNode r : root.get("rules")) {
            String where = file + ": rules[" + i++ + "]";
            if (!r.isObject()) {
                throw new InvalidRulesException(where + ": expected an object");
            }
            var names = r.fieldNames();
            while (names.hasNext()) {
                String k = names.next();
                if (!KEYS.contains(k)) {
                    throw new InvalidRulesException(where + ": unknown key \"" + k + "\" (known: "
                            + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                }
            }
            String match = text(r, "match", where);
            if (match == null) {
                throw new InvalidRulesException(where + ": \"match\" is required");
            }
            var fields = new HashMap<String, String>();
            for (String f : Rule.PICKED) {
                String v = text(r, f, where);
                if (v != null) {
                    fields.put(f, v);
                }
            }
            var drop = new ArrayList<String>();
            JsonNode d = r.get("drop");
            if (d != null) {
                if (d.isTextual()) {
                    drop.add(d.asText());
                } else if (d.isArray()) {
                    d.forEach(x -> drop.add(x.asText()));
                } else {
                    throw new InvalidRulesException(where + ": \"drop\" must be a list of selectors");
                }
            }
            var set = new HashMap<String, String>();
            JsonNode s = r.get("set");
            if (s != null) {
                if (!s.isObject()) {
                    throw new InvalidRulesException(where + ": \"set\" must be an object of field values");
                }
                s.fields()
                        .forEachRemaining(e -> set.put(
                                e.getKey(),
                                e.getValue().isTextual()
                                        ? e.getValue().asText()
                                        : e.getValue().toString()));
            }
            String start = text(r, "start", where);
            String end = text(r, "end", where);
            for (String p : new String[] {start, end}) {
                checkRegex(p, where);
            }
            list.add(new Rule(
                    match,
                    glob(match),
                    text(r, "split", where),
                    text(r, "type", where),
                    text(r, "id", where),
                    fields,
                    drop,
                    set,
                    start,
                    end));
        }
        return new Rules(list);
    }

    private static void checkRegex(String p, String where) {
        if (p != null) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new InvalidRulesException(where + ": bad pattern \"" + p + "\": " + e.getDescription());
            }
        }
    }

    private static String text(JsonNode r, String key, String where) {
        JsonNode v = r.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidRulesException(where + ": \"" + key + "\" must be a string");
        }
        return v.asText();
    }

    /** A glob as a regular expression: {@code **} any characters, {@code *} and {@code ?} within a folder. */
    static Pattern glob(String glob) {
        var re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                // "**/" also matches no folder at all
                if (i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
                    re.append("(?:.*/)?");
                    i += 2;
                } else {
                    re.append(".*");
                    i++;
                }
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                re.append("(?:");
            } else if (c == '}') {
                re.append(")");
            } else if (c == ',') {
                re.append(
                        glob.substring(0, i).lastIndexOf('{')
                                        > glob.substring(0, i).lastIndexOf('}')
                                ? "|"
                                : ",");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
