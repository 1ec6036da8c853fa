package lcs.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where cities are: {@code corpus/cities.tsv} (GeoNames, CC-BY 4.0), bundled as {@code /lcs/cities.tsv},
 * looked up by a name (its GeoNames or ASCII form, any case or accents) within one country. A name
 * the country has twice is the more populous place. Immutable, thread-safe.
 */
public final class Gazetteer {
    /** A place's latitude and longitude in degrees (WGS 84). */
    public record Place(double lat, double lon) {}

    private record Entry(Place place, long population) {}

    private static final Gazetteer BUNDLED = load("/lcs/cities.tsv");

    /** "iso2 folded-name" → the most populous place of that name in that country. */
    private final Map<String, Entry> byCountryAndName;

    private Gazetteer(Map<String, Entry> byCountryAndName) {
        this.byCountryAndName = Map.copyOf(byCountryAndName);
    }

    public static Gazetteer bundled() {
        return BUNDLED;
    }

    /**
     * The place of a city in a country, if the gazetteer has it. Without a country there is no
     * answer: a name alone (Córdoba, Valencia) may stand for places on two continents.
     */
    public Optional<Place> find(String city, String iso2) {
        if (city == null || iso2 == null) {
            return Optional.empty();
        }
        Entry e = byCountryAndName.get(key(iso2, city));
        return e == null ? Optional.empty() : Optional.of(e.place());
    }

    private static String key(String iso2, String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return iso2.toUpperCase(Locale.ROOT) + " " + folded;
    }

    private static Gazetteer load(String resource) {
        var map = new HashMap<String, Entry>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) { // name ascii country lat lon population
                    header = false;
                    continue;
                }
                String[] c = line.split("\t");
                var entry =
                        new Entry(new Place(Double.parseDouble(c[3]), Double.parseDouble(c[4])), Long.parseLong(c[5]));
                for (String name : new String[] {c[0], c[1]}) {
                    map.merge(key(c[2], name), entry, (a, b) -> a.population() >= b.population() ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(map);
    }
}
