package lcs.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import lcs.corpus.Countries;
import lcs.corpus.Countries.Country;

/**
 * The countries a synthetic corpus is set in (80 real UNESCO countries, chosen per seed in
 * proportion to each region's size) and their invented cities, with how often each appears:
 * a few countries and, within each, a few cities account for most documents. Immutable and
 * thread-safe.
 */
final class Places {
    static final int COUNTRIES = 80;

    /** Non-English documents come from a region where the language is spoken this often. */
    private static final double HOME_SHARE = 0.7;

    /** An invented city in a real country. */
    record City(String name, Country country) {}

    private final List<Country> countries;
    private final Weighted countryPick;
    private final Weighted[] homePick;
    private final City[][] cities;
    private final Weighted[] cityPick;

    private Places(List<Country> countries, double[] popularity, City[][] cities) {
        this.countries = countries;
        this.countryPick = new Weighted(popularity);
        this.cities = cities;
        this.cityPick = new Weighted[cities.length];
        for (int i = 0; i < cities.length; i++) {
            cityPick[i] = Weighted.zipf(cities[i].length, 1.0);
        }
        this.homePick = new Weighted[CorpusShape.LANGUAGES.size()];
        for (int l = 0; l < homePick.length; l++) {
            Set<String> home = homeRegions(CorpusShape.LANGUAGES.get(l));
            double[] w = new double[countries.size()];
            for (int c = 0; c < w.length; c++) {
                w[c] = home.contains(countries.get(c).region()) ? popularity[c] : 0;
            }
            homePick[l] = home.isEmpty() ? countryPick : new Weighted(w);
        }
    }

    /** The places for a seed: the same seed always gives the same countries, cities and weights. */
    static Places create(long seed) {
        var rng = new SplittableRandom(Seeds.of(seed, Seeds.PLACES));
        // byName() is a HashMap: sort before anything depends on its order.
        List<Country> all = Countries.bundled().byName().values().stream()
                .sorted(Comparator.comparing(Country::name))
                .toList();
        List<Country> chosen = choose(all, rng);

        // Popularity follows a Zipf law over a seeded order, so no country is favoured by its name.
        int[] order = shuffled(chosen.size(), rng);
        double[] popularity = new double[chosen.size()];
        for (int rank = 0; rank < order.length; rank++) {
            popularity[order[rank]] = 1.0 / Math.pow(rank + 1, 0.8);
        }
        double total = 0;
        for (double p : popularity) {
            total += p;
        }

        var used = new HashSet<String>();
        City[][] cities = new City[chosen.size()][];
        for (int c = 0; c < chosen.size(); c++) {
            Country country = chosen.get(c);
            int n = 4 + rng.nextInt(8) + (int) (600 * popularity[c] / total);
            cities[c] = new City[n];
            for (int i = 0; i < n; i++) {
                cities[c][i] = new City(unusedName(country.region(), used, rng), country);
            }
        }
        return new Places(chosen, popularity, cities);
    }

    /** The chosen countries, sorted by name. */
    List<Country> countries() {
        return countries;
    }

    /** Every invented city, country by country. */
    List<City> cities() {
        var all = new ArrayList<City>();
        for (City[] cs : cities) {
            all.addAll(List.of(cs));
        }
        return all;
    }

    /** A country for a document or filter in the given language, by popularity. */
    Country country(String language, SplittableRandom rng) {
        return countries.get(countryIndex(language, rng));
    }

    /** A city, by its country's popularity and then its own. */
    City city(String language, SplittableRandom rng) {
        int c = countryIndex(language, rng);
        return cities[c][cityPick[c].next(rng)];
    }

    private int countryIndex(String language, SplittableRandom rng) {
        int l = CorpusShape.LANGUAGES.indexOf(language);
        boolean home = l > 0 && rng.nextDouble() < HOME_SHARE;
        return (home ? homePick[l] : countryPick).next(rng);
    }

    private static Set<String> homeRegions(String language) {
        return switch (language) {
            case "fr" -> Set.of("Africa", "Europe and North America");
            case "es" -> Set.of("Latin America and the Caribbean");
            case "pt" -> Set.of("Latin America and the Caribbean", "Africa");
            case "de" -> Set.of("Europe and North America");
            case "ru" -> Set.of("Europe and North America", "Asia and the Pacific");
            case "ar" -> Set.of("Arab States");
            case "zh" -> Set.of("Asia and the Pacific");
            default -> Set.of();
        };
    }

    /** {@link #COUNTRIES} countries, each region represented in proportion to its size. */
    private static List<Country> choose(List<Country> all, SplittableRandom rng) {
        int regions = Countries.REGIONS.size();
        int[] size = new int[regions];
        for (Country c : all) {
            size[Countries.REGIONS.indexOf(c.region())]++;
        }
        // Largest remainder: quotas that add up to exactly COUNTRIES.
        int[] quota = new int[regions];
        double[] rest = new double[regions];
        int given = 0;
        for (int r = 0; r < regions; r++) {
            double exact = (double) COUNTRIES * size[r] / all.size();
            quota[r] = (int) exact;
            rest[r] = exact - quota[r];
            given += quota[r];
        }
        while (given < COUNTRIES) {
            int best = 0;
            for (int r = 1; r < regions; r++) {
                if (rest[r] > rest[best]) {
                    best = r;
                }
            }
            quota[best]++;
            rest[best] = -1;
            given++;
        }
        var chosen = new ArrayList<Country>();
        for (int r = 0; r < regions; r++) {
            String region = Countries.REGIONS.get(r);
            List<Country> members =
                    all.stream().filter(c -> c.region().equals(region)).toList();
            int[] order = shuffled(members.size(), rng);
            for (int i = 0; i < quota[r]; i++) {
                chosen.add(members.get(order[i]));
            }
        }
        chosen.sort(Comparator.comparing(Country::name));
        return List.copyOf(chosen);
    }

    private static String unusedName(String region, Set<String> used, SplittableRandom rng) {
        while (true) {
            String name = CityNames.invent(region, rng);
            if (Countries.bundled().find(name).isEmpty() && used.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    /** A Fisher-Yates permutation of {@code 0..n-1}. */
    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
