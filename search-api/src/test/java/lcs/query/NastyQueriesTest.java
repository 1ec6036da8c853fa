package lcs.query;

import static lcs.http.TestService.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import lcs.http.TestService;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Nothing a person types gives a server error: every value below is answered 200 with JSON. */
class NastyQueriesTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl");

    /** Each value named printably, so control characters stay out of test names and reports. */
    static Stream<Named<String>> nasty() {
        var qs = new ArrayList<>(List.of(
                "\"unbalanced",
                "unbalanced\"",
                "\"a\" \"b",
                "\"",
                "\"\"",
                "\"\"\"\"",
                "\" \"",
                "\"-\"",
                "-\"",
                "+\"",
                "-",
                "--",
                "- -",
                "+",
                "++",
                "+-",
                "-+",
                "-learning",
                "+learning",
                "-\"credit bank\"",
                "OR",
                "AND",
                "NOT",
                "OR OR",
                "AND AND",
                "NOT NOT",
                "OR AND NOT",
                "a OR",
                "OR a",
                "AND a",
                "a AND",
                "x OR -y",
                "-x OR y",
                "\"OR\"",
                "|",
                "||",
                "&",
                "&&",
                "a | b"));
        qs.addAll(LuceneSyntax.SPECIAL_CHARACTERS);
        qs.addAll(List.of(
                "%",
                "%00",
                "title:learning",
                "a~2",
                "ljub*",
                "l?ub",
                "/regex/",
                "field:(a OR b)",
                "[1 TO 5]",
                "{* TO *}",
                "learning^10",
                "😀",
                "😀😀 learning",
                "\u0000",
                "\u0007",
                "a\u0000b",
                "\u001b[31m",
                "\u200f",
                "\u200e",
                "\u202e",
                "\u200d",
                "\ufeff",
                "\u2028",
                "\t\n\r",
                "\u201c",
                "\u00ab",
                "\u0301",
                "e\u0301",
                "ǅ",
                "ﬃ",
                "İ",
                "北京",
                "学习型城市",
                "مدينة",
                "город",
                "<script>alert(1)</script>",
                "' OR 1=1 --",
                "${jndi:ldap://x}",
                "Ljubjana Chengdo Viciebks Sonderborg",
                "1,000,000",
                "88.600",
                "2013-2015",
                "-2015",
                "0x1F"));
        qs.add("(".repeat(1000));
        qs.add("\"".repeat(1000));
        qs.add("-".repeat(1000));
        qs.add("\\".repeat(1000));
        qs.add("*".repeat(1000));
        qs.add("-\"".repeat(500));
        qs.add("(\"*".repeat(333));
        qs.add(String.join(" ", Collections.nCopies(333, "OR")));
        qs.add(String.join(" ", Collections.nCopies(250, "AND")));
        qs.add(String.join(" ", Collections.nCopies(200, "NOT")));
        qs.add(String.join(" ", Collections.nCopies(500, "-")));
        qs.add(String.join(" ", Collections.nCopies(333, "\"a")));
        qs.add("\"" + String.join(" ", Collections.nCopies(400, "learning")).substring(0, 990) + "\"");
        qs.add(String.join(" ", Collections.nCopies(30, "ab"))); // more words than UserQuery.MAX_CLAUSES
        qs.add("😀".repeat(500));
        qs.add("ü".repeat(100)); // one long word (see QueryFactoryTest.very_long_words_are_not_fuzzed)
        return qs.stream().map(q -> Named.of(printable(q), q));
    }

    @ParameterizedTest
    @MethodSource("nasty")
    void typed_text_never_gives_a_server_error(String q) {
        var r = api.get("/api/search?q=" + enc(q));
        assertEquals(200, r.status(), () -> "q=" + printable(q) + " → " + r.status() + " " + r.body());
        assertTrue(r.isJson(), r.body());
        assertTrue(r.json().get("hits").isArray());
    }

    @ParameterizedTest
    @MethodSource("nasty")
    void typed_text_never_breaks_suggestions(String q) {
        var r = api.get("/api/suggest?q=" + enc(q));
        assertEquals(200, r.status(), () -> "q=" + printable(q) + " → " + r.status() + " " + r.body());
        assertTrue(r.json().get("suggestions").isArray());
    }

    @Test
    void a_long_or_chain_gives_200_not_500() {
        for (String word : List.of("a", "learning")) {
            for (int n : List.of(45, 104, 200)) {
                String q = String.join(" OR ", Collections.nCopies(n, word));
                if (q.length() > SearchRequest.MAX_QUERY_CHARS) {
                    continue;
                }
                var r = api.get("/api/search?q=" + enc(q));
                assertEquals(200, r.status(), () -> n + " × " + word + " → " + r.body());
            }
        }
        var words = List.of(
                "learning", "city", "adult", "school", "library", "women", "youth", "festival", "museum", "park");
        var hundred = new java.util.ArrayList<String>();
        for (int i = 0; i < 100; i++) {
            hundred.add(words.get(i % words.size()));
        }
        assertEquals(
                200,
                api.get("/api/search?q=" + enc(String.join(" OR ", hundred))).status());
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.NON_SPACING_MARK;
    }

    private static String printable(String q) {
        var sb = new StringBuilder();
        q.codePoints()
                .limit(60)
                .forEach(cp -> sb.append(
                        invisible(cp) ? String.format(java.util.Locale.ROOT, "\\u%04x", cp) : Character.toString(cp)));
        return sb + (q.length() > 60 ? "… (" + q.length() + " chars)" : "");
    }
}
