package lcs.search;

import static lcs.http.TestService.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import lcs.http.TestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Snippets over {@code escaping.jsonl}, whose titles, summaries and bodies are full of
 * {@code <script>}, {@code &}, quotes and {@code <img onerror>}: the API's snippets are safe HTML
 * with only {@code <mark>} added.
 */
class SnippetsTest {
    @RegisterExtension
    static final TestService api = TestService.serving("escaping.jsonl");

    private static JsonNode firstHit(String q) {
        JsonNode hits = api.search("q=" + enc(q)).get("hits");
        assertTrue(hits.size() > 0, "no hit for " + q);
        return hits.get(0);
    }

    private static String snippet(String q) {
        return firstHit(q).get("snippet").asText();
    }

    /** The snippet with its marks removed. */
    private static String unmarked(String snippet) {
        return snippet.replace("<mark>", "").replace("</mark>", "");
    }

    private static String unescaped(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void markup_in_the_body_comes_back_escaped() {
        String s = snippet("script");
        assertTrue(s.contains("&lt;<mark>script</mark>&gt;"), s);
        assertTrue(s.contains("&amp;"), s);
        assertTrue(s.contains("&quot;quoted&quot;"), s);
        assertTrue(s.contains("&lt;img src=x onerror=alert(1)&gt;"), s);
    }

    @Test
    void mark_is_the_only_tag_added() {
        for (String q : new String[] {"script", "pottery", "weaving", "alert", "img onerror"}) {
            String s = snippet(q);
            assertTrue(s.contains("<mark>"), q + ": " + s);
            String rest = unmarked(s);
            assertFalse(rest.contains("<") || rest.contains(">"), q + ": " + s);
            assertFalse(rest.contains("\""), q + ": " + s);
        }
    }

    @Test
    void an_unescaped_snippet_is_a_passage_of_the_body() throws Exception {
        String s = snippet("pottery");
        String passage = unescaped(unmarked(s))
                .replaceFirst("^… ", "")
                .replaceFirst(" …$", "")
                .strip();
        String body =
                api.get("/api/documents/xss-1").json().get("body").asText().replaceAll("\\s", " ");
        assertTrue(body.contains(passage), "\n" + passage + "\nnot in\n" + body);
    }

    @Test
    void marks_wrap_exactly_the_matched_word() {
        assertTrue(snippet("pottery").contains("The <mark>pottery</mark> workshop"));
    }

    @Test
    void a_long_body_gives_a_snippet_of_about_200_characters() {
        String s = snippet("pottery");
        int length = unmarked(s).replace("… ", "").replace(" …", "").length();
        assertTrue(length >= 160 && length <= 260, length + ": " + s);
    }

    @Test
    void a_cut_snippet_shows_ellipses() {
        String s = snippet("pottery");
        assertTrue(s.startsWith("… ") && s.endsWith(" …"), s);
    }

    @Test
    void an_ellipsis_is_set_off_by_a_single_space() {
        for (String q : new String[] {"script", "pottery", "weaving", "alert", "img onerror", "station"}) {
            String s = snippet(q);
            assertFalse(s.contains("…  ") || s.contains("  …"), q + ": " + s);
        }
    }

    @Test
    void when_the_body_does_not_match_the_snippet_is_the_start_of_the_summary() {
        // "Jerry" is only in the title of xss-1.
        JsonNode hit = firstHit("Jerry");
        assertEquals("xss-1", hit.get("id").asText());
        assertEquals(
                "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; summary for &#39;everyone&#39;",
                hit.get("snippet").asText());
    }

    @Test
    void without_summary_the_snippet_is_the_start_of_the_body() {
        // "neighbour" is only in the title of xss-2, which has no summary.
        JsonNode hit = firstHit("neighbour");
        assertEquals("xss-2", hit.get("id").asText());
        assertTrue(
                hit.get("snippet")
                        .asText()
                        .startsWith("&lt;a href=&quot;javascript:alert(2)&quot;&gt;click&lt;/a&gt; &amp; more"),
                hit.get("snippet").asText());
        assertFalse(hit.get("snippet").asText().contains("<mark>"));
    }

    @Test
    void titles_and_summaries_are_returned_as_plain_text_for_the_client_to_escape() {
        JsonNode hit = firstHit("Jerry");
        assertEquals(
                "<script>alert(\"title\")</script> Tom & Jerry's \"learning\" club",
                hit.get("title").asText());
        assertEquals(
                "<img src=x onerror=alert(1)> & \"quoted\" summary for 'everyone'",
                hit.get("summary").asText());
    }
}
