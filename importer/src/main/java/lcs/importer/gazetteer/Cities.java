package lcs.importer.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open city gazetteer: {@code corpus/cities.tsv} (GeoNames, CC-BY 4.0; bundled as
 * {@code /lcs/cities.tsv}) plus names in other scripts ({@code city-names.tsv}). A name may stand
 * for several places; they come most populous first. Immutable, thread-safe.
 */
public final class Cities {
    /** One place: its GeoNames name, ISO country code and population. */
    public record City(String name, String iso2, long population) {}

    private static final Cities BUNDLED = load();

    private final Map<String, List<City>> byName;
    private final int longestName;

    private Cities(Map<String, List<City>> byName) {
        this.byName = Map.copyOf(byName);
        this.longestName = byName.keySet().stream()
                .mapToInt(k -> k.split(" ").length)
                .max()
                .orElse(1);
    }

    public static Cities bundled() {
        return BUNDLED;
    }

    /** The places a name (as written, any case or accents) stands for, most populous first. */
    public List<City> find(String name) {
        return byName.getOrDefault(Text.fold(name), List.of());
    }

    /** As {@link #find}, for a name already folded by {@link Text#fold}. */
    public List<City> findFolded(String folded) {
        return byName.getOrDefault(folded, List.of());
    }

    /** The most words a city name has, for scanning text. */
    public int longestName() {
        return longestName;
    }

    /** Folded names written without spaces (Chinese), for substring scanning. */
    public List<String> unspacedNames() {
        return byName.keySet().stream()
                .filter(k -> k.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL))
                .toList();
    }

    private static Cities load() {
        var map = new HashMap<String, List<City>>();
        var byGeoName = new HashMap<String, City>();
        try (InputStream in = Cities.class.getResourceAsStream("/lcs/cities.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource /lcs/cities.tsv");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t");
                var city = new City(c[0], c[2], Long.parseLong(c[5]));
                add(map, c[0], city);
                add(map, c[1], city);
                byGeoName.merge(c[0] + "\t" + c[2], city, (a, b) -> a.population() >= b.population() ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = Cities.class.getResourceAsStream("city-names.tsv")) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                City city = byGeoName.get(c[0] + "\t" + c[1]);
                if (city == null) {
                    throw new IllegalStateException("city-names.tsv: " + c[0] + " (" + c[1] + ") is not in cities.tsv");
                }
                for (String n : c[2].split("\\|")) {
                    add(map, n, city);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.replaceAll((k, v) -> v.stream()
                .distinct()
                .sorted(Comparator.comparingLong(City::population).reversed())
                .toList());
        return new Cities(map);
    }

    private static void add(Map<String, List<City>> map, String name, City city) {
        if (!name.isBlank()) {
            map.computeIfAbsent(Text.fold(name), k -> new ArrayList<>()).add(city);
        }
    }
}
