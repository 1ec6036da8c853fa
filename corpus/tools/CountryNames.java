import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Regenerates corpus/countries.tsv with the names of each country in the UI languages. Run from the
 * repository root with ICU4J on the class path (the version lucene-analysis-icu brings):
 *
 * <pre>java -cp ~/.m2/repository/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar corpus/tools/CountryNames.java \
 *     corpus/countries.tsv country-codes.csv corpus/aliases.txt > /tmp/countries.tsv</pre>
 *
 * country-codes.csv is data/country-codes.csv of the "country-codes" data package of the Frictionless
 * Data "datasets" collection (Public Domain Dedication and License), whose official_name_* columns copy
 * the UN Statistics Division's M49 table in the six UN languages (the table was made from the package
 * as of commit caa72d1e of 2026-05-15). The first three columns of the
 * table (UNESCO name, ISO code, region) are kept as they are; the "also" column keeps what it had.
 */
public class CountryNames {
  static final List<String> UN = List.of("fr", "es", "ru", "ar", "zh");
  static final List<String> CLDR = List.of("pt", "uz");
  // Everyday names people type: CLDR's names in the eight UI languages and German (a corpus language).
  static final List<String> COMMON = List.of("en", "fr", "es", "ru", "ar", "zh", "pt", "uz", "de");

  public static void main(String[] args) throws Exception {
    List<String> table = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    Map<String, Map<String, String>> m49 = readM49(Path.of(args[1]));
    Map<String, Set<String>> handAliases = readAliases(Path.of(args[2]));
    var rows = new ArrayList<String[]>();
    boolean header = true;
    for (String line : table) {
      if (line.isBlank() || line.startsWith("#")) continue;
      if (header) { header = false; continue; }
      rows.add(line.split("\t", -1));
    }
    // A common name shared by two countries (Congo, Guinea...) would send a query to the wrong one.
    var owners = new HashMap<String, Set<String>>();
    var candidates = new HashMap<String, Set<String>>();
    for (String[] r : rows) {
      String iso = r[1];
      var m = m49.get(iso);
      if (m == null) throw new IllegalStateException("no M49 row for " + iso);
      var also = new LinkedHashSet<String>();
      also.add(m.get("en"));
      for (String l : COMMON) also.add(new ULocale("und_" + iso).getDisplayCountry(new ULocale(l)));
      if (r.length > 10) for (String a : r[10].split("\\|")) if (!a.isBlank()) also.add(a.strip());
      also.addAll(handAliases.getOrDefault(words(r[0]), Set.of()));
      candidates.put(iso, also);
      for (String a : also) owners.computeIfAbsent(fold(a), k -> new LinkedHashSet<>()).add(iso);
    }
    var out = new StringBuilder();
    out.append("""
        # Every UNESCO Member State (194) and Associate Member (12), with its names in the eight UI languages.
        # name: English short name as UNESCO writes it (the value stored in the index, used in filters and URLs).
        # iso2: ISO 3166-1 alpha-2 code. region: the UNESCO region used by the Global Network of Learning Cities
        # (Africa, Arab States, Asia and the Pacific, Europe and North America, Latin America and the Caribbean).
        # fr es ru ar zh: UN names, from the UN Statistics Division's M49 table ("official_name_*" columns of the
        # datasets/country-codes data package, PDDL; the one M49 name with a "_" placeholder, NL in
        # Arabic, is UNTERM's short name from the same package). English uses the UNESCO name.
        # pt uz: Unicode CLDR names (CLDR 47, as ICU4J 77.1 ships them; uz is Latin script): there are no UN names in these languages.
        # also: other names people type, separated by |: the M49 English name, CLDR names in en fr es ru ar zh pt uz de,
        # and the hand-written common names that were in aliases.txt; a name two countries share is left out.
        # m49: ISO 3166-1 numeric code (= UN M49), how Natural Earth shapes (npm world-atlas) name countries.
        # corpus/tools/CountryNames.java regenerates the name columns. Sorted by name, accents ignored.
        name\tiso2\tregion\tfr\tes\tru\tar\tzh\tpt\tuz\talso\tm49
        """);
    for (String[] r : rows) {
      String iso = r[1];
      var m = m49.get(iso);
      var names = new ArrayList<String>(List.of(r[0], iso, r[2]));
      for (String l : UN) names.add(m.get(l));
      for (String l : CLDR) names.add(new ULocale("und_" + iso).getDisplayCountry(new ULocale(l)));
      var shown = new HashSet<String>();
      for (String n : names.subList(3, names.size())) shown.add(fold(n));
      shown.add(fold(r[0]));
      var also = new ArrayList<String>();
      for (String a : candidates.get(iso)) {
        String f = fold(a);
        if (a.isBlank() || shown.contains(f) || owners.get(f).size() > 1) continue;
        shown.add(f);
        also.add(a);
      }
      names.add(String.join("|", also));
      names.add(m.get("m49"));
      out.append(String.join("\t", names)).append('\n');
    }
    System.out.print(out);
  }

  static String fold(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /** Folded, with punctuation as spaces: aliases.txt writes "Iran (Islamic Republic of)" as "Iran Islamic Republic of". */
  static String words(String s) {
    return fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static Map<String, Set<String>> readAliases(Path file) throws Exception {
    // Only the lines of the country section: the UNESCO name first, then common names.
    var map = new HashMap<String, Set<String>>();
    boolean countries = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("# ---")) countries = line.contains("Countries");
      if (!countries || line.isBlank() || line.startsWith("#")) continue;
      String[] names = line.split(",");
      var set = new LinkedHashSet<String>();
      for (int i = 1; i < names.length; i++) set.add(names[i].strip());
      map.put(words(names[0]), set);
    }
    return map;
  }

  static Map<String, Map<String, String>> readM49(Path csv) throws Exception {
    List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
    List<String> head = rows.get(0);
    var map = new HashMap<String, Map<String, String>>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() < head.size()) continue;
      var v = new HashMap<String, String>();
      for (String l : List.of("en", "fr", "es", "ru", "ar")) v.put(l, row.get(head.indexOf("official_name_" + l)));
      v.put("zh", row.get(head.indexOf("official_name_cn")));
      // One M49 name keeps a template's placeholder ("هولندا (مملكة _)"): take UNTERM's short name then.
      for (var lang : Map.of("ar", "Arabic", "fr", "French", "es", "Spanish", "ru", "Russian", "zh", "Chinese").entrySet()) {
        if (v.get(lang.getKey()).contains("_")) {
          v.put(lang.getKey(), row.get(head.indexOf("UNTERM " + lang.getValue() + " Short")));
        }
      }
      v.put("m49", String.format("%03d", Integer.parseInt(row.get(head.indexOf("ISO3166-1-numeric")))));
      map.put(row.get(head.indexOf("ISO3166-1-Alpha-2")), v);
    }
    return map;
  }

  static List<List<String>> parseCsv(String text) {
    var rows = new ArrayList<List<String>>();
    var row = new ArrayList<String>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
        else if (c == '"') quoted = false;
        else cell.append(c);
      } else if (c == '"') quoted = true;
      else if (c == ',') { row.add(cell.toString()); cell.setLength(0); }
      else if (c == '\n') { row.add(cell.toString()); cell.setLength(0); rows.add(row); row = new ArrayList<>(); }
      else if (c != '\r') cell.append(c);
    }
    if (!cell.isEmpty() || !row.isEmpty()) { row.add(cell.toString()); rows.add(row); }
    return rows;
  }
}
