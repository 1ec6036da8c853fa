package lcs.synth;

import java.util.SplittableRandom;

/**
 * Invents pronounceable city names that look like their region's but belong to no real city:
 * "Nøvaborg", "Santa Telúma del Río", "Al-Qazir", "Kalundé", "Shirapur". Stateless.
 */
final class CityNames {
    private static final String[] EUROPE_ONSETS = {
        "b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "sv", "t", "tr", "v",
        "vl", "w", "z"
    };
    private static final String[] EUROPE_VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o"};
    private static final String[] EUROPE_MARKED = {"ø", "å", "ä", "ö", "é", "ü"};
    private static final String[] EUROPE_ENDINGS = {
        "borg", "heim", "stad", "ville", "burg", "ovo", "ice", "ford", "wick", "mark", "dal", "berg", "grad", "havn",
        "sund", "ów", "ec", "ești", "ach", "ing"
    };
    private static final String[] EUROPE_PREFIXES = {"Nova ", "Bad ", "Saint-", "Port ", "Novi ", "Alt-"};
    private static final String[] EUROPE_SUFFIXES = {"-sur-Mer", " am See", " Vale"};
    private static final Syllables EUROPE_SYLLABLES =
            new Syllables(1, 3, 10, EUROPE_ONSETS, EUROPE_VOWELS, EUROPE_MARKED);

    private static final String[] LATIN_ONSETS = {
        "c", "l", "m", "t", "v", "s", "r", "b", "ch", "qu", "g", "p", "n", "j", "y"
    };
    private static final String[] LATIN_VOWELS = {"a", "e", "i", "o", "u", "a", "o"};
    private static final String[] LATIN_MARKED = {"á", "é", "í", "ó", "ú"};
    private static final String[] LATIN_CODAS = {"", "", "", "s", "n", "l", "r"};
    private static final String[] LATIN_PREFIXES = {
        "Santa ", "San ", "Puerto ", "Villa ", "Nueva ", "São ", "Ciudad ", "Bom "
    };
    private static final String[] LATIN_SUFFIXES = {
        " del Río", " de la Sierra", " do Sul", " de los Andes", " del Mar", " de Arriba", " das Flores"
    };
    private static final Syllables LATIN_SYLLABLES =
            new Syllables(2, 35, 100, LATIN_ONSETS, LATIN_VOWELS, LATIN_MARKED);

    private static final String[] AFRICA_SYLLABLES = {
        "ka", "ma", "mbo", "nda", "zi", "lu", "wa", "tu", "ngo", "bu", "shi", "ko", "ra", "ye", "fa", "se", "di", "ta",
        "nya", "we", "ki", "sa", "mo", "la"
    };
    private static final String[] AFRICA_PREFIXES = {"Port-", "Grand-", "Nouvelle-"};
    private static final String[] AFRICA_SUFFIXES = {"ville", "ni", "bé"};

    private static final String[] ARAB_ONSETS = {
        "q", "s", "m", "z", "r", "d", "h", "n", "b", "l", "j", "k", "f", "t", "sh", "kh"
    };
    private static final String[] ARAB_VOWELS = {"a", "i", "u", "a"};
    private static final String[] ARAB_MARKED = {"â", "î", "û"};
    private static final String[] ARAB_CODAS = {"r", "l", "n", "m", "d", "b", "h", "t"};
    private static final String[] ARAB_PREFIXES = {"Al-", "Ain ", "Bir ", "Ras ", "Dar ", "Wadi ", "Tell "};
    private static final String[] ARAB_SUFFIXES = {"iya", "an", "ein"};
    private static final Syllables ARAB_SYLLABLES = new Syllables(1, 1, 10, ARAB_ONSETS, ARAB_VOWELS, ARAB_MARKED);

    private static final String[] ASIA_SYLLABLES = {
        "ka", "shi", "to", "ra", "pu", "ba", "an", "hua", "lin", "mo", "su", "ta", "ni", "ya", "ko", "ha", "ri", "da",
        "pa", "wan", "sen", "long", "thi", "ngu"
    };
    private static final String[] ASIA_MARKED = {"ā", "ī", "ū", "ô", "ê"};
    private static final String[] ASIA_ENDINGS = {
        "pur", "abad", "shan", "jima", "gawa", "nagar", "ganj", "zhou", "kot", "buri", "yama", "wati"
    };
    private static final String[] ASIA_PREFIXES = {"Port ", "Nui ", "Kota ", "Ban "};

    private CityNames() {}

    /**
     * A style of onset-vowel syllables: {@code fewest} or one more of them, and with a chance of
     * {@code accentIn} in {@code outOf} one takes an accented vowel.
     */
    private record Syllables(int fewest, int accentIn, int outOf, String[] onsets, String[] vowels, String[] accented) {
        // The count, the accent, then an onset and a vowel a syllable: drawn in another order, every
        // seed's names would change.
        StringBuilder draw(SplittableRandom rng) {
            int count = fewest + rng.nextInt(2);
            int marked = rng.nextInt(outOf) < accentIn ? rng.nextInt(count) : -1;
            var sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sb.append(pick(onsets, rng)).append(pick(i == marked ? accented : vowels, rng));
            }
            return sb;
        }
    }

    /** A new name in the style of a UNESCO region; callers reject the rare repeat. */
    static String invent(String region, SplittableRandom rng) {
        return switch (region) {
            case "Europe and North America" -> europe(rng);
            case "Latin America and the Caribbean" -> latin(rng);
            case "Africa" -> africa(rng);
            case "Arab States" -> arab(rng);
            default -> asia(rng);
        };
    }

    private static String europe(SplittableRandom rng) {
        var sb = EUROPE_SYLLABLES.draw(rng);
        sb.append(pick(EUROPE_ENDINGS, rng));
        String core = capitalize(sb);
        int u = rng.nextInt(100);
        if (u < 10) {
            return pick(EUROPE_PREFIXES, rng) + core;
        }
        return u < 15 ? core + pick(EUROPE_SUFFIXES, rng) : core;
    }

    private static String latin(SplittableRandom rng) {
        var sb = LATIN_SYLLABLES.draw(rng);
        sb.append(pick(LATIN_CODAS, rng));
        String core = capitalize(sb);
        if (rng.nextInt(100) < 35) {
            core = pick(LATIN_PREFIXES, rng) + core;
        }
        return rng.nextInt(100) < 20 ? core + pick(LATIN_SUFFIXES, rng) : core;
    }

    private static String africa(SplittableRandom rng) {
        var sb = new StringBuilder();
        int syllables = 2 + rng.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            sb.append(pick(AFRICA_SYLLABLES, rng));
        }
        int u = rng.nextInt(100);
        if (u < 15) {
            sb.append(pick(AFRICA_SUFFIXES, rng));
        } else if (u < 25 && "ae".indexOf(sb.charAt(sb.length() - 1)) >= 0) {
            sb.setCharAt(sb.length() - 1, 'é');
        }
        String core = capitalize(sb);
        return rng.nextInt(100) < 8 ? pick(AFRICA_PREFIXES, rng) + core : core;
    }

    private static String arab(SplittableRandom rng) {
        var sb = ARAB_SYLLABLES.draw(rng);
        sb.append(pick(ARAB_CODAS, rng));
        if (rng.nextInt(100) < 20) {
            sb.append(pick(ARAB_SUFFIXES, rng));
        }
        String core = capitalize(sb);
        return rng.nextInt(100) < 35 ? pick(ARAB_PREFIXES, rng) + core : core;
    }

    private static String asia(SplittableRandom rng) {
        var sb = new StringBuilder();
        int syllables = 1 + rng.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            sb.append(pick(ASIA_SYLLABLES, rng));
        }
        if (rng.nextInt(100) < 60) {
            sb.append(pick(ASIA_ENDINGS, rng));
        } else {
            sb.append(pick(ASIA_SYLLABLES, rng));
        }
        if (rng.nextInt(100) < 12) {
            // Mark the first plain vowel: Rāmpur, Hôkan.
            for (int i = 0; i < sb.length(); i++) {
                int v = "aiuoe".indexOf(sb.charAt(i));
                if (v >= 0) {
                    sb.replace(i, i + 1, ASIA_MARKED[v]);
                    break;
                }
            }
        }
        String core = capitalize(sb);
        return rng.nextInt(100) < 5 ? pick(ASIA_PREFIXES, rng) + core : core;
    }

    private static String pick(String[] options, SplittableRandom rng) {
        return options[rng.nextInt(options.length)];
    }

    private static String capitalize(StringBuilder sb) {
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }
}
