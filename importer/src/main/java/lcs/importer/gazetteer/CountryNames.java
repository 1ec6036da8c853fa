package lcs.importer.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lcs.corpus.Countries;
import lcs.corpus.Countries.Country;

/**
 * Country names as pages write them, resolved to the UNESCO country: the UNESCO short names and ISO
 * codes of {@link Countries}, plus common and local names in the eight languages
 * ({@code country-names.tsv} beside this class). The one place to switch to {@code Countries.resolve}
 * once the indexer's table carries every language's names.
 */
public final class CountryNames {
    private static final CountryNames BUNDLED = load();

    private final Countries countries;
    /** Folded name as written → country; every UNESCO name and every extra name. */
    private final Map<String, Country> byName;

    private CountryNames(Countries countries, Map<String, Country> byName) {
        this.countries = countries;
        this.byName = Map.copyOf(byName);
    }

    public static CountryNames bundled() {
        return BUNDLED;
    }

    /** The country a name or ISO code stands for. */
    public Optional<Country> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        var direct = countries.find(name);
        return direct.isPresent() ? direct : Optional.ofNullable(byName.get(Text.fold(name)));
    }

    public Optional<Country> byIso(String iso2) {
        return countries.find(iso2);
    }

    /** Every name (folded) that can appear in running text, ISO codes excluded. */
    public Map<String, Country> names() {
        return byName;
    }

    private static CountryNames load() {
        Countries countries = Countries.bundled();
        var map = new HashMap<String, Country>();
        countries.byName().forEach((name, c) -> {
            map.put(Text.fold(name), c);
            // "Iran (Islamic Republic of)" is written "Iran"; "Netherlands (Kingdom of the)" "Netherlands".
            int paren = name.indexOf(" (");
            if (paren > 0) {
                map.putIfAbsent(Text.fold(name.substring(0, paren)), c);
            }
        });
        try (InputStream in = CountryNames.class.getResourceAsStream("country-names.tsv")) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Country c = countries
                        .find(cols[0].strip())
                        .orElseThrow(() -> new IllegalStateException("country-names.tsv: unknown ISO code " + cols[0]));
                for (int i = 1; i < cols.length; i++) {
                    for (String n : cols[i].split("\\|")) {
                        if (!n.isBlank()) {
                            map.putIfAbsent(Text.fold(n), c);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CountryNames(countries, map);
    }
}
