package lcs.importer.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a text is written on, in any of the eight languages: "24 October 2018",
 * "October 24, 2018", "24 octobre 2018", "24 de octubre de 2018", "24. Oktober 2018",
 * "24 октября 2018", "24 أكتوبر 2018", "2018年10月24日", "Friday, 9. 9. 2022", "2018-10-24".
 * A month and a year alone ("On October 2018") give a year only. Thread-safe.
 */
public final class Dates {
    /** A date, or only a year when the text names no day. */
    public record Found(LocalDate date, Integer year) {}

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            // en
            {"january", "jan"},
            {"february", "feb"},
            {"march", "mar"},
            {"april", "apr"},
            {"may"},
            {"june", "jun"},
            {"july", "jul"},
            {"august", "aug"},
            {"september", "sep", "sept"},
            {"october", "oct"},
            {"november", "nov"},
            {"december", "dec"}
        };
        String[][] fr = {
            {"janvier"},
            {"février", "fevrier"},
            {"mars"},
            {"avril"},
            {"mai"},
            {"juin"},
            {"juillet"},
            {"août", "aout"},
            {"septembre"},
            {"octobre"},
            {"novembre"},
            {"décembre", "decembre"}
        };
        String[][] es = {
            {"enero"},
            {"febrero"},
            {"marzo"},
            {"abril"},
            {"mayo"},
            {"junio"},
            {"julio"},
            {"agosto"},
            {"septiembre", "setiembre"},
            {"octubre"},
            {"noviembre"},
            {"diciembre"}
        };
        String[][] pt = {
            {"janeiro"},
            {"fevereiro"},
            {"março", "marco"},
            {"abril"},
            {"maio"},
            {"junho"},
            {"julho"},
            {"agosto"},
            {"setembro"},
            {"outubro"},
            {"novembro"},
            {"dezembro"}
        };
        String[][] de = {
            {"januar", "jänner"},
            {"februar"},
            {"märz", "maerz"},
            {"april"},
            {"mai"},
            {"juni"},
            {"juli"},
            {"august"},
            {"september"},
            {"oktober"},
            {"november"},
            {"dezember"}
        };
        String[][] ru = {
            {"января", "январь"},
            {"февраля", "февраль"},
            {"марта", "март"},
            {"апреля", "апрель"},
            {"мая", "май"},
            {"июня", "июнь"},
            {"июля", "июль"},
            {"августа", "август"},
            {"сентября", "сентябрь"},
            {"октября", "октябрь"},
            {"ноября", "ноябрь"},
            {"декабря", "декабрь"}
        };
        String[][] ar = {
            {"يناير", "كانون الثاني"},
            {"فبراير", "شباط"},
            {"مارس", "آذار"},
            {"أبريل", "ابريل", "نيسان"},
            {"مايو", "أيار"},
            {"يونيو", "حزيران"},
            {"يوليو", "تموز"},
            {"أغسطس", "آب"},
            {"سبتمبر", "أيلول"},
            {"أكتوبر", "اكتوبر", "تشرين الأول"},
            {"نوفمبر", "تشرين الثاني"},
            {"ديسمبر", "كانون الأول"}
        };
        String[][] uz = {
            {"yanvar"},
            {"fevral"},
            {"mart"},
            {"aprel"},
            {"may"},
            {"iyun"},
            {"iyul"},
            {"avgust"},
            {"sentyabr"},
            {"oktyabr"},
            {"noyabr"},
            {"dekabr"}
        };
        for (String[][] lang : new String[][][] {names, fr, es, pt, de, ru, ar, uz}) {
            for (int m = 0; m < 12; m++) {
                for (String n : lang[m]) {
                    MONTHS.putIfAbsent(n, m + 1);
                }
            }
        }
    }

    private static final String MONTH = "("
            + String.join(
                    "|",
                    MONTHS.keySet().stream()
                            .sorted((a, b) -> b.length() - a.length())
                            .map(Pattern::quote)
                            .toList())
            + ")";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|°)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern CJK = Pattern.compile(YEAR + "\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CJK_MONTH = Pattern.compile(YEAR + "\\s*年\\s*(\\d{1,2})\\s*月");
    // 24 October 2018, 24. Oktober 2018, 24 de octubre de 2018, 24 октября 2018 г., 24 أكتوبر 2018
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])" + DAY + "\\.?\\s+(?:of\\s+|de\\s+)?" + MONTH + "\\.?,?\\s+(?:de\\s+|del\\s+)?" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // October 24, 2018
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // 9. 9. 2022, 24.10.2018, 24/10/2018
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\s?[./]\\s?(\\d{1,2})\\s?[./]\\s?" + YEAR + "\\b");
    // October 2018, octobre 2018, de octubre de 2018
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + ",?\\s+(?:de\\s+|del\\s+)?" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // joined / was inducted into … in 2022
    private static final Pattern JOINED = Pattern.compile(
            "\\b(?:joined|inducted|admitted|became a member|accepted|rejoint|intégré|adhéri[oó]|ingres[oó]|se unió|"
                    + "aderiu|ingressou|beigetreten|вступил|присоединил|انضم)[^.。]{0,120}?\\b(?:in|en|em|im|в|عام|في)\\s+"
                    + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Dates() {}

    /** A machine-readable date such as {@code 2018-10-24} or {@code 2018-10-24T09:00:00+02:00}. */
    public static Optional<LocalDate> parseMachine(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            // fall through
        }
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            return Optional.ofNullable(date(m.group(1), m.group(2), m.group(3)));
        }
        if (v.matches("(?:19|20)\\d{2}\\d{2}\\d{2}")) {
            return Optional.ofNullable(date(v.substring(0, 4), v.substring(4, 6), v.substring(6, 8)));
        }
        return Optional.empty();
    }

    /** The first full date written in the text, else the first month and year (a year only). */
    public static Optional<Found> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String t = asciiDigits(text);
        int best = Integer.MAX_VALUE;
        LocalDate found = null;
        for (Pattern p : new Pattern[] {ISO, CJK, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC}) {
            Matcher m = p.matcher(t);
            while (m.find() && m.start() < best) {
                LocalDate d =
                        switch (p == ISO || p == CJK ? 0 : p == DAY_MONTH_YEAR ? 1 : p == MONTH_DAY_YEAR ? 2 : 3) {
                            case 0 -> date(m.group(1), m.group(2), m.group(3));
                            case 1 -> date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
                            case 2 -> date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
                            default -> date(m.group(3), m.group(2), m.group(1));
                        };
                if (d != null) {
                    best = m.start();
                    found = d;
                    break;
                }
            }
        }
        if (found != null) {
            return Optional.of(new Found(found, found.getYear()));
        }
        for (Pattern p : new Pattern[] {MONTH_YEAR, CJK_MONTH}) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                String year = p == MONTH_YEAR ? m.group(2) : m.group(1);
                return Optional.of(new Found(null, Integer.parseInt(year)));
            }
        }
        return Optional.empty();
    }

    /** The year a profile or story says the city joined ("was inducted into … in 2022"). */
    public static Optional<Integer> joinedYear(String text) {
        Matcher m = JOINED.matcher(asciiDigits(text));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.getYear() >= 1900 && date.getYear() <= 2100 ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Arabic-Indic and Persian digits as ASCII, so one set of patterns serves every script. */
    static String asciiDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c >= '\u0660' && c <= '\u0669' ? c - '\u0660' : c >= '\u06F0' && c <= '\u06F9' ? c - '\u06F0' : -1;
            if (d >= 0) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) ('0' + d));
            }
        }
        return b == null ? s : b.toString();
    }
}
