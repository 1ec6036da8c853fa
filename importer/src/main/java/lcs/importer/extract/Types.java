package lcs.importer.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Infers a record's type when no rule or hint gives it: from the URL or path, {@code og:type},
 * breadcrumbs and labels ("Press release", "Communiqué de presse", "新闻"), pageflow stories, and
 * PDFs (publications). {@code page} when nothing tells.
 */
public final class Types {
    public static final String DEFAULT = "page";

    // Order matters: "press" before "news" ("press-news"), "story" before "profile".
    private static final Map<String, Pattern> PATH = new LinkedHashMap<>();
    private static final Map<String, Pattern> LABEL = new LinkedHashMap<>();

    static {
        PATH.put(
                "press-release",
                Pattern.compile(
                        "press[-_]?release|pressemitteilung|communique|comunicado|/press/|/presse/|/prensa/|/imprensa/"));
        PATH.put("story", Pattern.compile("pageflow|/stories/|/story/|/histoires?/|/historias?/|/geschichten/"));
        PATH.put(
                "news",
                Pattern.compile(
                        "/news/|/actualites?/|/noticias?/|/nachrichten/|/aktuelles/|/novosti/|/news-|/blog/|/\\d{4}/\\d{2}/"));
        PATH.put("event", Pattern.compile("/events?/|/evenements?/|/eventos?/|/veranstaltungen/"));
        PATH.put("publication", Pattern.compile("/publications?/|/reports?/|/publicaciones/|/publicacoes/|\\.pdf$"));
        PATH.put(
                "profile",
                Pattern.compile(
                        "/profiles?/|/members?/|/learning-cities/|/city-profiles?/|/villes?/|/ciudades/|/cidades/"));
        LABEL.put(
                "press-release",
                Pattern.compile(
                        "(?iu)\\b(press release|media release|communiqué de presse|comunicado de prensa|comunicado de imprensa|"
                                + "comunicado à imprensa|pressemitteilung)\\b|пресс-релиз|بيان صحفي|新闻稿|新闻公报"));
        LABEL.put(
                "news",
                Pattern.compile(
                        "(?iu)^(news|latest news|news and events|actualités?|noticias?|notícias?|nachrichten|aktuelles|новости|أخبار|"
                                + "الأخبار|新闻|新闻中心|新闻动态|要闻|yangiliklar)$"));
        LABEL.put(
                "story",
                Pattern.compile(
                        "(?iu)^(story|stories|multimedia story|histoire|historia|história|reportage|история|قصة|故事)$"));
        LABEL.put(
                "event", Pattern.compile("(?iu)^(event|events|événement|evento|veranstaltung|мероприятие|فعالية|活动)$"));
        LABEL.put(
                "publication",
                Pattern.compile(
                        "(?iu)^(publication|report|publicación|publicação|publikation|bericht|публикация|доклад|منشور|تقرير|出版物|报告)$"));
        LABEL.put(
                "profile",
                Pattern.compile(
                        "(?iu)^(city profile|profile|profil de ville|perfil de ciudad|perfil da cidade|stadtprofil|профиль города|ملف المدينة|城市简介)$"));
    }

    private Types() {}

    /** The type a URL or path suggests, or null. */
    public static String fromPath(String pathOrUrl) {
        if (pathOrUrl == null) {
            return null;
        }
        String p = pathOrUrl.toLowerCase(Locale.ROOT).replace('\\', '/');
        for (var e : PATH.entrySet()) {
            if (e.getValue().matcher(p).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The type a label on the page names ("Press release", a breadcrumb's last step), or null. */
    public static String fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip();
        if (l.length() > 60) {
            return null;
        }
        for (var e : LABEL.entrySet()) {
            if (e.getValue().matcher(l).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Press-release text markers in a body: "###" end marks, "Media contact", "Notes to editor(s)". */
    public static boolean looksLikePressRelease(String body) {
        return body != null
                && Pattern.compile(
                                "(?im)^(#{3,}|media contacts?:?|notes to editors?:?|contact presse|contacto de prensa|pressekontakt)\\s*$")
                        .matcher(body)
                        .find();
    }

    /** A slug usable as a type: lowercase letters, digits and single hyphens. */
    public static String slug(String s) {
        return Ids.slug(s);
    }
}
