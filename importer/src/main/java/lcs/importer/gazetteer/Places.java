package lcs.importer.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lcs.corpus.Countries.Country;
import lcs.importer.gazetteer.Cities.City;

/**
 * Finds the place a page is about: the subject city is the one its title or first paragraph names
 * (mentions further down count for little), and its country must agree with the countries the page
 * names. Immutable, thread-safe.
 */
public final class Places {
    /** The subject: the city as the page writes it (or null) and its country (or null). */
    public record Subject(String city, Country country) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*[\\p{L}\\p{M}]|\\p{L}");
    private static final int BODY_CHARS = 4_000;
    /** Longer place names ("Ciudad de México" is three words) are left to rules and hints. */
    private static final int MAX_NAME_WORDS = 5;

    private final Cities cities;
    private final CountryNames countries;
    private final List<String> unspacedCities;
    private final List<String> unspacedCountries;

    public Places(Cities cities, CountryNames countries) {
        this.cities = cities;
        this.countries = countries;
        this.unspacedCities = cities.unspacedNames();
        this.unspacedCountries = countries.names().keySet().stream()
                .filter(k -> k.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .toList();
    }

    public static Places bundled() {
        return new Places(Cities.bundled(), CountryNames.bundled());
    }

    /** A mention found in text: the name as written and what it can stand for. */
    private record Mention(String written, List<City> cities, Country country) {}

    /**
     * The subject of a page.
     *
     * @param countryHint the country a rule or hint gave, or null
     */
    public Subject subject(String title, String lead, String body, Country countryHint) {
        String rest = body == null ? "" : body.length() > BODY_CHARS ? body.substring(0, BODY_CHARS) : body;
        Set<String> lowercaseWords = lowercaseWords(title + "\n" + rest);
        Map<String, Double> cityScore = new HashMap<>();
        Map<String, Mention> cityMention = new HashMap<>();
        Map<Country, Double> countryScore = new HashMap<>();
        double[] weights = {3, 2, 0.5};
        String[] parts = {title, lead, rest};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                continue;
            }
            for (Mention m : mentions(parts[i], lowercaseWords)) {
                if (m.country() != null) {
                    countryScore.merge(m.country(), weights[i], Double::sum);
                } else {
                    String key = Text.fold(m.written());
                    cityScore.merge(key, weights[i], Double::sum);
                    cityMention.putIfAbsent(key, m);
                }
            }
        }
        Country country = countryHint;
        if (country == null) {
            country = countryScore.entrySet().stream()
                    .max(Map.Entry.<Country, Double>comparingByValue()
                            .thenComparing(e -> e.getKey().name()))
                    .map(Map.Entry::getKey)
                    .orElse(null);
        }
        String bestCity = null;
        City bestPlace = null;
        double best = 0;
        for (var e : cityScore.entrySet()) {
            Mention m = cityMention.get(e.getKey());
            City place = pick(m.cities(), country, countryScore);
            double score = e.getValue();
            if (country != null && place.iso2().equals(country.iso2())) {
                score += 2;
            } else if (countryScore.containsKey(countries.byIso(place.iso2()).orElse(null))) {
                score += 1;
            }
            // A city named only far down the page is not what the page is about.
            if (score >= 1.5 && (score > best || (score == best && place.population() > bestPlace.population()))) {
                best = score;
                bestCity = m.written();
                bestPlace = place;
            }
        }
        if (bestPlace == null) {
            return new Subject(null, country);
        }
        Country cityCountry = countries.byIso(bestPlace.iso2()).orElse(null);
        if (country == null) {
            return new Subject(bestCity, cityCountry);
        }
        if (cityCountry != null && cityCountry.equals(country)) {
            return new Subject(bestCity, country);
        }
        // The page names another country more than the city's own: trust the hint or the text, drop the city.
        if (countryHint != null || countryScore.getOrDefault(country, 0.0) >= best) {
            return new Subject(null, country);
        }
        return new Subject(bestCity, cityCountry);
    }

    /** The city a name stands for, whose country the page names if any does, else the most populous. */
    private City pick(List<City> places, Country country, Map<Country, Double> countryScore) {
        for (City c : places) {
            if (country != null && c.iso2().equals(country.iso2())) {
                return c;
            }
        }
        for (City c : places) {
            if (countryScore.keySet().stream().anyMatch(k -> k.iso2().equals(c.iso2()))) {
                return c;
            }
        }
        return places.get(0);
    }

    /** Every country and city named in the text, longest names first, each span once. */
    private List<Mention> mentions(String text, Set<String> lowercaseWords) {
        var out = new ArrayList<Mention>();
        List<int[]> words = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
            folded.add(Text.fold(m.group()));
        }
        int maxWords = Math.min(Math.max(cities.longestName(), 3), MAX_NAME_WORDS);
        for (int i = 0; i < words.size(); i++) {
            // Names start with a capital in cased scripts; a lowercase word starts none (the common case, skipped
            // fast).
            if (Character.isLowerCase(text.codePointAt(words.get(i)[0]))) {
                continue;
            }
            int n = Math.min(maxWords, words.size() - i);
            String[] keys = new String[n];
            var key = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    key.append(' ');
                }
                key.append(folded.get(i + k));
                keys[k] = key.toString();
            }
            for (int k = n - 1; k >= 0; k--) {
                String written = text.substring(words.get(i)[0], words.get(i + k)[1]);
                if (written.indexOf('\n') >= 0) {
                    continue;
                }
                Country c = countries.names().get(keys[k]);
                if (c != null) {
                    out.add(new Mention(written, List.of(), c));
                    i += k;
                    break;
                }
                List<City> places = cities.findFolded(keys[k]);
                if (!places.isEmpty() && looksLikeName(written, lowercaseWords)) {
                    out.add(new Mention(written, places, null));
                    i += k;
                    break;
                }
            }
        }
        for (String name : unspacedCountries) {
            if (text.contains(name)) {
                out.add(new Mention(name, List.of(), countries.names().get(name)));
            }
        }
        for (String name : unspacedCities) {
            int at = text.indexOf(name);
            while (at >= 0) {
                out.add(new Mention(name, cities.find(name), null));
                at = text.indexOf(name, at + name.length());
            }
        }
        return out;
    }

    /** A capitalised name that the text does not also use as an ordinary lowercase word. */
    private static boolean looksLikeName(String written, Set<String> lowercaseWords) {
        int first = written.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        if (Character.isUpperCase(first)
                && !written.contains(" ")
                && lowercaseWords.contains(written.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // Acronyms such as "UNESCO" or "GNLC" are not places.
        return !(written.length() > 1
                && written.equals(written.toUpperCase(java.util.Locale.ROOT))
                && Character.isUpperCase(first));
    }

    private static Set<String> lowercaseWords(String text) {
        var set = new HashSet<String>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (Character.isLowerCase(w.codePointAt(0))) {
                set.add(w);
            }
        }
        return set;
    }

    /** The country for a name as a rule or hint gives it. */
    public Optional<Country> country(String name) {
        return countries.resolve(name);
    }
}
