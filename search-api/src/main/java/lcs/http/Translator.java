package lcs.http;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lcs.corpus.Countries;
import lcs.search.Notice;

/**
 * The strings of one UI language and its formats, as web/js/common.js {@code translator} gives them
 * to the script: templates with {@code {name}} filled in, plural forms, numbers, dates and language
 * names. The browser formats with ICU (Intl), and so does this class (ICU4J, which Lucene's ICU
 * analysis already brings), so both write "1 234" or "١٬٢٣٤" alike. Thread-safe.
 */
final class Translator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String lang;
    private final boolean rtl;
    private final Map<String, Object> table;
    private final Map<String, Object> english;
    private final Map<String, Countries.Country> countries;
    private final ULocale locale;
    private final PluralRules plurals;
    private final LocaleDisplayNames displayNames;

    Translator(String lang, boolean rtl, Map<String, Object> table, Map<String, Object> english, Countries countries) {
        this.lang = lang;
        this.rtl = rtl;
        this.table = table;
        this.english = english;
        this.countries = countries.byName();
        this.locale = ULocale.forLanguageTag(lang);
        this.plurals = PluralRules.forLocale(locale);
        this.displayNames = LocaleDisplayNames.getInstance(locale);
    }

    String lang() {
        return lang;
    }

    String dir() {
        return rtl ? "rtl" : "ltr";
    }

    /** The string for a dotted key, from this language, else English, else the key itself. */
    String lookup(String key) {
        Object v = get(table, key);
        if (v == null) {
            v = get(english, key);
        }
        return v instanceof String s ? s : null;
    }

    private static Object get(Map<String, Object> table, String key) {
        Object at = table;
        for (String part : key.split("\\.")) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(part);
        }
        return at;
    }

    /** t(key, vars): plural forms chosen by vars' "n", numbers formatted, other values as text. */
    String t(String key, Map<String, ?> vars) {
        Object template = get(table, key);
        if (template == null) {
            template = get(english, key);
        }
        if (template instanceof Map<?, ?> forms) {
            Object n = vars.get("n");
            String category = n instanceof Number num ? plurals.select(num.doubleValue()) : "other";
            template = forms.containsKey(category) ? forms.get(category) : forms.get("other");
        }
        String text = template == null ? key : template.toString();
        Matcher m = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            Object v = vars.get(m.group(1));
            String filled = v == null && !vars.containsKey(m.group(1))
                    ? m.group()
                    : v instanceof Number num ? number(num) : String.valueOf(v);
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        return m.appendTail(out).toString();
    }

    String t(String key) {
        return t(key, Map.of());
    }

    /** Intl.NumberFormat(lang).format(n). */
    String number(Number n) {
        return NumberFormatter.withLocale(locale).format(n).toString();
    }

    /** A type's label ("Profil"), or the type itself. */
    String typeLabel(String type) {
        String label = type == null ? null : lookup("type." + type);
        return label != null ? label : type == null ? "" : type;
    }

    String regionLabel(String region) {
        String label = region == null ? null : lookup("region." + region);
        return label != null ? label : region == null ? "" : region;
    }

    /** A country (its UNESCO name) in this language, as /api/countries names it. */
    String countryLabel(String name) {
        Countries.Country c = name == null ? null : countries.get(name);
        return c == null ? name : c.name(lang);
    }

    /** A language's name as in running text ("anglais"). */
    String languageInText(String code) {
        String name = displayNames.languageDisplayName(code);
        return name == null || name.isEmpty() ? code : name;
    }

    /** A language's name as a label ("Anglais"). */
    String languageName(String code) {
        return capital(languageInText(code));
    }

    private String capital(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.offsetByCodePoints(0, 1);
        return com.ibm.icu.lang.UCharacter.toUpperCase(locale, s.substring(0, first)) + s.substring(first);
    }

    /** The facet value as people read it: countries, types and regions translated, language names. */
    String facetLabel(String dim, String value) {
        return switch (dim) {
            case "country" -> countryLabel(value);
            case "type" -> typeLabel(value);
            case "region" -> regionLabel(value);
            case "language" -> languageName(value);
            default -> value;
        };
    }

    /** A date (YYYY-MM-DD) as Intl's medium date style writes it, else the year, else "". */
    String formatDate(String date, Integer year) {
        if (date != null && FULL_DATE.matcher(date).matches()) {
            try {
                var day = LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
                DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, locale);
                format.setTimeZone(TimeZone.GMT_ZONE);
                return format.format(Date.from(day));
            } catch (DateTimeParseException e) {
                // "2024-02-30": the browser shows "Invalid Date"; the year says more
            }
        }
        return year == null ? "" : year.toString();
    }

    /** The language notice ("Few documents are in Chinese…"), or null for no notice of that kind. */
    String notice(Notice notice) {
        if (notice == null || !"fewInLanguage".equals(notice.kind())) {
            return null;
        }
        List<String> names =
                notice.collectionLanguages().stream().map(this::languageInText).toList();
        String list = names.size() > 1
                ? ListFormatter.getInstance(locale, ListFormatter.Type.AND, ListFormatter.Width.WIDE)
                        .format(names)
                : String.join(", ", names);
        return capital(t(
                "noticeFewInLanguage", Map.of("language", languageInText(notice.queryLanguage()), "languages", list)));
    }

    /** An estimate rounded to two significant figures, as common.js twoFigures. */
    static long twoFigures(long n) {
        return new BigDecimal(n).round(new MathContext(2)).longValue();
    }
}
