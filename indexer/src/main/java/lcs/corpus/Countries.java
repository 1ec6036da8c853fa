package lcs.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * UNESCO Member States and Associate Members ({@code corpus/countries.tsv}, bundled on the
 * classpath): the English short name as UNESCO writes it, the ISO 3166-1 code, the region, the
 * country's name in each UI language and other names people type. Immutable and thread-safe.
 */
public final class Countries {
    public static final List<String> REGIONS = List.of(
            "Africa",
            "Arab States",
            "Asia and the Pacific",
            "Europe and North America",
            "Latin America and the Caribbean");

    /** The UI languages, in the order of the table's name columns (English is the UNESCO name). */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh", "pt", "uz");

    /**
     * A country as UNESCO names it.
     *
     * @param names its name in each of {@link #LANGUAGES} (UN names in the six UN languages, CLDR in pt and uz)
     * @param also other names people type (everyday names, other languages), none shared with another country
     */
    public record Country(String name, String iso2, String region, Map<String, String> names, List<String> also) {
        public Country {
            names = Map.copyOf(names);
            also = List.copyOf(also);
        }

        /** The name in a UI language, the UNESCO name for any other. */
        public String name(String language) {
            return names.getOrDefault(language, name);
        }
    }

    private static final Countries BUNDLED = load("/lcs/countries.tsv");

    private final List<Country> all;
    private final Map<String, Country> byNameOrCode;
    private final Map<String, Country> byAnyName;

    private Countries(List<Country> all) {
        this.all = List.copyOf(all);
        var strict = new HashMap<String, Country>();
        for (Country c : all) {
            strict.put(key(c.name()), c);
            strict.put(key(c.iso2()), c);
        }
        this.byNameOrCode = Map.copyOf(strict);
        // Codes and UNESCO names first, then names in the UI languages, then the other names; a name
        // two countries share at the same level names neither (it would guess).
        var any = new HashMap<String, Country>();
        for (Country c : all) {
            any.put(words(c.iso2()), c);
            any.put(words(c.name()), c);
        }
        addUnambiguous(any, all, c -> c.names().values());
        addUnambiguous(any, all, Country::also);
        this.byAnyName = Map.copyOf(any);
    }

    private static void addUnambiguous(
            Map<String, Country> into,
            List<Country> all,
            java.util.function.Function<Country, java.util.Collection<String>> names) {
        var level = new HashMap<String, Country>();
        var shared = new HashSet<String>();
        for (Country c : all) {
            for (String n : names.apply(c)) {
                Country before = level.putIfAbsent(words(n), c);
                if (before != null && before != c) {
                    shared.add(words(n));
                }
            }
        }
        level.keySet().removeAll(shared);
        level.forEach(into::putIfAbsent);
    }

    /** The table bundled with the indexer. */
    public static Countries bundled() {
        return BUNDLED;
    }

    /** Every country, in the table's order (by UNESCO name). */
    public List<Country> all() {
        return all;
    }

    /** The country with this UNESCO name or ISO code (any case, accents optional). */
    public Optional<Country> find(String nameOrCode) {
        return Optional.ofNullable(byNameOrCode.get(key(nameOrCode)));
    }

    /**
     * The country a name points to: its ISO code, UNESCO name, name in any UI language, or a common
     * name ("South Korea", "Allemagne", "Германия", "德国"). Case, accents and punctuation do not
     * matter. Empty if the name is unknown or shared by several countries.
     */
    public Optional<Country> resolve(String anyName) {
        return Optional.ofNullable(byAnyName.get(words(anyName)));
    }

    /** The countries whose names are closest to an unknown name (edit distance), closest first. */
    public List<Country> closest(String anyName, int max) {
        String w = words(anyName);
        var best = new LinkedHashMap<Country, Integer>();
        byAnyName.forEach((name, c) -> {
            if (name.length() > 2) {
                best.merge(c, distance(w, name), Math::min);
            }
        });
        return best.entrySet().stream()
                .sorted(Map.Entry.<Country, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().name()))
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * One group of equivalent names per country, for query-time aliases: the UNESCO name, the names
     * in the UI languages and the other names, without commas and parentheses (which the alias
     * table's format reserves): "Iran (Islamic Republic of)" becomes "Iran Islamic Republic of".
     */
    public List<List<String>> aliasGroups() {
        return all.stream()
                .map(c -> {
                    var names = new java.util.LinkedHashSet<String>();
                    names.add(c.name());
                    // In LANGUAGES order: the map's own order changes from one JVM to the next, and
                    // so would the query's alternatives (and which of them a long query keeps).
                    LANGUAGES.stream()
                            .map(c.names()::get)
                            .filter(java.util.Objects::nonNull)
                            .forEach(names::add);
                    names.addAll(c.also());
                    return names.stream()
                            .map(n -> n.replaceAll("[,()]+", " ")
                                    .replaceAll("\\s+", " ")
                                    .strip())
                            .distinct()
                            .toList();
                })
                .toList();
    }

    /** Every country, keyed by its UNESCO name. */
    public Map<String, Country> byName() {
        var m = new HashMap<String, Country>();
        all.forEach(c -> m.put(c.name(), c));
        return m;
    }

    private static String key(String s) {
        String folded = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT);
    }

    /** Folded, with every run of punctuation and spaces as one space: "Iran (Islamic Republic of)" = "iran islamic republic of". */
    static String words(String s) {
        return key(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Countries load(String resource) {
        try (InputStream in = Countries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var list = new ArrayList<Country>();
            List<String> header = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (header == null) {
                    header = List.of(cols);
                    continue;
                }
                if (cols.length != header.size() || !REGIONS.contains(cols[2].strip())) {
                    throw new IllegalStateException(resource + ": bad row: " + line);
                }
                String name = cols[0].strip();
                var names = new HashMap<String, String>();
                names.put("en", name);
                for (String lang : LANGUAGES) {
                    int col = header.indexOf(lang);
                    if (col > 0 && !cols[col].isBlank()) {
                        names.put(lang, cols[col].strip());
                    }
                }
                int alsoCol = header.indexOf("also");
                List<String> also = alsoCol < 0 || cols[alsoCol].isBlank()
                        ? List.of()
                        : List.of(cols[alsoCol].strip().split("\\s*\\|\\s*"));
                list.add(new Country(name, cols[1].strip(), cols[2].strip(), names, also));
            }
            return new Countries(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
