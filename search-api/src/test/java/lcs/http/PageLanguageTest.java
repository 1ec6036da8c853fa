package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16: the server-rendered pages ({@code /?q=}, {@code /doc/{id}}) speak the UI language the
 * script will pick, the {@code lang} parameter first, then {@code Accept-Language}, and say that
 * they vary with it. (ServerRenderedPageTest compares them with the script's pages in Chromium.)
 */
class PageLanguageTest {
    @RegisterExtension
    static final TestService api = TestService.serving("profiles-6.jsonl");

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex + " not in " + html);
        return m.group(1);
    }

    private static String og(String html, String property) {
        return first(html, "<meta property=\"og:" + property + "\" content=\"([^\"]*)\">");
    }

    @Test
    void accept_language_chooses_the_language_of_a_search_page_and_its_preview() {
        var res = api.get("/?q=ljubljana", "Accept-Language", "de-DE,fr;q=0.9,en;q=0.8");
        assertEquals(200, res.status());
        assertTrue(res.header("Vary").contains("Accept-Language"), res.header("Vary"));
        String html = res.body();
        assertEquals("fr", first(html, "<html lang=\"([^\"]*)\""));
        assertEquals("ljubljana — Recherche Villes apprenantes", first(html, "<title>([^<]*)</title>"));
        assertEquals("ljubljana — Recherche Villes apprenantes", og(html, "title"));
        assertTrue(og(html, "description").startsWith("1 résultat pour « ljubljana »"), og(html, "description"));
        assertTrue(html.contains("aria-controls=\"facets\">Filtres</button>"), "labels in French");
    }

    @Test
    void arabic_pages_are_right_to_left_and_the_lang_parameter_wins_over_the_header() {
        var res = api.get("/doc/fx-ljubljana", "Accept-Language", "ar");
        String html = res.body();
        assertEquals("ar", first(html, "<html lang=\"([^\"]*)\""));
        assertEquals("rtl", first(html, "<html lang=\"ar\" dir=\"([^\"]*)\""));
        assertTrue(og(html, "title").endsWith(" — البحث في مدن التعلّم"), og(html, "title"));
        assertTrue(res.header("Vary").contains("Accept-Language"));

        String ru =
                api.get("/doc/fx-ljubljana?lang=ru", "Accept-Language", "ar").body();
        assertEquals("ru", first(ru, "<html lang=\"([^\"]*)\""));
        assertTrue(ru.contains("data-action=\"back\">К результатам</a>"), "Russian labels");
    }

    @Test
    void a_missing_document_is_a_404_page_in_the_visitors_language() {
        var res = api.get("/doc/no-such-document", "Accept-Language", "fr");
        assertEquals(404, res.status());
        assertTrue(res.body().contains(">Ce document n’existe pas.</h1>"), res.body());
    }

    @Test
    void odd_accept_language_values_give_a_page_never_an_error() {
        for (String value : List.of(
                "",
                "*",
                ",,,;;;",
                "q=0.5",
                "fr;q=abc, ar",
                "fr;q=NaN",
                "fr;q=-1,ru",
                "en;q=1e999",
                "ar;q=0, fr;q=0",
                "xx-YY-zz;q=1.0,ar;q=0.1",
                "-,--,_",
                "zh-Hant-TW-u-nu-hanidec",
                "a".repeat(5000),
                "fr,".repeat(1000))) {
            for (String path : List.of("/?q=learning", "/doc/fx-ljubljana", "/")) {
                var res = api.get(path, "Accept-Language", value);
                assertEquals(200, res.status(), path + " with Accept-Language: " + value);
                String lang = first(res.body(), "<html lang=\"([^\"]*)\"");
                assertTrue(
                        List.of("en", "fr", "es", "ru", "ar", "zh", "pt", "uz").contains(lang), lang);
            }
        }
        assertEquals(
                "ar",
                first(api.get("/", "Accept-Language", "xx-YY-zz;q=1.0,ar;q=0.1").body(), "<html lang=\"([^\"]*)\""));
        assertEquals(
                "en", first(api.get("/", "Accept-Language", "ar;q=0, fr;q=0").body(), "<html lang=\"([^\"]*)\""));
        assertEquals("ru", first(api.get("/", "Accept-Language", "fr;q=-1,ru").body(), "<html lang=\"([^\"]*)\""));
    }
}
