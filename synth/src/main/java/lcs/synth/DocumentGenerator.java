package lcs.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.SplittableRandom;
import lcs.corpus.Countries.Country;

/**
 * Writes synthetic corpus records as JSON objects. Document {@code n} depends only on the seed and
 * {@code n}, never on which documents were written before, so parts can be written in parallel.
 * Not thread-safe (it reuses buffers): use one per thread.
 */
final class DocumentGenerator {
    static final int MIN_TITLE_WORDS = 4;
    static final int MAX_TITLE_WORDS = 12;
    static final int MIN_BODY_WORDS = 150;
    static final int MAX_BODY_WORDS = 1_500;

    /** Median body length per type (in {@link CorpusShape#TYPES} order); lengths are log-normal. */
    private static final double[] MEDIAN_BODY_WORDS = {650, 320, 550, 380, 1_000, 220};

    private static final double BODY_SIGMA = 0.45;

    private static final double SUMMARY_SHARE = 0.7;
    /** Each document has a few words it is about, repeated in its title and through its body. */
    private static final int TOPIC_WORDS = 6;

    private final long seed;
    private final Places places;
    private final String source;
    private final StringBuilder text = new StringBuilder(16_384);
    private final String[] topic = new String[TOPIC_WORDS];

    DocumentGenerator(long seed, Places places) {
        this.seed = seed;
        this.places = places;
        this.source = "synthetic (lcs generate, seed " + seed + ")";
    }

    /** The id of document {@code n} (1-based). */
    static String id(long n) {
        String digits = Long.toString(n);
        return "syn-" + "0".repeat(Math.max(0, 9 - digits.length())) + digits;
    }

    /** Writes document {@code n} (1-based) as one JSON object, fields in the corpus format's order. */
    void write(long n, JsonGenerator json) throws IOException {
        var rng = new SplittableRandom(Seeds.of(seed, n));
        int typeIndex = CorpusShape.TYPE_MIX.next(rng);
        String type = CorpusShape.TYPES.get(typeIndex);
        var vocab = Vocabulary.of(CorpusShape.LANGUAGES.get(CorpusShape.LANGUAGE_MIX.next(rng)));
        Places.City city = places.city(vocab.language(), rng);
        Country country = city.country();
        int year = CorpusShape.year(CorpusShape.YEAR_MIX.next(rng));
        LocalDate date = LocalDate.ofYearDay(
                year, 1 + rng.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        for (int i = 0; i < TOPIC_WORDS; i++) {
            topic[i] = vocab.topicalWord(rng);
        }
        var doc = new Doc(vocab, city, year, rng);

        json.writeStartObject();
        json.writeStringField("id", id(n));
        json.writeStringField("type", type);
        text.setLength(0);
        title(doc, typeIndex);
        json.writeStringField("title", text.toString());
        if (rng.nextDouble() < SUMMARY_SHARE) {
            text.setLength(0);
            sentence(doc, 12 + rng.nextInt(19));
            json.writeStringField("summary", text.toString());
        }
        json.writeStringField("city", city.name());
        json.writeStringField("country", country.name());
        json.writeStringField("region", country.region());
        json.writeStringField("date", date.toString());
        json.writeNumberField("year", year);
        json.writeStringField("language", vocab.language());
        json.writeStringField("source", source);
        text.setLength(0);
        body(doc, bodyWords(typeIndex, rng));
        json.writeStringField("body", text.toString());
        json.writeEndObject();
    }

    /** What the text of one document is drawn from. */
    private record Doc(Vocabulary vocab, Places.City city, int year, SplittableRandom rng) {}

    private static int bodyWords(int typeIndex, SplittableRandom rng) {
        for (int attempt = 0; attempt < 20; attempt++) {
            double words = MEDIAN_BODY_WORDS[typeIndex] * Math.exp(BODY_SIGMA * gaussian(rng));
            if (words >= MIN_BODY_WORDS && words <= MAX_BODY_WORDS) {
                return (int) words;
            }
        }
        return (int) MEDIAN_BODY_WORDS[typeIndex];
    }

    /** A standard normal variate (Box-Muller), drawn from the document's own stream. */
    private static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private void title(Doc d, int typeIndex) {
        var rng = d.rng();
        int words = MIN_TITLE_WORDS + rng.nextInt(5) + rng.nextInt(5);
        int start = text.length();
        int written = 0;
        int cityWords = tokens(d.city().name());
        if (rng.nextDouble() < 0.45 && cityWords <= words - 3) {
            token(d.vocab(), d.city().name());
            written += cityWords;
        }
        boolean event = CorpusShape.TYPES.get(typeIndex).equals("event");
        int last = words - (event ? 1 : 0);
        var used = new ArrayList<String>(MAX_TITLE_WORDS);
        while (written < last) {
            String w = titleWord(d, written == 0 || written == last - 1);
            for (int retry = 0; retry < 3 && used.contains(w); retry++) {
                w = titleWord(d, written == 0 || written == last - 1);
            }
            used.add(w);
            token(d.vocab(), w);
            written++;
        }
        if (event) {
            token(d.vocab(), Integer.toString(d.year()));
        }
        capitalize(start);
    }

    /** Headlines are mostly content words, and never start or end on "the" or "de". */
    private String titleWord(Doc d, boolean edge) {
        var rng = d.rng();
        if (rng.nextDouble() < 0.6) {
            return topic[rng.nextInt(TOPIC_WORDS)];
        }
        String w = d.vocab().textWord(rng);
        if (d.vocab().isFunctionWord(w) && (edge || rng.nextDouble() < 0.7)) {
            w = d.vocab().topicalWord(rng);
        }
        return w;
    }

    private void body(Doc d, int words) {
        var rng = d.rng();
        int left = words;
        int paragraph = 0;
        int paragraphLength = 2 + rng.nextInt(6);
        while (left > 0) {
            int n = 6 + rng.nextInt(12) + rng.nextInt(12);
            if (left - n < 4) {
                n = left;
            }
            if (text.length() > 0) {
                if (paragraph == paragraphLength) {
                    text.append("\n\n");
                    paragraph = 0;
                    paragraphLength = 2 + rng.nextInt(6);
                } else if (d.vocab().spaced()) {
                    text.append(' ');
                }
            }
            sentence(d, n);
            paragraph++;
            left -= n;
        }
    }

    /** Appends one sentence of exactly {@code n} words (names and numbers count as their words). */
    private void sentence(Doc d, int n) {
        var rng = d.rng();
        var vocab = d.vocab();
        int start = text.length();
        int written = 0;
        String previous = null;
        while (written < n) {
            int before = written;
            int left = n - written;
            double u = rng.nextDouble();
            if (u < 0.025) {
                number(d);
                written++;
            } else if (u < 0.045 && tokens(d.city().name()) <= left) {
                token(vocab, d.city().name());
                written += tokens(d.city().name());
            } else if (u < 0.05
                    && vocab.language().equals("en")
                    && tokens(d.city().country().name()) <= left) {
                token(vocab, d.city().country().name());
                written += tokens(d.city().country().name());
            } else if (u < 0.08) {
                String[] phrase = vocab.phrase(rng);
                if (phrase.length <= left) {
                    for (String w : phrase) {
                        token(vocab, w);
                    }
                    written += phrase.length;
                }
            } else {
                String w = u < 0.16 ? topic[rng.nextInt(TOPIC_WORDS)] : vocab.textWord(rng);
                if (w.equals(previous)) {
                    // "the the" reads as a typo; one redraw keeps the Zipf shape almost untouched.
                    w = vocab.textWord(rng);
                }
                token(vocab, w);
                previous = w;
                written++;
            }
            if (written > before && written < n && rng.nextInt(16) == 0) {
                text.append(vocab.comma());
            }
        }
        capitalize(start);
        text.append(vocab.fullStop());
    }

    /** A year, a count such as 12,500, a small number or a percentage. */
    private void number(Doc d) {
        var rng = d.rng();
        var vocab = d.vocab();
        separate(vocab);
        double u = rng.nextDouble();
        if (u < 0.35) {
            text.append(Math.min(d.year() + 4, Math.max(1990, d.year() - 6 + rng.nextInt(11))));
        } else if (u < 0.75) {
            long n = (10 + rng.nextInt(990)) * (long) Math.pow(10, 1 + rng.nextInt(3));
            vocab.appendNumber(text, n);
        } else if (u < 0.9) {
            text.append(2 + rng.nextInt(98));
        } else {
            text.append(1 + rng.nextInt(99)).append('%');
        }
    }

    /** Appends a word or name after the separator the language needs. */
    private void token(Vocabulary vocab, String s) {
        separate(vocab);
        text.append(s);
    }

    /**
     * Words are separated by a space, except in Chinese, where only two Latin-script or numeric
     * tokens in a row (a city name after a year) still need one.
     */
    private void separate(Vocabulary vocab) {
        int len = text.length();
        if (len == 0) {
            return;
        }
        char prev = text.charAt(len - 1);
        if (prev == ' ' || prev == '\n') {
            return;
        }
        if (vocab.spaced() || isLatinOrDigit(prev)) {
            text.append(' ');
        }
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c) || c == '%';
    }

    private void capitalize(int at) {
        if (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isLowerCase(c)) {
                text.setCharAt(at, Character.toUpperCase(c));
            }
        }
    }

    /** How many words a name counts for. */
    static int tokens(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
