package lcs.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * UNESCO Member States and Associate Members ({@code corpus/countries.tsv}, bundled on the
 * classpath): the English short name as UNESCO writes it, the ISO 3166-1 code and the region.
 * Lookups accept the name in any case and without diacritics, or the ISO code.
 */
public final class Countries {
  public static final List<String> REGIONS = List.of(
      "Africa",
      "Arab States",
      "Asia and the Pacific",
      "Europe and North America",
      "Latin America and the Caribbean");

  /** A country as UNESCO names it. */
  public record Country(String name, String iso2, String region) {}

  private static final Countries BUNDLED = load("/lcs/countries.tsv");

  private final Map<String, Country> byKey;

  private Countries(Map<String, Country> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The table bundled with the indexer. */
  public static Countries bundled() {
    return BUNDLED;
  }

  public Optional<Country> find(String nameOrCode) {
    return Optional.ofNullable(byKey.get(key(nameOrCode)));
  }

  /** Every country, keyed by its UNESCO name. */
  public Map<String, Country> byName() {
    var m = new HashMap<String, Country>();
    byKey.values().forEach(c -> m.put(c.name(), c));
    return m;
  }

  private static String key(String s) {
    String folded = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT);
  }

  private static Countries load(String resource) {
    try (InputStream in = Countries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      var map = new HashMap<String, Country>();
      boolean header = true;
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 3 || !REGIONS.contains(cols[2].strip())) {
          throw new IllegalStateException(resource + ": bad row: " + line);
        }
        var c = new Country(cols[0].strip(), cols[1].strip(), cols[2].strip());
        map.put(key(c.name()), c);
        map.put(key(c.iso2()), c);
      }
      return new Countries(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
